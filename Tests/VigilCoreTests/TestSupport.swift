import Foundation
import Testing

@testable import VigilCore

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
