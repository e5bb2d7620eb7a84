/// Every earlier value, sorted, for the strength of a value event: the distance from a new value to
/// the nearest earlier one, in interquartile ranges of the earlier values. Above `capacity` values
/// every other one is dropped, so memory stays bounded while the distribution keeps its shape.
struct ValueHistory: Sendable {
    private var sorted: [Double] = []
    private let capacity: Int

    init(capacity: Int = 200_000) {
        self.capacity = capacity
    }

    var count: Int { sorted.count }

    /// The distance to the nearest recorded value and the interquartile range, when there are
    /// enough values (more than 4).
    func distanceAndSpread(of value: Double) -> (distance: Double, interquartileRange: Double)? {
        guard sorted.count > 4 else { return nil }
        let index = insertionIndex(of: value)
        var distance = Double.infinity
        if index < sorted.count { distance = sorted[index] - value }
        if index > 0 { distance = Swift.min(distance, value - sorted[index - 1]) }
        let spread = sorted[sorted.count * 3 / 4] - sorted[sorted.count / 4]
        return (distance, Swift.max(spread, 1e-9))
    }

    mutating func record(_ value: Double) {
        sorted.insert(value, at: insertionIndex(of: value))
        if sorted.count > capacity {
            sorted = sorted.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
        }
    }

    private func insertionIndex(of value: Double) -> Int {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
