import Foundation
import Testing

@testable import VigilNN

/// Each forecaster family learns the synthetic 4-tag series. The threshold: validation MSE on
/// standardised data below 0.05, where predicting the mean scores about 1.
struct ArchitectureTests {
    static let data = SyntheticSeries.windows()
    static let threshold: Float = 0.05

    static let architectures: [ForecasterArchitecture] = [
        .dense(DenseForecasterConfiguration()),
        .tcn(TCNConfiguration(filters: 16, dilations: [1, 2, 4])),
        .cnn(CNNConfiguration(stages: [.init(filters: 16, kernelSize: 3), .init(filters: 16, kernelSize: 3)])),
        .rnn(RNNConfiguration(units: [24], decoderUnits: [16])),
        .transformer(TransformerConfiguration(modelSize: 16, headCount: 2, encoderBlocks: 1, feedForwardSize: 32)),
    ]

    @Test(arguments: architectures)
    func learnsTheSyntheticSeries(_ architecture: ForecasterArchitecture) throws {
        let network = try architecture.makeNetwork(windowLength: 16, inputCount: 4, outputCount: 4)
        let configuration = TrainingConfiguration(maximumEpochs: 40, patience: 5, batchSize: 32, seed: 1)
        let report = try Trainer(network: network, configuration: configuration).fit(
            parameters: network.initialParameters(seed: 1), inputs: Self.data.inputs, targets: Self.data.targets, optimizer: Adam(learningRate: 3e-3))
        let best = report.history[report.bestEpoch - 1].validationLoss ?? .infinity
        #expect(best < Self.threshold, "\(architecture.kind): validation MSE \(best) after \(report.history.count) epochs")
        let holdout = Trainer(network: network, configuration: configuration).evaluate(
            report.parameters, inputs: Self.data.inputs, targets: Self.data.targets, range: report.trainingSampleCount..<Self.data.inputs.shape[0])
        #expect(holdout == best)
    }

    @Test func configurationsDecodeWithDefaultsAndRoundTrip() throws {
        let json = #"{"kind": "tcn", "configuration": {"filters": 8}}"#
        let decoded = try JSONDecoder().decode(ForecasterArchitecture.self, from: Data(json.utf8))
        #expect(decoded == .tcn(TCNConfiguration(filters: 8)))
        #expect(try JSONDecoder().decode(ForecasterArchitecture.self, from: Data(#"{"kind": "rnn"}"#.utf8)) == .rnn(RNNConfiguration()))
        for architecture in Self.architectures {
            let encoded = try JSONEncoder().encode(architecture)
            #expect(try JSONDecoder().decode(ForecasterArchitecture.self, from: encoded) == architecture)
        }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(ForecasterArchitecture.self, from: Data(#"{"kind": "lstm"}"#.utf8)) }
    }

    @Test func benchmarkShapesHaveThePeerParameterCounts() throws {
        let dense = try ForecasterArchitecture.dense(DenseForecasterConfiguration()).makeNetwork(windowLength: 64, inputCount: 8, outputCount: 8)
        #expect(dense.layout.scalarCount == 165_256)
        let tcn = try ForecasterArchitecture.tcn(TCNConfiguration(residual: false)).makeNetwork(windowLength: 64, inputCount: 8, outputCount: 8)
        #expect(tcn.layout.scalarCount == 10_376)
        let transformer = try ForecasterArchitecture.transformer(TransformerConfiguration()).makeNetwork(
            windowLength: 64, inputCount: 8, outputCount: 8)
        #expect(transformer.layout.scalarCount == 19_688)
        #expect(transformer.outputShape == [8])
    }

    @Test(arguments: [true, false])
    func tcnCropsToItsReceptiveFieldWithoutChangingTheForecast(residual: Bool) throws {
        let cropped = try ForecasterArchitecture.tcn(TCNConfiguration(filters: 8, dilations: [1, 2], residual: residual))
            .makeNetwork(windowLength: 16, inputCount: 4, outputCount: 4)
        let crop = try #require(cropped.body.layers.first as? LastSteps)
        #expect(crop.count == (residual ? 13 : 7))
        let full = try Network(body: Sequential(Array(cropped.body.layers.dropFirst())), layout: cropped.layout, sampleShape: [16, 4])
        let parameters = cropped.initialParameters(seed: 4)
        let batch = Tensor(shape: [8, 16, 4], scalars: Array(Self.data.inputs.scalars[0..<512]))
        #expect(cropped.predict(batch, parameters: parameters) == full.predict(batch, parameters: parameters))
        var croppedGradients = ParameterStore(zerosFor: cropped.layout)
        var fullGradients = ParameterStore(zerosFor: cropped.layout)
        let targets = Tensor(shape: [8, 4], scalars: Array(Self.data.targets.scalars[0..<32]))
        let context = ComputeContext.training(step: 0)
        cropped.accumulateGradients(
            input: batch, targets: targets, loss: .meanSquaredError, parameters: parameters, gradients: &croppedGradients, context: context)
        full.accumulateGradients(
            input: batch, targets: targets, loss: .meanSquaredError, parameters: parameters, gradients: &fullGradients, context: context)
        let worst = zip(croppedGradients.scalars, fullGradients.scalars).map { abs($0 - $1) }.max() ?? 0
        #expect(worst < 1e-6)
    }

    @Test func rejectsUnusableConfigurations() {
        #expect(throws: ArchitectureError.self) {
            try ForecasterArchitecture.transformer(TransformerConfiguration(modelSize: 10, headCount: 3)).makeNetwork(
                windowLength: 8, inputCount: 2, outputCount: 1)
        }
        #expect(throws: ArchitectureError.self) {
            try ForecasterArchitecture.dense(DenseForecasterConfiguration(layerMultipliers: [1], activations: [.relu, .tanh])).makeNetwork(
                windowLength: 8, inputCount: 2, outputCount: 1)
        }
        #expect(throws: ArchitectureError.self) {
            try ForecasterArchitecture.cnn(CNNConfiguration(poolSize: 4)).makeNetwork(windowLength: 6, inputCount: 2, outputCount: 1)
        }
    }

    @Test(arguments: architectures)
    func predictionsDoNotDependOnThreadsOrBatching(_ architecture: ForecasterArchitecture) throws {
        let network = try architecture.makeNetwork(windowLength: 16, inputCount: 4, outputCount: 4)
        let parameters = network.initialParameters(seed: 6)
        let batch = Tensor(shape: [9, 16, 4], scalars: Array(Self.data.inputs.scalars[0..<(9 * 64)]))
        let one = network.predict(batch, parameters: parameters, threads: 1)
        let two = network.predict(batch, parameters: parameters, threads: 2)
        #expect(one.scalars.map(\.bitPattern) == two.scalars.map(\.bitPattern))
        for row in [0, 4, 8] {
            let single = network.predict(
                Tensor(shape: [1, 16, 4], scalars: Array(batch.scalars[(row * 64)..<((row + 1) * 64)])), parameters: parameters)
            #expect(single.scalars.map(\.bitPattern) == one.scalars[(row * 4)..<((row + 1) * 4)].map(\.bitPattern), "row \(row)")
        }
    }

    @Test func inferenceIsSafeToShareAcrossTasks() async throws {
        let network = try ForecasterArchitecture.rnn(RNNConfiguration(units: [8])).makeNetwork(windowLength: 16, inputCount: 4, outputCount: 4)
        let parameters = network.initialParameters(seed: 3)
        let batch = Tensor(shape: [4, 16, 4], scalars: Array(Self.data.inputs.scalars[0..<256]))
        let expected = network.predict(batch, parameters: parameters)
        let results = await withTaskGroup(of: Tensor.self) { group in
            for _ in 0..<8 { group.addTask { network.predict(batch, parameters: parameters) } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.allSatisfy { $0 == expected })
    }
}
