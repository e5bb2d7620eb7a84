/// A point in time: milliseconds since the Unix epoch, UTC.
///
/// Every time value in Vigil is a `Timestamp`. It is an `InstantProtocol`, so the ``Clock``
/// implementations can sleep until one and durations between two are Swift `Duration`s.
///
/// ```swift
/// let t = Timestamp(milliseconds: 1_700_000_000_000)
/// let later = t.advanced(byMilliseconds: 60_000)
/// print(later.iso8601)   // "2023-11-14T22:14:20Z"
/// ```
public struct Timestamp: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// Milliseconds since 1970-01-01T00:00:00Z.
    public var milliseconds: Int64

    /// Creates a timestamp from milliseconds since the Unix epoch.
    public init(milliseconds: Int64) {
        self.milliseconds = milliseconds
    }

    /// Creates a timestamp from whole seconds since the Unix epoch.
    public init(seconds: Int64) {
        self.milliseconds = seconds * 1000
    }

    /// The Unix epoch.
    public static let epoch = Timestamp(milliseconds: 0)

    /// Seconds since the epoch as a `Double`.
    public var secondsSinceEpoch: Double { Double(milliseconds) / 1000 }

    /// This timestamp moved by a number of milliseconds.
    public func advanced(byMilliseconds delta: Int64) -> Timestamp {
        Timestamp(milliseconds: milliseconds + delta)
    }

    /// Milliseconds from this timestamp to `other` (positive when `other` is later).
    public func milliseconds(to other: Timestamp) -> Int64 {
        other.milliseconds - milliseconds
    }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        lhs.milliseconds < rhs.milliseconds
    }

    public var description: String { iso8601 }

    public init(from decoder: any Decoder) throws {
        milliseconds = try decoder.singleValueContainer().decode(Int64.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(milliseconds)
    }
}

extension Timestamp: InstantProtocol {
    public func advanced(by duration: Duration) -> Timestamp {
        advanced(byMilliseconds: duration.wholeMilliseconds)
    }

    public func duration(to other: Timestamp) -> Duration {
        .milliseconds(milliseconds(to: other))
    }
}

extension Duration {
    /// The duration in whole milliseconds, rounded toward zero.
    public var wholeMilliseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }
}
