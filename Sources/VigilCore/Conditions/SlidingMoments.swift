/// Running sums over the present values among the last `window` pushed values, giving their mean,
/// standard deviation and least-squares line in O(1) amortized time per push. Missing values are
/// NaN; values not yet pushed count as missing.
///
/// Sums are kept relative to a reference step and a reference value and are recomputed from the
/// window once every `window` pushes, so rounding errors cannot accumulate over a long stream and a
/// constant series gives exactly zero spread and slope.
struct SlidingMoments: Sendable {
    /// How many of the newest pushed values the window holds.
    let window: Int
    private var values: [Double]
    private var pushed = 0
    private var pushesSinceRebuild = 0
    private var originStep = 0
    private var reference = 0.0
    /// How many values in the window are present (not NaN).
    private(set) var present = 0
    private var sumX = 0.0
    private var sumXX = 0.0
    private var sumY = 0.0
    private var sumYY = 0.0
    private var sumXY = 0.0

    /// An empty window of `window` steps. - Precondition: `window >= 1`.
    init(window: Int) {
        precondition(window >= 1, "a sliding window holds at least one value")
        self.window = window
        values = Array(repeating: .nan, count: window)
    }

    /// Adds the newest value, dropping the oldest once the window is full.
    mutating func push(_ value: Double) {
        let slot = pushed % window
        if pushed >= window, !values[slot].isNaN { accumulate(step: pushed - window, value: values[slot], sign: -1) }
        values[slot] = value
        if !value.isNaN {
            if present == 0 { restart(step: pushed, value: value) }
            accumulate(step: pushed, value: value, sign: 1)
        }
        pushed += 1
        pushesSinceRebuild += 1
        if pushesSinceRebuild >= window { rebuild() }
    }

    /// The mean of the present values (NaN when none).
    var mean: Double { present == 0 ? .nan : reference + sumY / Double(present) }

    /// The sample standard deviation of the present values (NaN with fewer than two).
    var standardDeviation: Double {
        guard present >= 2 else { return .nan }
        let n = Double(present)
        return (Swift.max(0, sumYY - sumY * sumY / n) / (n - 1)).squareRoot()
    }

    /// The least-squares line through the present values against their step numbers: its slope per
    /// step, and the standard deviation of the residuals (NaN when fewer than three values).
    /// Both are NaN with fewer than two values.
    var line: (slopePerStep: Double, residualDeviation: Double) {
        guard present >= 2 else { return (.nan, .nan) }
        let n = Double(present)
        let sxx = sumXX - sumX * sumX / n
        guard sxx > 0 else { return (.nan, .nan) }
        let sxy = sumXY - sumX * sumY / n
        let syy = sumYY - sumY * sumY / n
        let slope = sxy / sxx
        guard present >= 3 else { return (slope, .nan) }
        return (slope, (Swift.max(0, syy - slope * sxy) / (n - 2)).squareRoot())
    }

    /// Forgets every value.
    mutating func reset() {
        for index in values.indices { values[index] = .nan }
        pushed = 0
        pushesSinceRebuild = 0
        restart(step: 0, value: 0)
    }

    private mutating func accumulate(step: Int, value: Double, sign: Double) {
        let x = Double(step - originStep)
        let y = value - reference
        present += sign > 0 ? 1 : -1
        sumX += sign * x
        sumXX += sign * x * x
        sumY += sign * y
        sumYY += sign * y * y
        sumXY += sign * x * y
    }

    /// Zeroes the sums and moves the references.
    private mutating func restart(step: Int, value: Double) {
        originStep = step
        reference = value
        present = 0
        sumX = 0
        sumXX = 0
        sumY = 0
        sumYY = 0
        sumXY = 0
    }

    /// Recomputes the sums from the window, relative to the newest step and the newest present value.
    private mutating func rebuild() {
        pushesSinceRebuild = 0
        let newest = pushed - 1
        let first = Swift.max(0, pushed - window)
        guard let newestPresent = (first...newest).reversed().first(where: { !values[$0 % window].isNaN }) else {
            restart(step: newest, value: 0)
            return
        }
        restart(step: newest, value: values[newestPresent % window])
        for step in first...newest where !values[step % window].isNaN {
            accumulate(step: step, value: values[step % window], sign: 1)
        }
    }
}
