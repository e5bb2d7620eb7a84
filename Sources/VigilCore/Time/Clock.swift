/// Where Vigil's components read the current time.
///
/// A `Clock` whose instants are ``Timestamp``s, so code can both read wall time (`now`) and sleep
/// until a timestamp. Production code uses ``SystemClock``; tests inject a ``ManualClock`` and
/// move time by hand. Nothing in Vigil reads the time any other way.
public protocol WallClock: Clock, Sendable where Instant == Timestamp, Duration == Swift.Duration {}

extension WallClock {
    public var minimumResolution: Swift.Duration { .milliseconds(1) }
}
