public import VigilCore

/// What a store holds for one tag: the time span and number of its observations.
public struct SeriesSummary: Hashable, Sendable, Codable {
    /// The tag (it need not be in the asset tree).
    public var tag: TagID
    /// The earliest observation.
    public var first: Timestamp
    /// The latest observation.
    public var last: Timestamp
    /// How many observations (distinct timestamps).
    public var count: Int

    /// Creates a summary.
    public init(tag: TagID, first: Timestamp, last: Timestamp, count: Int) {
        self.tag = tag
        self.first = first
        self.last = last
        self.count = count
    }
}
