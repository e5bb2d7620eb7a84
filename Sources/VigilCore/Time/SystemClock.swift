#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The real wall clock (`CLOCK_REALTIME`), with millisecond resolution.
public struct SystemClock: WallClock {
    public init() {}

    public var now: Timestamp {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        return Timestamp(milliseconds: Int64(spec.tv_sec) * 1000 + Int64(spec.tv_nsec) / 1_000_000)
    }

    public func sleep(until deadline: Timestamp, tolerance: Swift.Duration?) async throws {
        let remaining = now.duration(to: deadline)
        if remaining > .zero {
            try await ContinuousClock().sleep(for: remaining, tolerance: tolerance)
        }
    }
}
