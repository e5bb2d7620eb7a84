import Foundation
import Testing
import VigilCore

@testable import VigilTelemetry

struct PandoraAutoencoderDetectorTests {
    @Test func nameFitsNABResultFolders() {
        #expect(PandoraAutoencoder().name == "pandora-ae")
        #expect(!PandoraAutoencoder().name.contains("_"))
    }

    @Test func scoresAreCausal() throws {
        let detector = PandoraAutoencoder(epochs: 3)
        let values = PandoraTestSeries.sine(count: 1200, noise: 0.5)
        let baseline = try detector.detect(PandoraTestSeries.timeSeries(values), warmUp: 400)
        for changed in [400, 700, 1199] {
            var altered = values
            altered[changed] += 40
            let detection = try detector.detect(PandoraTestSeries.timeSeries(altered), warmUp: 400)
            #expect(detection.scores[..<changed] == baseline.scores[..<changed])
            #expect(detection.flags[..<changed] == baseline.flags[..<changed])
            #expect(detection.scores[changed] > baseline.scores[changed])
        }
    }

    @Test func warmUpTrainsTheModelAndScoresZero() throws {
        let detector = PandoraAutoencoder(epochs: 3)
        let values = PandoraTestSeries.sine(count: 1000, noise: 0.5)
        let detection = try detector.detect(PandoraTestSeries.timeSeries(values), warmUp: 300)
        #expect(detection.scores.count == 1000)
        #expect(detection.scores[..<300].allSatisfy { $0 == 0 })
        #expect(detection.flags[..<300].allSatisfy { !$0 })

        let model = try detector.fit(values[..<300])
        let errors = model.reconstructionErrors(values, windowsEndingAt: 300..<1000)
        #expect(Array(detection.scores[300...]) == errors.map(model.score(forError:)))
        #expect(Array(detection.flags[300...]) == errors.map { $0 > model.threshold })
    }

    @Test func spikeAfterWarmUpIsFlaggedAndExplained() throws {
        let detector = PandoraAutoencoder()
        var values = PandoraTestSeries.sine(count: 2600, noise: 0.2)
        values[2300] = 150
        let series = PandoraTestSeries.timeSeries(values)
        let detection = try detector.detect(series, warmUp: 2000)
        #expect(detection.flags[2300])
        #expect(detection.explanations.map(\.index) == detection.flags.indices.filter { detection.flags[$0] })

        let explanation = try #require(detection.explanations.first { $0.index == 2300 })
        let model = try detector.fit(values[..<2000])
        let error = model.reconstructionErrors(values, windowsEndingAt: 2300..<2301)[0]
        #expect(explanation.timestamp == Timestamp(milliseconds: series.timestamps[2300]))
        #expect(explanation.value == 150)
        #expect(explanation.score == detection.scores[2300])
        #expect(detection.scores[2300] == error / (error + model.threshold))
        #expect(detection.scores[2300] > 0.8)
        #expect(try #require(explanation.expected) < 130)
        #expect(explanation.reason.contains("reconstruction error \(String(format: "%.4g", error))"))
        #expect(explanation.reason.contains("threshold \(String(format: "%.4g", model.threshold))"))
        #expect(explanation.components.count == 10)
        #expect(abs(explanation.components.map(\.share).reduce(0, +) - 1) < 1e-9)
        #expect(zip(explanation.components, explanation.components.dropFirst()).allSatisfy { $0.share >= $1.share })
        let spike = try #require(explanation.components.first)
        #expect(spike.name == "t")
        #expect(spike.value == 150)
        #expect(spike.expected == explanation.expected)
        let earliest = try #require(explanation.components.first { $0.name == "t-9" })
        #expect(earliest.value == values[2291])
    }

    @Test func flatSeriesScoresZeroAndAStepAfterItIsFlagged() throws {
        let detector = PandoraAutoencoder(epochs: 2)
        let flat = try detector.detect(PandoraTestSeries.timeSeries(Array(repeating: 7, count: 300)), warmUp: 100)
        #expect(flat.scores.allSatisfy { $0 == 0 })
        #expect(flat.explanations.isEmpty)

        let step = try detector.detect(PandoraTestSeries.timeSeries(Array(repeating: 7, count: 200) + Array(repeating: 9, count: 100)), warmUp: 100)
        #expect(step.scores[..<200].allSatisfy { $0 == 0 })
        #expect(step.flags[200])
        #expect(step.scores[200] == 1)
    }

    @Test func shortWarmUpStillLearnsOneWindowAndLongWarmUpScoresNothing() throws {
        let detector = PandoraAutoencoder(epochs: 2)
        let series = PandoraTestSeries.timeSeries(PandoraTestSeries.sine(count: 100))
        let short = try detector.detect(series, warmUp: 0)
        #expect(short.scores[..<10].allSatisfy { $0 == 0 })
        #expect(short.scores[10...].contains { $0 > 0 })
        let long = try detector.detect(series, warmUp: 500)
        #expect(long.scores == Array(repeating: 0, count: 100))
        #expect(long.flags == Array(repeating: false, count: 100))
    }

    @Test func unusableSeriesThrowsDetectionErrors() {
        let detector = PandoraAutoencoder()
        #expect(throws: UnivariateDetectionError.tooShort(points: 5, needed: 11, detector: "pandora-ae")) {
            try detector.detect(PandoraTestSeries.timeSeries(PandoraTestSeries.sine(count: 5)), warmUp: 0)
        }
        var values = PandoraTestSeries.sine(count: 100)
        values[3] = .infinity
        #expect(throws: UnivariateDetectionError.nonFiniteValue(index: 3, detector: "pandora-ae")) {
            try detector.detect(PandoraTestSeries.timeSeries(values), warmUp: 50)
        }
        #expect(throws: UnivariateDetectionError.invalidConfiguration(field: "batchSize", reason: "must be at least 1, got 0")) {
            try PandoraAutoencoder(batchSize: 0).detect(PandoraTestSeries.timeSeries(PandoraTestSeries.sine(count: 100)), warmUp: 50)
        }
    }
}
