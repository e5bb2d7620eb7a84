import Dispatch

/// Runs independent pieces of work on several threads: the ``WorkerPool``'s, or libdispatch's when
/// the pool is already running a region.
///
/// Every caller splits its output into disjoint parts, so results never depend on how many threads
/// ran them.
enum Parallel {
    /// Calls `body(part)` for every part in `0..<parts`, on up to `threads` threads.
    static func forEach(parts: Int, threads: Int, _ body: (Int) -> Void) {
        if parts <= 1 || threads <= 1 {
            for part in 0..<parts { body(part) }
            return
        }
        if WorkerPool.shared.run(parts: parts, threads: min(threads, parts), body) { return }
        withoutActuallyEscaping(body) { body in
            let box = UncheckedBox(body)
            DispatchQueue.concurrentPerform(iterations: parts) { part in box.value(part) }
        }
    }

    /// Splits `0..<count` into at most `threads` contiguous ranges whose bounds are multiples of `alignment`
    /// and calls `body` with each range, in parallel when there is more than one.
    static func forEachRange(count: Int, threads: Int, alignment: Int = 1, _ body: (Range<Int>) -> Void) {
        let ranges = split(count: count, parts: threads, alignment: alignment)
        forEach(parts: ranges.count, threads: threads) { body(ranges[$0]) }
    }

    /// Splits `0..<count` into at most `parts` non-empty contiguous ranges aligned to `alignment`.
    static func split(count: Int, parts: Int, alignment: Int) -> [Range<Int>] {
        guard count > 0 else { return [] }
        let blocks = (count + alignment - 1) / alignment
        let pieces = max(1, min(parts, blocks))
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(pieces)
        var start = 0
        for piece in 0..<pieces {
            let endBlock = blocks * (piece + 1) / pieces
            let end = min(count, endBlock * alignment)
            if end > start { ranges.append(start..<end) }
            start = end
        }
        return ranges
    }
}

/// Carries a non-`Sendable` value into work that the caller joins before returning.
struct UncheckedBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
