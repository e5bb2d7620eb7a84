import Foundation
import Testing
import VigilCore

@testable import VigilTelemetry

/// The streaming novelty detector on hand-made series.
struct NoveltyDetectorTests {
    /// A noisy daily-like sine: `count` points, period 96, amplitude 10 around 50.
    static func sine(count: Int, seed: UInt64 = 1) -> [Double] {
        var random = SeededGenerator(seed: seed)
        return (0..<count).map { 50 + 10 * sin(2 * Double.pi * Double($0) / 96) + 0.3 * random.gaussian() }
    }

    static func series(_ values: [Double]) -> TimeSeries {
        TimeSeries(tag: "t", timestamps: values.indices.map { 1_700_000_000_000 + Int64($0) * 300_000 }, values: values)
    }

    @Test func warmUpPointsScoreZeroAndAreNeverFlagged() throws {
        var values = Self.sine(count: 1200)
        values[100] = 500
        let detection = try NoveltyDetector().detect(Self.series(values), warmUp: 300)
        #expect(detection.scores.prefix(300).allSatisfy { $0 == 0 })
        #expect(!detection.flags.prefix(300).contains(true))
    }

    @Test func aSpikeToANewLevelIsFlaggedAndExplained() throws {
        var values = Self.sine(count: 2000)
        values[1500] = 95
        let detection = try NoveltyDetector().detect(Self.series(values), warmUp: 400)
        #expect(detection.flags[1500])
        #expect(detection.scores[1500] >= 0.3)
        let explanation = try #require(detection.explanations.first { $0.index == 1500 })
        #expect(explanation.value == 95)
        #expect(explanation.reason.contains("value 95 reached a level no earlier value reached"))
        #expect(explanation.components.contains { $0.name == "rarity" })
    }

    @Test func aStationarySeriesRaisesAlmostNothingOnceLearned() throws {
        let detection = try NoveltyDetector().detect(Self.series(Self.sine(count: 5000)), warmUp: 750)
        #expect(detection.flags.filter { $0 }.count <= 2)
    }

    @Test func shapesAreRememberedAndNewOnesRecognised() {
        // Warm-up range 0…1; shapes of 8 points in 4 segments of 2; vigilance 0.3.
        var shapes = ShapeNovelty(low: 0, high: 1, length: 8, segments: 4, vigilance: 0.3, memory: 100)
        let rising: [Double] = [0, 0, 0.3, 0.3, 0.6, 0.6, 0.9, 0.9]
        let falling = Array(rising.reversed())
        var outcomes: [Bool] = []
        for value in rising + rising + falling + rising + falling { outcomes.append(shapes.observe(value)) }
        // The first full shape is only remembered; windows mixing two shapes are new at first.
        #expect(outcomes[7] == false)
        #expect(outcomes.contains(true))
        let newAfterLearning = outcomes.enumerated().filter { $0.element && $0.offset >= 32 }
        #expect(newAfterLearning.isEmpty, "every shape of the last repetition was seen before")
        #expect(shapes.shapeCount >= 3)
    }

    @Test func scoresAreCausalAndDeterministic() throws {
        var values = Self.sine(count: 3000)
        values[2100] = 90
        let first = try NoveltyDetector().detect(Self.series(values), warmUp: 500)
        #expect(try NoveltyDetector().detect(Self.series(values), warmUp: 500) == first)
        var changed = values
        changed[2500] = -40
        let second = try NoveltyDetector().detect(Self.series(changed), warmUp: 500)
        #expect(Array(second.scores.prefix(2500)) == Array(first.scores.prefix(2500)))
        #expect(second.scores[2500] > 0)
    }

    @Test func oneAnomalyMakesOneAlert() throws {
        var values = Self.sine(count: 2000)
        for index in 1500..<1510 { values[index] = 95 + Double(index - 1500) * 3 }
        let detection = try NoveltyDetector().detect(Self.series(values), warmUp: 400)
        #expect(detection.flags[1500])
        #expect(detection.flags[1501...1529].allSatisfy { !$0 }, "the refractory period mutes the rest of the burst")
    }

    @Test func frequentNoveltyCountsForLessThanRareNovelty() throws {
        // A steady climb reaches a new level all the time, so its new levels are not rare.
        var climbing = Self.sine(count: 3000)
        for index in climbing.indices { climbing[index] += Double(index) * 0.05 }
        var steady = Self.sine(count: 3000)
        steady[2800] = 95
        climbing[2800] = climbing[2799] + 15
        let rare = try NoveltyDetector().detect(Self.series(steady), warmUp: 500).scores[2800]
        let common = try NoveltyDetector().detect(Self.series(climbing), warmUp: 500).scores[2800]
        #expect(rare > 2 * common)
    }

    @Test func badInputIsATypedError() {
        #expect(throws: UnivariateDetectionError.tooShort(points: 10, needed: 21, detector: "novelty")) {
            try NoveltyDetector().detect(Self.series(Array(repeating: 1, count: 10)), warmUp: 20)
        }
        var values = Self.sine(count: 100)
        values[42] = .nan
        #expect(throws: UnivariateDetectionError.nonFiniteValue(index: 42, detector: "novelty")) {
            try NoveltyDetector().detect(Self.series(values), warmUp: 20)
        }
        #expect(throws: UnivariateDetectionError.invalidConfiguration(field: "shapeVigilance", reason: "must be positive")) {
            try NoveltyStream(configuration: NoveltyConfiguration(shapeVigilance: 0))
        }
    }

    @Test func configurationsDecodeWithDefaults() throws {
        let decoded = try JSONDecoder().decode(NoveltyConfiguration.self, from: Data(#"{"shapeWeight": 0, "refractoryPoints": 5}"#.utf8))
        #expect(decoded == NoveltyConfiguration(shapeWeight: 0, refractoryPoints: 5))
    }

    @Test func ablationSwitchesChangeTheScores() throws {
        var values = Self.sine(count: 2000)
        values[1500] = 95
        let full = try NoveltyDetector().detect(Self.series(values), warmUp: 400).scores[1500]
        let withoutRarity = try NoveltyDetector(configuration: NoveltyConfiguration(usesRarity: false)).detect(Self.series(values), warmUp: 400)
        #expect(withoutRarity.scores[1500] != full)
        let withoutStrength = try NoveltyDetector(configuration: NoveltyConfiguration(usesStrength: false)).detect(Self.series(values), warmUp: 400)
        #expect(withoutStrength.scores[1500] >= full)
    }
}
