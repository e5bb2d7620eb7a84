import Synchronization

/// A clock that only moves when told to: for tests and for replaying history.
///
/// Sleepers wake when ``advance(to:)`` or ``advance(byMilliseconds:)`` passes their deadline, or
/// when their task is cancelled (then `sleep` throws `CancellationError`).
///
/// ```swift
/// let clock = ManualClock(now: Timestamp(seconds: 100))
/// clock.advance(byMilliseconds: 5_000)
/// clock.now    // 105 000 ms
/// ```
public final class ManualClock: WallClock {
    private struct Sleeper {
        let id: Int
        let deadline: Timestamp
        let continuation: CheckedContinuation<Void, any Error>
    }

    private struct State {
        var now: Timestamp
        var sleepers: [Sleeper] = []
        var nextID = 0
        /// Sleeps that have started but not yet parked a continuation.
        var starting: Set<Int> = []
        /// Sleeps cancelled before they parked.
        var cancelled: Set<Int> = []
    }

    private let state: Mutex<State>

    /// Creates a clock reading `now`.
    public init(now: Timestamp = .epoch) {
        state = Mutex(State(now: now))
    }

    public var now: Timestamp { state.withLock { $0.now } }

    /// How many tasks are sleeping on this clock.
    public var sleeperCount: Int { state.withLock { $0.sleepers.count } }

    /// Sets the time, waking every sleeper whose deadline has passed. Time never moves back.
    public func advance(to time: Timestamp) {
        let due: [Sleeper] = state.withLock { state in
            state.now = max(state.now, time)
            let now = state.now
            let due = state.sleepers.filter { $0.deadline <= now }
            state.sleepers.removeAll { $0.deadline <= now }
            return due
        }
        for sleeper in due { sleeper.continuation.resume() }
    }

    /// Moves the time forward by a number of milliseconds.
    public func advance(byMilliseconds delta: Int64) {
        advance(to: now.advanced(byMilliseconds: delta))
    }

    public func sleep(until deadline: Timestamp, tolerance: Swift.Duration?) async throws {
        let id = state.withLock { state -> Int in
            state.nextID += 1
            state.starting.insert(state.nextID)
            return state.nextID
        }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let outcome: Result<Void, any Error>? = state.withLock { state in
                    state.starting.remove(id)
                    if state.cancelled.remove(id) != nil { return .failure(CancellationError()) }
                    if deadline <= state.now { return .success(()) }
                    state.sleepers.append(Sleeper(id: id, deadline: deadline, continuation: continuation))
                    return nil
                }
                if let outcome { continuation.resume(with: outcome) }
            }
        } onCancel: {
            let sleeper: Sleeper? = state.withLock { state in
                guard let index = state.sleepers.firstIndex(where: { $0.id == id }) else {
                    if state.starting.contains(id) { state.cancelled.insert(id) }
                    return nil
                }
                return state.sleepers.remove(at: index)
            }
            sleeper?.continuation.resume(throwing: CancellationError())
        }
    }
}
