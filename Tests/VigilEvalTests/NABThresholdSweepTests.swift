import Testing
import VigilEval

/// The corpus-wide threshold sweep: one point per distinct score, ties detected together, and the
/// higher threshold kept when two give the same score.
struct NABThresholdSweepTests {
    @Test func equalScoresAreDetectedTogetherAndEachDistinctScoreIsOneThreshold() throws {
        let file = try HandMade.twoWindowFile()
        let scorer = NABScorer(corpus: NABCorpus(files: [file]))
        // 0.9 at row 320 (window 1) and row 400 (just after it); 0.7 at row 820 (window 2) and row 200.
        let scores = HandMade.scores([320: 0.9, 400: 0.9, 820: 0.7, 200: 0.7])
        let curve = try scorer.thresholdCurve([scores], profile: .standard)
        #expect(curve.map(\.threshold) == [1.1, 0.9, 0.7, 0])

        let early = HandMade.sigmoid(-0.8) / HandMade.sigmoid(-1)
        let justAfter = HandMade.sigmoid(1.0 / 99) * 0.11
        #expect(curve[0].score == -2)
        #expect(curve[0].truePositives == 0 && curve[0].falseNegatives == 200 && curve[0].trueNegatives == 650)
        // Both rows at 0.9 count at threshold 0.9.
        #expect(abs(curve[1].score - (justAfter + early - 1)) < 1e-12)
        #expect(curve[1].truePositives == 1 && curve[1].falsePositives == 1)
        // Row 820: −(899 − 820 + 1)/100 = −0.8 as well; row 200 precedes every window: −0.11.
        #expect(abs(curve[2].score - (justAfter - 0.11 + 2 * early)) < 1e-12)
        #expect(curve[2].truePositives == 2 && curve[2].falsePositives == 2)
        // Threshold 0: all 850 scored rows are detections; 650 outside windows.
        #expect(curve[3].truePositives == 200 && curve[3].falsePositives == 650)
        #expect(curve[3].falseNegatives == 0 && curve[3].trueNegatives == 0)

        let best = try scorer.optimalThreshold([scores], profile: .standard)
        #expect(best.threshold == 0.7)
        let evaluation = try scorer.evaluate([scores])
        #expect(evaluation.result(for: "standard")?.threshold == 0.7)
        #expect(abs(evaluation.result(for: "standard")!.corpus.rawScore - curve[2].score) < 1e-12)
    }

    @Test func onATieTheHigherThresholdWins() throws {
        let scorer = NABScorer(corpus: NABCorpus(files: [try HandMade.twoWindowFile()]))
        // Row 300 (left edge) at 0.8, row 350 (later in the same window) at 0.6: threshold 0.6 adds a
        // detection that does not improve the window's credit, so 0.8 and 0.6 score the same.
        let scores = HandMade.scores([300: 0.8, 350: 0.6])
        let curve = try scorer.thresholdCurve([scores], profile: .standard)
        #expect(curve.map(\.threshold) == [1.1, 0.8, 0.6, 0])
        #expect(curve[1].score == curve[2].score)
        #expect(curve[1].score == 0)
        #expect(try scorer.optimalThreshold([scores], profile: .standard).threshold == 0.8)
    }

    @Test func theThresholdIsSharedByAllFilesOfTheCorpus() throws {
        // File a rewards a low threshold (a detection at 0.3 on its window's left edge); file b has a
        // false positive at 0.5. Together 0.3 is best: +1 in a outweighs b's penalty of 0.11.
        let a = try HandMade.file("a", windows: [300...399])
        let b = try HandMade.file("b", windows: [300...399])
        let scorer = NABScorer(corpus: NABCorpus(files: [a, b]))
        let scores = [HandMade.scores([300: 0.3]), HandMade.scores([200: 0.5, 300: 0.9])]
        let evaluation = try scorer.evaluate(scores)
        let standard = try #require(evaluation.result(for: "standard"))
        #expect(standard.threshold == 0.3)
        #expect(abs(standard.corpus.rawScore - (1 + 1 - 0.11)) < 1e-12)
        #expect(evaluation.files[0].scores["standard"]?.rawScore == 1)
        #expect(abs(evaluation.files[1].scores["standard"]!.rawScore - 0.89) < 1e-12)
        // perfect 2, null −2: 100 · (1.89 + 2) / 4.
        #expect(abs(standard.corpus.normalizedScore! - 97.25) < 1e-9)
    }

    @Test func theProbationaryPeriodIsLeftOutOfTheSweep() throws {
        let scorer = NABScorer(corpus: NABCorpus(files: [try HandMade.twoWindowFile()]))
        // Row 100 is inside the 150-row probationary period: its score 1 is not a threshold.
        let curve = try scorer.thresholdCurve([HandMade.scores([100: 1, 320: 0.5])], profile: .standard)
        #expect(curve.map(\.threshold) == [1.1, 0.5, 0])
    }
}
