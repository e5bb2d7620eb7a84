import Foundation
import Testing
import VigilEval

/// The scaled sigmoid, checked against hand computations on one 1000-row file with windows
/// 300…399 and 800…899 (width 100) and a probationary period of 150 rows.
struct NABScoringTests {
    let file: NABDataFile
    let scorer: NABScorer

    init() throws {
        file = try HandMade.twoWindowFile()
        scorer = NABScorer(corpus: NABCorpus(files: [file]))
    }

    /// The raw score of detections at `rows` (threshold 0.5) under a profile.
    func raw(_ rows: [Int], _ profile: NABProfile = .standard) throws -> Double {
        let scores = HandMade.scores(Dictionary(uniqueKeysWithValues: rows.map { ($0, 1.0) }))
        return try scorer.score(fileAt: 0, scores: scores, profile: profile, threshold: 0.5).rawScore
    }

    @Test func perfectDetectorScores100AndNullDetectorScores0OnEveryProfile() throws {
        let perfect = try scorer.evaluate([HandMade.scores([300: 1, 800: 1])])
        let null = try scorer.evaluate([HandMade.scores([:])])
        for profile in NABProfile.published {
            // Left edge: σ(−1)·tpWeight/σ(−1) = tpWeight per window, no false positive.
            let best = try #require(perfect.result(for: profile.name))
            #expect(best.threshold == 1)
            #expect(best.corpus.rawScore == 2 * profile.truePositiveWeight)
            #expect(best.corpus.nullScore == -2 * profile.falseNegativeWeight)
            #expect(best.corpus.normalizedScore == 100)
            #expect(best.corpus.detectedWindows == 2)
            // Flagging nothing (threshold 1.1) beats flagging all 850 scored rows.
            let nothing = try #require(null.result(for: profile.name))
            #expect(nothing.threshold == 1.1)
            #expect(nothing.corpus.rawScore == nothing.corpus.nullScore)
            #expect(nothing.corpus.normalizedScore == 0)
            #expect(nothing.corpus.missedWindows == 2)
        }
    }

    @Test func earlyDetectionEarnsTheSigmoidOfItsPositionDividedBySigmaOfMinusOne() throws {
        // Row 320: position −(399 − 320 + 1)/100 = −0.8; the second window is missed (−fnWeight).
        let credit = HandMade.sigmoid(-0.8) / HandMade.sigmoid(-1)
        #expect(abs(credit - 0.97711) < 1e-5)
        #expect(abs(try raw([320]) - (credit - 1)) < 1e-12)
        #expect(abs(try raw([320], .rewardLowFalseNegatives) - (credit - 2)) < 1e-12)
        // The window centre (−0.5) earns 0.848/0.987 = 0.86.
        #expect(abs(try raw([350]) - (HandMade.sigmoid(-0.5) / HandMade.sigmoid(-1) - 1)) < 1e-12)
        #expect(abs(HandMade.sigmoid(-0.5) / HandMade.sigmoid(-1) - 0.8598) < 1e-4)
    }

    @Test func lateDetectionAtTheRightEdgeEarnsAlmostNothing() throws {
        // Row 399: position −(399 − 399 + 1)/100 = −0.01 → σ = 2/(1 + e^−0.05) − 1 ≈ 0.0250 (0.0253 after dividing by σ(−1)).
        let credit = HandMade.sigmoid(-0.01) / HandMade.sigmoid(-1)
        #expect(abs(credit - 0.025334) < 1e-6)
        #expect(abs(try raw([399]) - (credit - 1)) < 1e-12)
    }

    @Test func falsePositiveBeforeAnyWindowCostsTheFullWeight() throws {
        // Row 200: no earlier window → −1 · fpWeight; both windows missed.
        #expect(abs(try raw([200]) - (-2 - 0.11)) < 1e-12)
        #expect(abs(try raw([200], .rewardLowFalsePositives) - (-2 - 0.22)) < 1e-12)
    }

    @Test func falsePositiveJustAfterAWindowCostsAlmostNothing() throws {
        // Row 400: |399 − 400|/(100 − 1) = 1/99 → σ(1/99) ≈ −0.0252, times fpWeight 0.11.
        let penalty = HandMade.sigmoid(1.0 / 99) * 0.11
        #expect(abs(penalty - -0.002777) < 1e-5)
        #expect(abs(try raw([400]) - (penalty - 2)) < 1e-12)
    }

    @Test func falsePositiveFarAfterAWindowCostsTheFullWeight() throws {
        // Row 500: 101/99 ≈ 1.02 → σ ≈ −0.988; row 700: 301/99 > 3 → exactly −1.
        #expect(abs(try raw([500]) - (HandMade.sigmoid(101.0 / 99) * 0.11 - 2)) < 1e-12)
        #expect(abs(HandMade.sigmoid(101.0 / 99) - -0.98789) < 1e-5)
        #expect(abs(try raw([700]) - (-0.11 - 2)) < 1e-12)
        // After the second window the distance counts from its right edge: |899 − 950|/99.
        #expect(abs(try raw([950]) - (HandMade.sigmoid(51.0 / 99) * 0.11 - 2)) < 1e-12)
    }

    @Test func onlyTheEarliestDetectionInAWindowCounts() throws {
        let credit = HandMade.sigmoid(-0.8) / HandMade.sigmoid(-1)
        #expect(abs(try raw([320, 350, 399]) - (credit - 1)) < 1e-12)
        let breakdown = try scorer.score(
            fileAt: 0, scores: HandMade.scores([320: 1, 350: 1, 399: 1]), profile: .standard, threshold: 0.5)
        #expect(breakdown.truePositives == 3)
        #expect(breakdown.detectedWindows == 1)
        #expect(breakdown.missedWindows == 1)
        #expect(breakdown.falseNegatives == 200 - 3)
    }

    @Test func everyFalsePositiveRowIsCharged() throws {
        let penalties = [400, 401, 402].map { HandMade.sigmoid(Double($0 - 399) / 99) * 0.11 }
        #expect(abs(try raw([400, 401, 402]) - (penalties.reduce(0, +) - 2)) < 1e-12)
        let breakdown = try scorer.score(fileAt: 0, scores: HandMade.scores([400: 1, 401: 1, 402: 1]), profile: .standard, threshold: 0.5)
        #expect(breakdown.falsePositives == 3)
        #expect(breakdown.trueNegatives == 850 - 200 - 3)
    }

    @Test func pointScoresAreNABsSweepColumn() throws {
        let column = scorer.pointScores(fileAt: 0, profile: .rewardLowFalsePositives)
        #expect(column.count == 1000)
        #expect(column[200] == -0.22)
        #expect(column[300] == 1)
        #expect(abs(column[320] - HandMade.sigmoid(-0.8) / HandMade.sigmoid(-1)) < 1e-12)
        #expect(abs(column[400] - HandMade.sigmoid(1.0 / 99) * 0.22) < 1e-12)
        #expect(column[0] == -0.22)
    }

    @Test func scoresOutsideTheUnitIntervalOrOfTheWrongCountAreRejected() throws {
        #expect(throws: NABScoringError.scoreOutOfRange(file: "handMade/hand_made.csv", row: 7, value: 1.5)) {
            try scorer.evaluate([HandMade.scores([7: 1.5])])
        }
        #expect(throws: NABScoringError.wrongPointCount(file: "handMade/hand_made.csv", expected: 1000, found: 999)) {
            try scorer.evaluate([Array(repeating: 0, count: 999)])
        }
        #expect(throws: NABScoringError.wrongFileCount(expected: 1, found: 2)) {
            try scorer.evaluate([HandMade.scores([:]), HandMade.scores([:])])
        }
        #expect(throws: NABScoringError.self) { try scorer.evaluate([HandMade.scores([9: .nan])]) }
    }
}
