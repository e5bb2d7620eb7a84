import Foundation
import Testing
import VigilNN

@testable import VigilTelemetry

struct PandoraAutoencoderTests {
    @Test func defaultsAreThePeerWorkloadsNetwork() throws {
        let network = try PandoraAutoencoder().makeNetwork()
        #expect(network.sampleShape == [10])
        #expect(network.outputShape == [10])
        // 10→8→4→8→10 with biases: the 254 parameters Keras counts for the peer's model.
        #expect(network.layout.scalarCount == 254)
    }

    @Test func sameSeedGivesSameWeightsErrorsAndDecision() throws {
        let values = PandoraTestSeries.sine(count: 1500, noise: 0.5)
        let detector = PandoraAutoencoder(seed: 7)
        let first = try detector.fit(values.dropLast())
        let second = try detector.fit(values.dropLast())
        #expect(first.parameters == second.parameters)
        #expect(first.errorMean == second.errorMean)
        #expect(first.errorStandardDeviation == second.errorStandardDeviation)
        #expect(first.reconstructionErrors(values, windowsEndingAt: 9..<1500) == second.reconstructionErrors(values, windowsEndingAt: 9..<1500))
        #expect(try detector.evaluateLastValue(values) == detector.evaluateLastValue(values))

        let reseeded = try PandoraAutoencoder(seed: 8).fit(values.dropLast())
        #expect(reseeded.parameters != first.parameters)
    }

    @Test func normalLastValueOfACleanSineIsNotAnomalous() throws {
        let values = PandoraTestSeries.sine(count: 2000)
        let decision = try PandoraAutoencoder().evaluateLastValue(values)
        #expect(!decision.isAnomalous)
        #expect(decision.error <= decision.threshold)
        #expect(decision.value == values.last)
        #expect(abs(decision.reconstruction - values.last!) < 2)
        #expect(decision.trainingWindowCount == 1990)
        #expect(decision.threshold == decision.errorMean + 3 * decision.errorStandardDeviation)
    }

    @Test func spikeAsLastValueIsAnomalous() throws {
        var values = PandoraTestSeries.sine(count: 2000)
        values[values.count - 1] = 160
        let decision = try PandoraAutoencoder().evaluateLastValue(values)
        #expect(decision.isAnomalous)
        #expect(decision.error > 3 * decision.threshold)
        #expect(decision.value == 160)
        #expect(decision.reconstruction < 140)
    }

    @Test func historyIsScaledWithoutTheJudgedValue() throws {
        var values = PandoraTestSeries.sine(count: 2000)
        values[values.count - 1] = 160
        let model = try PandoraAutoencoder().fit(values.dropLast())
        let history = values.dropLast()
        #expect(model.minimum == history.min())
        #expect(model.span == history.max()! - history.min()!)
        #expect(model.trainingWindowCount == 1990)
    }

    @Test func constantSeriesIsRejected() {
        #expect(throws: PandoraAutoencoderError.constantSeries(value: 5, points: 50)) {
            try PandoraAutoencoder().evaluateLastValue(Array(repeating: 5, count: 50))
        }
    }

    @Test func changeAfterAFlatHistoryIsAnomalous() throws {
        let decision = try PandoraAutoencoder().evaluateLastValue(Array(repeating: 512, count: 49) + [530])
        #expect(decision.isAnomalous)
        #expect(decision.threshold == 0)
        #expect(decision.errorStandardDeviation == 0)
        #expect(decision.error > 0)
    }

    @Test func tooShortSeriesIsRejected() throws {
        let values = PandoraTestSeries.sine(count: 11)
        #expect(throws: PandoraAutoencoderError.tooShort(points: 10, needed: 11)) {
            try PandoraAutoencoder().evaluateLastValue(Array(values.prefix(10)))
        }
        #expect(try PandoraAutoencoder().evaluateLastValue(values).trainingWindowCount == 1)
        #expect(throws: PandoraAutoencoderError.tooShort(points: 9, needed: 10)) { try PandoraAutoencoder().fit(values.prefix(9)) }
    }

    @Test func nonFiniteValueIsRejected() {
        var values = PandoraTestSeries.sine(count: 100)
        values[42] = .nan
        #expect(throws: PandoraAutoencoderError.nonFiniteValue(index: 42)) { try PandoraAutoencoder().evaluateLastValue(values) }
        values[42] = .infinity
        #expect(throws: PandoraAutoencoderError.nonFiniteValue(index: 42)) { try PandoraAutoencoder().fit(values) }
    }

    @Test(arguments: [
        (PandoraAutoencoder(window: 0), "window"),
        (PandoraAutoencoder(hiddenSizes: []), "hiddenSizes"),
        (PandoraAutoencoder(hiddenSizes: [8, 0]), "hiddenSizes[1]"),
        (PandoraAutoencoder(epochs: 0), "epochs"),
        (PandoraAutoencoder(batchSize: 0), "batchSize"),
        (PandoraAutoencoder(learningRate: -0.1), "learningRate"),
        (PandoraAutoencoder(thresholdFactor: .nan), "thresholdFactor"),
    ])
    func invalidOptionIsNamed(detector: PandoraAutoencoder, field: String) {
        #expect {
            try detector.evaluateLastValue(PandoraTestSeries.sine(count: 100))
        } throws: { error in
            guard case .invalidConfiguration(let named, _) = error as? PandoraAutoencoderError else { return false }
            return named == field
        }
    }

    @Test func configurationDecodesMissingKeysAsDefaults() throws {
        let decoder = JSONDecoder()
        #expect(try decoder.decode(PandoraAutoencoder.self, from: Data("{}".utf8)) == PandoraAutoencoder())
        #expect(try decoder.decode(PandoraAutoencoder.self, from: Data(#"{"thresholdFactor": 4}"#.utf8)) == PandoraAutoencoder(thresholdFactor: 4))
        let custom = PandoraAutoencoder(window: 5, hiddenSizes: [4, 2, 4], epochs: 3, batchSize: 8, learningRate: 0.01, thresholdFactor: 2, seed: 9)
        #expect(try decoder.decode(PandoraAutoencoder.self, from: JSONEncoder().encode(custom)) == custom)
    }

    @Test func customShapesTrain() throws {
        let values = PandoraTestSeries.sine(count: 600)
        let detector = PandoraAutoencoder(window: 5, hiddenSizes: [3], epochs: 2, batchSize: 16)
        let model = try detector.fit(values)
        #expect(model.network.layout.scalarCount == 5 * 3 + 3 + 3 * 5 + 5)
        #expect(model.trainingWindowCount == 596)
        #expect(model.finalLoss.isFinite)
    }

    @Test func scoreIsTheErrorsRatioToTheThresholdMappedIntoTheUnitInterval() throws {
        let model = try PandoraAutoencoder().fit(PandoraTestSeries.sine(count: 1000, noise: 0.5))
        let threshold = model.threshold
        #expect(threshold > 0)
        #expect(model.score(forError: 0) == 0)
        #expect(model.score(forError: threshold) == 0.5)
        #expect(abs(model.score(forError: 2 * threshold) - 2.0 / 3) < 1e-12)
        #expect(abs(model.score(forError: 9 * threshold) - 0.9) < 1e-12)
        let errors = stride(from: 0.0, through: threshold * 1e6, by: threshold / 7).prefix(5000) + [threshold * 1e9, threshold * 1e12]
        let scores = errors.map(model.score(forError:))
        #expect(zip(scores, scores.dropFirst()).allSatisfy { $0 < $1 })
        #expect(scores.allSatisfy { (0...1).contains($0) })
        #expect(model.score(forError: threshold * 1e12) < 1)
    }

    @Test func scoreOfAFlatHistoryIsAStep() throws {
        let model = try PandoraAutoencoder().fit(Array(repeating: 3, count: 100))
        #expect(model.errorStandardDeviation == 0)
        #expect(model.threshold == 0)
        #expect(model.score(forError: 0) == 0)
        #expect(model.score(forError: 1e-9) == 1)
    }

    @Test func errorsNameWhatWentWrong() {
        #expect(PandoraAutoencoderError.tooShort(points: 4, needed: 11).description.contains("4 values; at least 11"))
        #expect(PandoraAutoencoderError.constantSeries(value: 2.5, points: 30).description.contains("all 30 values are 2.5"))
        #expect(PandoraAutoencoderError.nonFiniteValue(index: 6).description.contains("value 7"))
        #expect(PandoraAutoencoderError.invalidConfiguration(field: "epochs", reason: "must be at least 1").description.contains("epochs must be"))
    }
}
