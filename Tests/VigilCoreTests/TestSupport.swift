import Foundation
import Testing

@testable import VigilCore

/// A deterministic pseudo-random generator (SplitMix64) so noisy test series are the same on every run.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A standard normal deviate (Box–Muller).
    mutating func gaussian() -> Double {
        let u1 = Double.random(in: Double.ulpOfOne..<1, using: &self)
        let u2 = Double.random(in: 0..<1, using: &self)
        return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
    }
}

/// A window on a grid of `step` milliseconds starting at grid index `first`.
func makeWindow(step: Int64 = 1000, first: Int64 = 0, _ columns: [TagID: [Double]]) -> GridWindow {
    let count = columns.values.first?.count ?? 0
    return GridWindow(grid: TimeGrid(stepMilliseconds: step), firstIndex: first, count: count, columns: columns)
}

/// Parses a condition document, failing the test with the parse error when it is invalid.
func condition(_ json: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Condition {
    do {
        return try Condition(json: json)
    } catch {
        Issue.record("\(error)", sourceLocation: sourceLocation)
        throw error
    }
}

/// Whether two optional degrees are equal within `tolerance` (both nil counts as equal).
func same(_ a: Double?, _ b: Double?, tolerance: Double = 1e-9) -> Bool {
    switch (a, b) {
    case (nil, nil): return true
    case (let x?, let y?): return Swift.abs(x - y) <= tolerance
    default: return false
    }
}

/// The trend ratio of ``Condition/trend(_:window:direction:unmarkedBelow:markedAbove:minNoise:coverage:)``
/// computed directly: the least-squares change across `values.count` steps over the residual standard deviation.
func referenceTrendRatio(_ values: [Double]) -> Double {
    let n = Double(values.count)
    let xs = values.indices.map(Double.init)
    let meanX = xs.reduce(0, +) / n
    let meanY = values.reduce(0, +) / n
    let sxy = zip(xs, values).reduce(0) { $0 + ($1.0 - meanX) * ($1.1 - meanY) }
    let sxx = xs.reduce(0) { $0 + ($1 - meanX) * ($1 - meanX) }
    let slope = sxy / sxx
    let residuals = zip(xs, values).map { $1 - (meanY + slope * ($0 - meanX)) }
    let deviation = (residuals.reduce(0) { $0 + $1 * $1 } / (n - 2)).squareRoot()
    return slope * n / deviation
}
