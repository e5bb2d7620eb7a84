import Testing

@testable import VigilCore

/// The O(1) sliding windows under the rolling nodes, checked against direct computation over random
/// series with missing values.
struct SlidingWindowTests {
    /// A random walk with about a fifth of the values missing.
    private static func series(count: Int, seed: UInt64, level: Double = 0) -> [Double] {
        var random = SeededGenerator(seed: seed)
        var value = level
        return (0..<count).map { _ in
            value += random.gaussian()
            return Double.random(in: 0..<1, using: &random) < 0.2 ? .nan : value
        }
    }

    /// The present values among the last `window` of `values` up to `end` (inclusive).
    private static func present(_ values: [Double], end: Int, window: Int) -> [(step: Int, value: Double)] {
        (Swift.max(0, end - window + 1)...end).compactMap { values[$0].isNaN ? nil : ($0, values[$0]) }
    }

    @Test(arguments: [1, 2, 7, 50])
    func extremesMatchDirectComputation(window: Int) {
        let values = Self.series(count: 400, seed: UInt64(window))
        var extremes = SlidingExtremes(window: window)
        for end in values.indices {
            extremes.push(values[end])
            let present = Self.present(values, end: end, window: window).map(\.value)
            #expect(extremes.present == present.count)
            #expect(same(extremes.minimum.isNaN ? nil : extremes.minimum, present.min()))
            #expect(same(extremes.maximum.isNaN ? nil : extremes.maximum, present.max()))
        }
    }

    @Test(arguments: [2, 7, 50])
    func momentsMatchDirectComputation(window: Int) {
        let values = Self.series(count: 400, seed: 100 + UInt64(window), level: 1000)
        var moments = SlidingMoments(window: window)
        for end in values.indices {
            moments.push(values[end])
            let present = Self.present(values, end: end, window: window)
            #expect(moments.present == present.count)
            guard present.count >= 3 else { continue }
            let n = Double(present.count)
            let mean = present.reduce(0) { $0 + $1.value } / n
            let variance = present.reduce(0) { $0 + ($1.value - mean) * ($1.value - mean) } / (n - 1)
            let meanStep = present.reduce(0) { $0 + Double($1.step) } / n
            let sxy = present.reduce(0) { $0 + (Double($1.step) - meanStep) * ($1.value - mean) }
            let sxx = present.reduce(0) { $0 + (Double($1.step) - meanStep) * (Double($1.step) - meanStep) }
            let slope = sxy / sxx
            let residual = present.reduce(0) { sum, point in
                let error = point.value - (mean + slope * (Double(point.step) - meanStep))
                return sum + error * error
            }
            #expect(Swift.abs(moments.mean - mean) < 1e-9)
            #expect(Swift.abs(moments.standardDeviation - variance.squareRoot()) < 1e-7)
            #expect(Swift.abs(moments.line.slopePerStep - slope) < 1e-9)
            #expect(Swift.abs(moments.line.residualDeviation - (residual / (n - 2)).squareRoot()) < 1e-7)
        }
    }

    @Test func momentsDoNotDriftOverALongStream() {
        // 200 000 values around 10⁶ with unit noise: the rebuilds keep the running sums exact enough.
        var random = SeededGenerator(seed: 9)
        var moments = SlidingMoments(window: 1000)
        var values: [Double] = []
        for _ in 0..<200_000 {
            let value = 1e6 + random.gaussian()
            values.append(value)
            moments.push(value)
        }
        let tail = values.suffix(1000)
        let mean = tail.reduce(0, +) / 1000
        let deviation = (tail.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / 999).squareRoot()
        #expect(Swift.abs(moments.mean - mean) < 1e-8)
        #expect(Swift.abs(moments.standardDeviation - deviation) < 1e-8)
    }

    @Test func aConstantWindowHasExactlyZeroSpreadAndSlope() {
        var moments = SlidingMoments(window: 7)
        for _ in 0..<30 { moments.push(0.1) }
        #expect(moments.mean == 0.1)
        #expect(moments.standardDeviation == 0)
        #expect(moments.line.slopePerStep == 0)
        #expect(moments.line.residualDeviation == 0)
    }

    @Test func resetForgetsEverything() {
        var extremes = SlidingExtremes(window: 3)
        var moments = SlidingMoments(window: 3)
        var delay = DelayLine(capacity: 3)
        for value in [1.0, 2, 3] {
            extremes.push(value)
            moments.push(value)
            delay.push(value)
        }
        extremes.reset()
        moments.reset()
        delay.reset()
        #expect(extremes.present == 0 && extremes.minimum.isNaN && extremes.maximum.isNaN)
        #expect(moments.present == 0 && moments.mean.isNaN)
        #expect(delay.value(stepsAgo: 0).isNaN && delay.value(stepsAgo: 2).isNaN)
        extremes.push(5)
        moments.push(5)
        #expect(extremes.minimum == 5 && moments.mean == 5)
    }

    @Test func delayLineReadsValuesStepsAgo() {
        var delay = DelayLine(capacity: 3)
        delay.push(1)
        #expect(delay.value(stepsAgo: 0) == 1)
        #expect(delay.value(stepsAgo: 1).isNaN)
        delay.push(2)
        delay.push(3)
        delay.push(4)
        #expect(delay.value(stepsAgo: 0) == 4)
        #expect(delay.value(stepsAgo: 2) == 2)
    }
}
