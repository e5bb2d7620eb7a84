/// Value novelty: the warm-up range (with a margin) is cut into equal levels, extended without
/// bound on both sides; a value is novel when it lands on a level no earlier value reached.
struct LevelNovelty: Sendable {
    private let origin: Double
    private let width: Double
    private var reached: Set<Int> = []

    /// Levels of the range `low…high` widened by `margin` (a share of the range) on both sides.
    init(low: Double, high: Double, count: Int, margin: Double) {
        let range = high - low
        origin = low - range * margin
        width = Swift.max(range, 1e-9) * (1 + 2 * margin) / Double(count)
    }

    /// The level a value falls on.
    func level(of value: Double) -> Int {
        Int((((value - origin) / width).rounded(.down)).clamped(to: -1e15...1e15))
    }

    /// The bounds of a level.
    func bounds(of level: Int) -> ClosedRange<Double> {
        (origin + Double(level) * width)...(origin + Double(level + 1) * width)
    }

    /// Records `value`; returns whether its level is new (never new for the very first value).
    mutating func observe(_ value: Double) -> Bool {
        let level = level(of: value)
        let isNew = !reached.isEmpty && !reached.contains(level)
        reached.insert(level)
        return isNew
    }
}

extension Comparable {
    func clamped(to range: ClosedRange<Self>) -> Self {
        min(max(self, range.lowerBound), range.upperBound)
    }
}
