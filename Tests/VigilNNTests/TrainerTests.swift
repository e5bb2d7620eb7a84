import Synchronization
import Testing

@testable import VigilNN

/// A clock that advances one second every time it is read.
final class TickingClock: Clock, Sendable {
    struct Instant: InstantProtocol {
        var offset: Duration
        func advanced(by duration: Duration) -> Instant { Instant(offset: offset + duration) }
        func duration(to other: Instant) -> Duration { other.offset - offset }
        static func < (lhs: Instant, rhs: Instant) -> Bool { lhs.offset < rhs.offset }
    }

    private let reads = Mutex<Int64>(0)
    var now: Instant {
        reads.withLock { count in
            count += 1
            return Instant(offset: .seconds(count))
        }
    }
    var minimumResolution: Duration { .seconds(1) }
    func sleep(until deadline: Instant, tolerance: Duration?) async throws {}
}

/// Training: determinism, thread independence, early stopping, duration limit, progress, errors.
struct TrainerTests {
    static let data = SyntheticSeries.windows(length: 400, window: 8)

    static func network() -> Network {
        try! ForecasterArchitecture.dense(DenseForecasterConfiguration(layerMultipliers: [0.5], dropout: 0.1)).makeNetwork(
            windowLength: 8, inputCount: 4, outputCount: 4, seed: 3)
    }

    static func train(_ configuration: TrainingConfiguration, learningRate: Float = 1e-3) throws -> TrainingReport {
        let network = network()
        return try Trainer(network: network, configuration: configuration).fit(
            parameters: network.initialParameters(seed: 1), inputs: data.inputs, targets: data.targets, optimizer: Adam(learningRate: learningRate))
    }

    @Test func identicalSeedsGiveIdenticalResults() throws {
        let configuration = TrainingConfiguration(maximumEpochs: 3, batchSize: 16, seed: 11)
        let first = try Self.train(configuration)
        let second = try Self.train(configuration)
        #expect(first.parameters.scalars.map(\.bitPattern) == second.parameters.scalars.map(\.bitPattern))
        #expect(first.history.map(\.loss) == second.history.map(\.loss))
        #expect(first.history.map(\.validationLoss) == second.history.map(\.validationLoss))
        let reseeded = try Self.train(TrainingConfiguration(maximumEpochs: 3, batchSize: 16, seed: 12))
        #expect(reseeded.history.map(\.loss) != first.history.map(\.loss))
    }

    @Test(arguments: [
        ForecasterArchitecture.tcn(TCNConfiguration(filters: 8, dilations: [1, 2])),
        .transformer(TransformerConfiguration(modelSize: 8, encoderBlocks: 1, feedForwardSize: 16)), .rnn(RNNConfiguration(units: [12])),
    ])
    func threadCountDoesNotChangeResults(_ architecture: ForecasterArchitecture) throws {
        let network = try architecture.makeNetwork(windowLength: 8, inputCount: 4, outputCount: 4)
        var results: [TrainingReport] = []
        for threads in [1, 2] {
            let trainer = Trainer(network: network, configuration: TrainingConfiguration(maximumEpochs: 2, batchSize: 64, threads: threads))
            results.append(
                try trainer.fit(
                    parameters: network.initialParameters(seed: 2), inputs: Self.data.inputs, targets: Self.data.targets, optimizer: Adam()))
        }
        #expect(results[0].parameters.scalars.map(\.bitPattern) == results[1].parameters.scalars.map(\.bitPattern))
        #expect(results[0].history.map(\.validationLoss) == results[1].history.map(\.validationLoss))
    }

    @Test func earlyStoppingWaitsForPatienceThenRestoresTheBestEpoch() throws {
        let report = try Self.train(TrainingConfiguration(maximumEpochs: 50, patience: 3, batchSize: 32), learningRate: 0)
        #expect(report.stopReason == .earlyStopping)
        #expect(report.history.count == 5)
        #expect(report.bestEpoch == 1)
        #expect(report.parameters == Self.network().initialParameters(seed: 1))
    }

    @Test func earlyStoppingStateMachine() {
        var stopping = EarlyStopping(patience: 2, minimumImprovement: 0.1)
        #expect(stopping.record(loss: 1.0, epoch: 1) == .improved)
        #expect(stopping.record(loss: 0.95, epoch: 2) == .noImprovement)
        #expect(stopping.record(loss: 0.5, epoch: 3) == .improved)
        #expect(stopping.record(loss: 0.5, epoch: 4) == .noImprovement)
        #expect(stopping.record(loss: .nan, epoch: 5) == .noImprovement)
        #expect(stopping.record(loss: 0.45, epoch: 6) == .stop)
        #expect(stopping.bestEpoch == 3 && stopping.bestLoss == 0.5)
    }

    @Test func stopsAtTheMaximumDurationAndReportsProgress() throws {
        let network = Self.network()
        var seen: [TrainingProgress] = []
        let configuration = TrainingConfiguration(validationSplit: 0.25, maximumEpochs: 100, batchSize: 64, maximumDuration: .seconds(4))
        let report = try Trainer(network: network, configuration: configuration).fit(
            parameters: network.initialParameters(seed: 1), inputs: Self.data.inputs, targets: Self.data.targets, optimizer: Adam(),
            clock: TickingClock()
        ) { seen.append($0) }
        #expect(report.stopReason == .maximumDuration)
        #expect(report.history.count == 4)
        #expect(seen.map(\.epoch) == [1, 2, 3, 4])
        #expect(seen.allSatisfy { $0.validationLoss != nil && $0.maximumEpochs == 100 })
        #expect(seen[0].elapsed == .seconds(1) && seen[0].estimatedRemaining == .seconds(3))
        #expect(report.validationSampleCount == 98 && report.trainingSampleCount == 294)
    }

    @Test func rejectsMismatchedData() {
        let network = Self.network()
        let trainer = Trainer(network: network)
        #expect(throws: TrainingError.self) {
            try trainer.fit(
                parameters: network.initialParameters(seed: 1), inputs: Tensor(shape: [10, 8, 3]), targets: Tensor(shape: [10, 4]), optimizer: Adam())
        }
        #expect(throws: TrainingError.notEnoughSamples(samples: 1, validationSplit: 0.6)) {
            try Trainer(network: network, configuration: TrainingConfiguration(validationSplit: 0.6)).fit(
                parameters: network.initialParameters(seed: 1), inputs: Tensor(shape: [1, 8, 4]), targets: Tensor(shape: [1, 4]), optimizer: Adam())
        }
    }

    @Test func defaultsAreMLADs() {
        let defaults = TrainingConfiguration()
        #expect(defaults.validationSplit == 0.2 && defaults.maximumEpochs == 500 && defaults.patience == 15 && defaults.batchSize == 16)
    }
}
