/// The minimum and maximum of the present values among the last `window` pushed values, in O(1)
/// amortized time per push (monotonic queues). Missing values are NaN; values not yet pushed count
/// as missing.
struct SlidingExtremes: Sendable {
    /// How many of the newest pushed values the window holds.
    let window: Int
    private var values: [Double]
    private var minima: IndexQueue
    private var maxima: IndexQueue
    private var pushed = 0
    /// How many values in the window are present (not NaN).
    private(set) var present = 0

    /// An empty window of `window` steps. - Precondition: `window >= 1`.
    init(window: Int) {
        precondition(window >= 1, "a sliding window holds at least one value")
        self.window = window
        values = Array(repeating: .nan, count: window)
        minima = IndexQueue(capacity: window)
        maxima = IndexQueue(capacity: window)
    }

    /// Adds the newest value, dropping the oldest once the window is full.
    mutating func push(_ value: Double) {
        let slot = pushed % window
        if pushed >= window, !values[slot].isNaN { present -= 1 }
        let oldest = pushed - window + 1
        while !minima.isEmpty, minima.front < oldest { minima.popFront() }
        while !maxima.isEmpty, maxima.front < oldest { maxima.popFront() }
        values[slot] = value
        if !value.isNaN {
            present += 1
            while !minima.isEmpty, values[minima.back % window] >= value { minima.popBack() }
            minima.pushBack(pushed)
            while !maxima.isEmpty, values[maxima.back % window] <= value { maxima.popBack() }
            maxima.pushBack(pushed)
        }
        pushed += 1
    }

    /// The smallest present value in the window, or NaN when none is present.
    var minimum: Double { minima.isEmpty ? .nan : values[minima.front % window] }

    /// The largest present value in the window, or NaN when none is present.
    var maximum: Double { maxima.isEmpty ? .nan : values[maxima.front % window] }

    /// Forgets every value.
    mutating func reset() {
        for index in values.indices { values[index] = .nan }
        minima.removeAll()
        maxima.removeAll()
        pushed = 0
        present = 0
    }
}
