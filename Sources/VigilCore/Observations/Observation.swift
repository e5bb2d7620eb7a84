/// One measured value of one tag at one time.
///
/// ```swift
/// let o = Observation(tag: "FT-101", timestamp: Timestamp(seconds: 1_700_000_000), value: 42.5)
/// ```
public struct Observation: Hashable, Sendable, Codable {
    /// The tag measured.
    public var tag: TagID
    /// When it was measured.
    public var timestamp: Timestamp
    /// The value, in the tag's engineering units.
    public var value: Double
    /// How far the source trusts the value; `nil` when it did not say.
    public var quality: ObservationQuality?

    public init(tag: TagID, timestamp: Timestamp, value: Double, quality: ObservationQuality? = nil) {
        self.tag = tag
        self.timestamp = timestamp
        self.value = value
        self.quality = quality
    }
}
