import Testing
import VigilEval

/// Average precision as scikit-learn's `average_precision_score` computes it.
struct AveragePrecisionTests {
    @Test func matchesTheStepwiseDefinition() throws {
        // Ranks: +, −, +, −. Recall steps of 1/2 at precisions 1 and 2/3.
        let ap = try #require(AveragePrecision.of(scores: [0.9, 0.8, 0.3, 0.1], labels: [true, false, true, false]))
        #expect(abs(ap - (1 + 2.0 / 3) / 2) < 1e-12)
        #expect(AveragePrecision.of(scores: [0.2, 0.9, 0.1], labels: [true, true, false]) == 1)
        #expect(AveragePrecision.of(scores: [0.5, 0.1], labels: [false, false]) == nil)
    }

    @Test func equalScoresShareOneThreshold() throws {
        // Both points at 0.5 are detected together: precision 1/2 for the only positive.
        #expect(AveragePrecision.of(scores: [0.5, 0.5], labels: [false, true]) == 0.5)
        #expect(AveragePrecision.of(scores: [0.5, 0.5], labels: [true, false]) == 0.5)
        // scikit-learn: y = [1, 0, 1, 1], s = [0.4, 0.4, 0.9, 0.1] → (1·1 + 1·(2/3) + 1·(3/4)) / 3.
        let ap = try #require(AveragePrecision.of(scores: [0.4, 0.4, 0.9, 0.1], labels: [true, false, true, true]))
        #expect(abs(ap - (1 + 2.0 / 3 + 3.0 / 4) / 3) < 1e-12)
    }

    @Test func nabAveragePrecisionSkipsProbationaryRowsAndPoolsFilesPerCategory() throws {
        let a = try HandMade.file("a", category: "one", windows: [300...399])
        let b = try HandMade.file("b", category: "one", windows: [300...399])
        let scorer = NABScorer(corpus: NABCorpus(files: [a, b]))
        // The probationary rows of a score 1 but are not ranked; every window row of a scores 0.9,
        // everything else 0: file a is perfectly ranked, file b has nothing above 0.
        var first = HandMade.scores([:])
        for row in 0..<150 { first[row] = 1 }
        for row in 300...399 { first[row] = 0.9 }
        let evaluation = try scorer.evaluate([first, HandMade.scores([:])])
        #expect(evaluation.files[0].averagePrecision == 1)
        // File b: all 850 scored rows tie at 0 → precision 100/850.
        #expect(abs(evaluation.files[1].averagePrecision! - 100.0 / 850) < 1e-12)
        // Pooled: a's 100 positives at precision 1, then b's 100 at (200 / 1700).
        let pooled = (100 * 1 + 100 * (200.0 / 1700)) / 200
        #expect(abs(evaluation.categories[0].averagePrecision! - pooled) < 1e-12)
        #expect(abs(evaluation.averagePrecision! - pooled) < 1e-12)
    }
}
