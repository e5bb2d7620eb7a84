import Testing
import VigilEval
import VigilTestSupport

/// The NAB v1.1 corpus in `../shared/datasets/NAB` (skipped when it is absent).
@Suite(.enabled(if: SharedDatasets.file("NAB/labels/combined_windows.json") != nil, "needs ../shared/datasets/NAB"))
struct NABRealCorpusTests {
    let corpus: NABCorpus

    init() throws {
        corpus = try NABCorpus(contentsOf: SharedDatasets.file("NAB")!)
    }

    @Test func hasFiftyEightFilesAndTheirWindows() {
        #expect(corpus.files.count == 58)
        #expect(corpus.pointCount == 365_558)
        #expect(corpus.windowCount == 116)
        #expect(corpus.files.reduce(0) { $0 + $1.anomalies.count } == 120)
        let perCategory = Dictionary(grouping: corpus.files, by: \.category).mapValues(\.count)
        #expect(
            perCategory == [
                "realAWSCloudwatch": 17, "realTweets": 10, "realKnownCause": 7, "realTraffic": 7, "realAdExchange": 6,
                "artificialWithAnomaly": 6, "artificialNoAnomaly": 5,
            ])
        let taxi = corpus.file(at: "realKnownCause/nyc_taxi.csv")
        #expect(taxi?.count == 10_320)
        #expect(taxi?.timestampTexts.first == "2014-07-01 00:00:00")
        #expect(taxi?.values.first == 10_844)
        #expect(taxi?.probationaryLength == 750)
        #expect(corpus.file(at: "realKnownCause/machine_temperature_system_failure.csv")?.windows.count == 4)
        // Labelled anomalies lie in windows, except one in the file whose windows NAB placed by hand;
        // no window lies inside a probationary period.
        let outside = corpus.files.flatMap { file in
            file.anomalies.filter { row in !file.windows.contains { $0.contains(row) } }.map { (file.name, file.timestampTexts[$0]) }
        }
        #expect(outside.map(\.0) == ["iio_us-east-1_i-a2eb1cd9_NetworkIn"])
        #expect(outside.map(\.1) == ["2013-10-10 09:35:00"])
        for file in corpus.files {
            #expect(file.windows.allSatisfy { $0.upperBound >= file.probationaryLength })
        }
    }

    @Test func nullDetectorScores0AndPerfectDetectorScores100() throws {
        let scorer = NABScorer(corpus: corpus)
        let null = try scorer.evaluate(corpus.files.map { Array(repeating: 0, count: $0.count) })
        let perfect = try scorer.evaluate(
            corpus.files.map { file in
                var scores = [Double](repeating: 0, count: file.count)
                for window in file.windows { scores[window.lowerBound] = 1 }
                return scores
            })
        for profile in NABProfile.published {
            let nothing = try #require(null.result(for: profile.name))
            #expect(nothing.corpus.normalizedScore == 0)
            #expect(nothing.corpus.rawScore == -116 * profile.falseNegativeWeight)
            let best = try #require(perfect.result(for: profile.name))
            #expect(best.corpus.rawScore == 116)
            #expect(best.corpus.perfectScore == 116)
            #expect(best.corpus.normalizedScore == 100)
        }
        for category in perfect.categories where category.windowCount > 0 {
            #expect(category.scores["standard"]?.normalizedScore == 100)
            #expect(category.averagePrecision != nil)
        }
        #expect(perfect.categories.first { $0.name == "artificialNoAnomaly" }?.scores["standard"]?.normalizedScore == nil)
    }
}
