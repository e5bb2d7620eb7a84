/// A value at a time, without its tag: what a range read of one tag returns.
public struct TimedValue: Hashable, Sendable, Codable {
    public var timestamp: Timestamp
    public var value: Double

    public init(timestamp: Timestamp, value: Double) {
        self.timestamp = timestamp
        self.value = value
    }
}
