import Testing

@testable import VigilCore

/// The manual clock wakes sleepers when time passes their deadline and honours cancellation.
@Suite(.timeLimit(.minutes(1)))
struct ManualClockTests {
    /// Waits until `count` tasks sleep on the clock.
    private func waitForSleepers(_ clock: ManualClock, count: Int) async {
        while clock.sleeperCount < count { await Task.yield() }
    }

    @Test func advancingPastTheDeadlineWakesTheSleeper() async throws {
        let clock = ManualClock(now: Timestamp(seconds: 100))
        let sleeper = Task { () async throws -> Timestamp in
            try await clock.sleep(until: Timestamp(seconds: 105), tolerance: nil)
            return clock.now
        }
        await waitForSleepers(clock, count: 1)
        clock.advance(byMilliseconds: 4_999)
        #expect(clock.sleeperCount == 1)
        clock.advance(byMilliseconds: 1)
        #expect(try await sleeper.value == Timestamp(seconds: 105))
        #expect(clock.sleeperCount == 0)
    }

    @Test func onlyDueSleepersWake() async throws {
        let clock = ManualClock()
        let early = Task { try await clock.sleep(for: .seconds(1)) }
        let late = Task { try await clock.sleep(for: .seconds(10)) }
        await waitForSleepers(clock, count: 2)
        clock.advance(to: Timestamp(seconds: 2))
        try await early.value
        #expect(clock.sleeperCount == 1)
        clock.advance(to: Timestamp(seconds: 10))
        try await late.value
    }

    @Test func aPastDeadlineReturnsAtOnce() async throws {
        let clock = ManualClock(now: Timestamp(seconds: 10))
        try await clock.sleep(until: Timestamp(seconds: 5), tolerance: nil)
        #expect(clock.sleeperCount == 0)
    }

    @Test func timeNeverMovesBack() {
        let clock = ManualClock(now: Timestamp(seconds: 10))
        clock.advance(to: Timestamp(seconds: 5))
        #expect(clock.now == Timestamp(seconds: 10))
        clock.advance(byMilliseconds: 250)
        #expect(clock.now.milliseconds == 10_250)
    }

    @Test func cancellingASleeperThrows() async {
        let clock = ManualClock()
        let sleeper = Task { try await clock.sleep(until: Timestamp(seconds: 60), tolerance: nil) }
        await waitForSleepers(clock, count: 1)
        sleeper.cancel()
        await #expect(throws: CancellationError.self) { try await sleeper.value }
        #expect(clock.sleeperCount == 0)
    }

    @Test func aTaskCancelledBeforeSleepingThrowsAtOnce() async {
        let clock = ManualClock()
        let sleeper = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            try await clock.sleep(until: Timestamp(seconds: 60), tolerance: nil)
        }
        await #expect(throws: CancellationError.self) { try await sleeper.value }
        #expect(clock.sleeperCount == 0)
    }

    @Test func theSystemClockReadsWallTime() {
        let now = SystemClock().now
        #expect(now > Timestamp(iso8601: "2024-01-01")!)
        #expect(SystemClock().minimumResolution == .milliseconds(1))
    }
}
