import Foundation
import VigilEval

/// The human-readable report of `vigil bench nab`.
enum NABTable {
    static func render(detector: String, evaluation: NABEvaluation, points: Int, seconds: Double) -> String {
        var lines = ["NAB v1.1, detector \(detector)", ""]
        var profiles = TextTable(columns: ["PROFILE", "SCORE", "RAW", "THRESHOLD", "DETECTED", "MISSED", "FP POINTS"])
        for result in evaluation.profiles {
            let corpus = result.corpus
            profiles.add([
                result.profile.name, format(corpus.normalizedScore), String(format: "%.2f", corpus.rawScore),
                String(format: "%.4f", result.threshold), String(corpus.detectedWindows), String(corpus.missedWindows),
                String(corpus.falsePositives),
            ])
        }
        lines.append(profiles.rendered)
        lines.append("")
        let names = evaluation.profiles.map(\.profile.name)
        var categories = TextTable(columns: ["CATEGORY", "FILES", "WINDOWS"] + names.map(shortName) + ["AUC-PR"])
        for category in evaluation.categories {
            categories.add(
                [category.name, String(category.fileCount), String(category.windowCount)]
                    + names.map { format(category.scores[$0]?.normalizedScore) } + [format(category.averagePrecision, decimals: 3)])
        }
        lines.append(categories.rendered)
        lines.append("")
        lines.append("AUC-PR (point-wise, probationary rows left out): \(format(evaluation.averagePrecision, decimals: 3))")
        lines.append(String(format: "%d points in %.2f s: %.0f points/s", points, seconds, Double(points) / max(seconds, 1e-9)))
        return lines.joined(separator: "\n")
    }

    private static func shortName(_ profile: String) -> String {
        switch profile {
        case "reward_low_FP_rate": "LOW FP"
        case "reward_low_FN_rate": "LOW FN"
        default: profile.uppercased()
        }
    }

    private static func format(_ value: Double?, decimals: Int = 2) -> String {
        value.map { String(format: "%.\(decimals)f", $0) } ?? "—"
    }
}
