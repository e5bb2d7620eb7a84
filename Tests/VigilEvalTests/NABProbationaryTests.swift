import Testing
import VigilEval

/// NAB's probationary period: the first 15 % of a file, at most 750 rows, is not scored; a window
/// overlapping it keeps its full width, and a window inside it does not count as a miss.
struct NABProbationaryTests {
    @Test func lengthIsFifteenPercentCappedAt750Rows() {
        #expect(NABDataFile.probationaryLength(rows: 1000, percent: 0.15) == 150)
        #expect(NABDataFile.probationaryLength(rows: 1127, percent: 0.15) == 169)  // floor(169.05)
        #expect(NABDataFile.probationaryLength(rows: 5000, percent: 0.15) == 750)
        #expect(NABDataFile.probationaryLength(rows: 22_695, percent: 0.15) == 750)
        #expect(NABDataFile.probationaryLength(rows: 20, percent: 0.15) == 3)
    }

    @Test func aWindowOverlappingTheProbationaryPeriodIsScoredOnItsLaterRowsWithItsFullWidth() throws {
        // Window 100…199 (width 100); rows 0…149 are probationary.
        let file = try HandMade.file(windows: [100...199])
        #expect(file.probationaryLength == 150)
        let scorer = NABScorer(corpus: NABCorpus(files: [file]))
        // A detection in the probationary part is ignored: the window is a miss.
        let early = try scorer.score(fileAt: 0, scores: HandMade.scores([120: 1]), profile: .standard, threshold: 0.5)
        #expect(early.rawScore == -1)
        #expect(early.missedWindows == 1 && early.truePositives == 0)
        // Row 160: −(199 − 160 + 1)/100 = −0.4, the position in the whole window.
        let later = try scorer.score(fileAt: 0, scores: HandMade.scores([160: 1]), profile: .standard, threshold: 0.5)
        #expect(abs(later.rawScore - HandMade.sigmoid(-0.4) / HandMade.sigmoid(-1)) < 1e-12)
        // A false positive after it is measured from its right edge: |199 − 250|/99.
        let after = try scorer.score(fileAt: 0, scores: HandMade.scores([250: 1]), profile: .standard, threshold: 0.5)
        #expect(abs(after.rawScore - (HandMade.sigmoid(51.0 / 99) * 0.11 - 1)) < 1e-12)
        // Scored rows: 150…999; 50 of them in the window.
        #expect(after.falseNegatives == 50 && after.falsePositives == 1 && after.trueNegatives == 799)
    }

    @Test func aWindowInsideTheProbationaryPeriodIsNeitherMissedNorInTheNullScoreButCountsInThePerfectScore() throws {
        let file = try HandMade.file(windows: [20...80, 500...599])
        let scorer = NABScorer(corpus: NABCorpus(files: [file]))
        let evaluation = try scorer.evaluate([HandMade.scores([20: 1, 500: 1])])
        let standard = try #require(evaluation.result(for: "standard")?.corpus)
        // As in NAB: null counts scorable windows only (−1), perfect counts every window (2).
        #expect(standard.nullScore == -1)
        #expect(standard.perfectScore == 2)
        #expect(standard.rawScore == 1)
        #expect(standard.detectedWindows == 1 && standard.missedWindows == 0)
        #expect(abs(standard.normalizedScore! - 100 * 2.0 / 3) < 1e-9)
    }
}
