/// The last `capacity` pushed values, to read a value a fixed number of steps ago. Values not yet
/// pushed read as missing (NaN).
struct DelayLine: Sendable {
    private var values: [Double]
    private var next = 0

    /// A delay line remembering `capacity` values. - Precondition: `capacity >= 1`.
    init(capacity: Int) {
        precondition(capacity >= 1, "a delay line holds at least one value")
        values = Array(repeating: .nan, count: capacity)
    }

    /// Adds the newest value, forgetting the oldest.
    mutating func push(_ value: Double) {
        values[next] = value
        next = next + 1 == values.count ? 0 : next + 1
    }

    /// The value pushed `stepsAgo` pushes before the newest (0 = the newest).
    /// - Precondition: `stepsAgo < capacity`.
    func value(stepsAgo: Int) -> Double {
        let index = next - 1 - stepsAgo
        return values[index >= 0 ? index : index + values.count]
    }

    /// Forgets every value.
    mutating func reset() {
        for index in values.indices { values[index] = .nan }
        next = 0
    }
}
