/// A double-ended queue of step numbers with a fixed capacity, stored in a ring: the candidate
/// lists of ``SlidingExtremes``.
struct IndexQueue: Sendable {
    private var storage: [Int]
    private var head = 0
    private(set) var count = 0

    /// A queue that holds up to `capacity` step numbers.
    init(capacity: Int) {
        storage = Array(repeating: 0, count: Swift.max(1, capacity))
    }

    var isEmpty: Bool { count == 0 }

    /// The oldest step number. - Precondition: not empty.
    var front: Int { storage[head] }

    /// The newest step number. - Precondition: not empty.
    var back: Int { storage[(head + count - 1) % storage.count] }

    /// Appends a step number. - Precondition: not full.
    mutating func pushBack(_ value: Int) {
        storage[(head + count) % storage.count] = value
        count += 1
    }

    /// Removes the newest step number. - Precondition: not empty.
    mutating func popBack() { count -= 1 }

    /// Removes the oldest step number. - Precondition: not empty.
    mutating func popFront() {
        head = (head + 1) % storage.count
        count -= 1
    }

    /// Empties the queue.
    mutating func removeAll() {
        head = 0
        count = 0
    }
}
