import Foundation
import Testing
import VigilEval

/// The JSON report of `vigil bench nab --json`.
struct NABReportTests {
    @Test func hasTheKeysTheCommandPromises() throws {
        let withWindows = try HandMade.file("with", category: "realHandMade", windows: [300...399])
        let without = try HandMade.file("without", category: "noAnomaly", windows: [])
        let scorer = NABScorer(corpus: NABCorpus(files: [withWindows, without]))
        // Every row of the window scores 1 (only the first earns credit), one false positive at 0.2.
        let window = HandMade.scores(Dictionary(uniqueKeysWithValues: (300...399).map { ($0, 1.0) }))
        let evaluation = try scorer.evaluate([window, HandMade.scores([500: 0.2])])
        var report = NABReport(detector: "vigil", evaluation: evaluation)
        report.pointsPerSecond = 1234

        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = try #require(try JSONSerialization.jsonObject(with: encoder.encode(report)) as? [String: Any])
        #expect(Set(json.keys).isSuperset(of: ["standard", "reward_low_FP_rate", "reward_low_FN_rate", "points_per_second", "categories"]))
        #expect(json["standard"] as? Double == 100)
        #expect(json["points_per_second"] as? Double == 1234)
        #expect(json["auc_pr"] as? Double == 1)

        let categories = try #require(json["categories"] as? [String: [String: Any]])
        #expect(Set(categories.keys) == ["realHandMade", "noAnomaly"])
        let real = try #require(categories["realHandMade"])
        #expect(real["standard"] as? Double == 100)
        #expect(real["files"] as? Int == 1 && real["windows"] as? Int == 1)
        #expect(real["auc_pr"] as? Double == 1)
        // No windows: no normalised score and no average precision, written as null.
        let none = try #require(categories["noAnomaly"])
        #expect(none["standard"] is NSNull && none["reward_low_FN_rate"] is NSNull && none["auc_pr"] is NSNull)

        let profiles = try #require(json["profiles"] as? [String: [String: Any]])
        #expect(profiles["standard"]?["threshold"] as? Double == 1)
        #expect(profiles["reward_low_FN_rate"]?["null"] as? Double == -2)
        let files = try #require(json["files"] as? [[String: Any]])
        #expect(files.map { $0["file"] as? String } == ["realHandMade/with.csv", "noAnomaly/without.csv"])
        let scores = try #require(files[0]["scores"] as? [String: [String: Any]])
        #expect(scores["standard"]?["tp"] as? Int == 100 && scores["standard"]?["raw"] as? Double == 1)

        let decoded = try JSONDecoder().decode(NABReport.self, from: encoder.encode(report))
        #expect(decoded == report)
        #expect(NABReport(detector: "vigil", evaluation: evaluation).pointsPerSecond == nil)
    }
}
