import Foundation
import Testing
import VigilTestSupport

/// `vigil detect` and `vigil bench nab` end to end, on generated series.
@Suite struct DetectionCommandTests {
    /// A 5-minute series: a noisy sine with one spike at `spike` (when given).
    static func csv(points: Int, spike: Int?, seed: Double = 0) -> String {
        var text = "timestamp,value\n"
        for index in 0..<points {
            let minutes = index * 5
            let day = 1 + minutes / 1440
            let time = String(format: "2024-03-%02d %02d:%02d:00", day, minutes % 1440 / 60, minutes % 60)
            var value = 50 + 10 * sin(2 * Double.pi * Double(index) / 96) + 0.3 * sin(Double(index) * 1.7 + seed)
            if index == spike { value = 95 }
            text += "\(time),\(value)\n"
        }
        return text
    }

    static func timestamp(_ index: Int) -> String {
        let minutes = index * 5
        return String(format: "2024-03-%02d %02d:%02d:00.000000", 1 + minutes / 1440, minutes % 1440 / 60, minutes % 60)
    }

    @Test func detectWritesScoresAndExplainsFlaggedPoints() throws {
        let directory = try TemporaryDirectory()
        try Self.csv(points: 2000, spike: 1500).write(toFile: directory.file("series.csv"), atomically: true, encoding: .utf8)
        let outcome = try VigilProcess.run(["detect", directory.file("series.csv"), "--out", directory.file("scores.csv")])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let rows = try String(contentsOfFile: directory.file("scores.csv"), encoding: .utf8).split(separator: "\n")
        #expect(rows.first == "timestamp,value,score,flag")
        #expect(rows.count == 2001)
        #expect(rows[1501].hasSuffix(",1"), "the spike is flagged: \(rows[1501])")
        #expect(outcome.standardError.contains("value 95 reached a level no earlier value reached"))

        let json = try VigilProcess.run(["detect", directory.file("series.csv"), "--json", "--detector", "pandora-ae"])
        #expect(json.status == 0, "\(json.standardError)")
        let summary = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any]
        #expect(summary?["detector"] as? String == "pandora-ae")
        #expect(summary?["points"] as? Int == 2000)
    }

    @Test func detectRejectsUnknownDetectorsAndBadConfigurations() throws {
        let directory = try TemporaryDirectory()
        try Self.csv(points: 300, spike: nil).write(toFile: directory.file("series.csv"), atomically: true, encoding: .utf8)
        let unknown = try VigilProcess.run(["detect", directory.file("series.csv"), "--detector", "magic"])
        #expect(unknown.status != 0)
        #expect(unknown.standardError.contains("--detector must be one of novelty, pandora-ae"))
        let badConfig = try VigilProcess.run(["detect", directory.file("series.csv"), "--config", #"{"shapeVigilance": -1}"#])
        #expect(badConfig.status != 0)
        #expect(badConfig.standardError.contains("shapeVigilance"))
    }

    @Test func benchNABScoresACorpusAndWritesNABsResultsLayout() throws {
        let directory = try TemporaryDirectory()
        let root = directory.file("nab")
        let fileManager = FileManager.default
        for folder in ["data/synthetic", "labels", "config"] {
            try fileManager.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
        }
        try Self.csv(points: 3000, spike: 2000).write(toFile: root + "/data/synthetic/spiky.csv", atomically: true, encoding: .utf8)
        try Self.csv(points: 3000, spike: nil, seed: 1).write(toFile: root + "/data/synthetic/quiet.csv", atomically: true, encoding: .utf8)
        let window = "[[\"\(Self.timestamp(1985))\", \"\(Self.timestamp(2015))\"]]"
        try "{\"synthetic/spiky.csv\": \(window), \"synthetic/quiet.csv\": []}".write(
            toFile: root + "/labels/combined_windows.json", atomically: true, encoding: .utf8)
        try "{\"synthetic/spiky.csv\": [\"\(Self.timestamp(2000))\"], \"synthetic/quiet.csv\": []}".write(
            toFile: root + "/labels/combined_labels.json", atomically: true, encoding: .utf8)
        let profile = { (fn: Double, fp: Double) in
            "{\"CostMatrix\": {\"tpWeight\": 1.0, \"fnWeight\": \(fn), \"fpWeight\": \(fp), \"tnWeight\": 1.0}}"
        }
        try "{\"standard\": \(profile(1, 0.11)), \"reward_low_FP_rate\": \(profile(1, 0.22)), \"reward_low_FN_rate\": \(profile(2, 0.11))}"
            .write(toFile: root + "/config/profiles.json", atomically: true, encoding: .utf8)

        let outcome = try VigilProcess.run(["bench", "nab", "--data", root, "--json", "--results", directory.file("results")])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
        for key in ["standard", "reward_low_FP_rate", "reward_low_FN_rate", "points_per_second", "categories"] {
            #expect(report[key] != nil, "missing \(key)")
        }
        // One spike, detected early in its window, and nothing else: close to the perfect score.
        let standard = try #require(report["standard"] as? Double)
        #expect(standard > 80)
        let results = directory.file("results/novelty/synthetic/novelty_spiky.csv")
        let header = try String(contentsOfFile: results, encoding: .utf8).split(separator: "\n").first
        #expect(header == "timestamp,value,anomaly_score")

        let table = try VigilProcess.run(["bench", "nab", "--data", root, "--quiet"])
        #expect(table.standardOutput.contains("reward_low_FN_rate"))
        #expect(table.standardOutput.contains("points/s"))
    }

    @Test func benchNABNamesAMissingCorpus() throws {
        let directory = try TemporaryDirectory()
        let outcome = try VigilProcess.run(["bench", "nab", "--data", directory.file("nowhere")])
        #expect(outcome.status != 0)
        #expect(outcome.standardError.contains("nowhere"))
    }
}
