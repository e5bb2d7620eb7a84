import Foundation
import VigilCore
import VigilEval

/// Hand-made NAB files and score arrays with answers that can be computed by hand.
enum HandMade {
    /// NAB's scaled sigmoid written out: `2 / (1 + e^(5x)) − 1`, and −1 beyond 3.
    static func sigmoid(_ x: Double) -> Double {
        x > 3 ? -1 : 2 / (1 + exp(5 * x)) - 1
    }

    /// A file of `rows` five-minute rows (values all 0) with the given windows.
    static func file(
        _ name: String = "hand_made", category: String = "handMade", rows: Int = 1000, windows: [ClosedRange<Int>]
    ) throws -> NABDataFile {
        try NABDataFile(
            category: category, name: name, timestamps: (0..<rows).map { Timestamp(seconds: 1_396_310_400 + Int64($0) * 300) },
            values: Array(repeating: 0, count: rows), windows: windows)
    }

    /// The standard test file: 1000 rows, probationary length 150, windows 300…399 and 800…899
    /// (width 100 each).
    static func twoWindowFile() throws -> NABDataFile {
        try file(windows: [300...399, 800...899])
    }

    /// Scores that are 0 everywhere except the given rows.
    static func scores(rows: Int = 1000, _ values: [Int: Double]) -> [Double] {
        var scores = [Double](repeating: 0, count: rows)
        for (row, value) in values { scores[row] = value }
        return scores
    }
}
