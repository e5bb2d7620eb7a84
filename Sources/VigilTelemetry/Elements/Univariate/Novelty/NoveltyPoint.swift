/// The outcome of one point in a ``NoveltyStream``.
public struct NoveltyPoint: Sendable, Hashable {
    /// Which kind of novelty made the point an event.
    public enum Cause: String, Sendable, Hashable, Codable {
        /// The value reached a level no earlier value reached.
        case newLevel = "new_level"
        /// The recent shape of the series is unlike every remembered shape.
        case newShape = "new_shape"
    }

    /// The anomaly score in [0, 1]; 0 during the warm-up and for ordinary points.
    public var score: Double
    /// What made it an event, when it is one.
    public var cause: Cause?
    /// The channel's event significance (the likelihood step), when it is an event.
    public var significance: Double
    /// For a new level: the distance to the nearest earlier value, in interquartile ranges.
    public var distanceInSpreads: Double?
    /// For a new level: the level's bounds.
    public var level: ClosedRange<Double>?
    /// For a new shape: its distance to the nearest remembered shape, in warm-up ranges.
    public var shapeDistance: Double?
    /// Whether the point is still in the warm-up.
    public var isWarmingUp: Bool
    /// Whether an event was muted because it came too soon after the previous one.
    public var isRefractory: Bool

    static func quiet(warmingUp: Bool) -> NoveltyPoint {
        NoveltyPoint(
            score: 0, cause: nil, significance: 0, distanceInSpreads: nil, level: nil, shapeDistance: nil, isWarmingUp: warmingUp,
            isRefractory: false)
    }
}
