public import VigilCore

/// Why a point was flagged: its value, what was expected, and the parts of the score.
public struct PointExplanation: Sendable, Hashable, Codable {
    /// Index of the point in the series.
    public var index: Int
    /// When it was measured.
    public var timestamp: Timestamp
    /// Its value.
    public var value: Double
    /// Its anomaly score in [0, 1].
    public var score: Double
    /// The value the detector expected (a forecast, a reconstruction, a typical level), when it has one.
    public var expected: Double?
    /// One sentence a user can read: "value 93.1 is 6.2σ above the 1-day level 71.4".
    public var reason: String
    /// The named parts of the score (e.g. `reconstructionError`, `threshold`, `likelihood`), largest first.
    public var components: [Contributor]

    public init(
        index: Int, timestamp: Timestamp, value: Double, score: Double, expected: Double? = nil, reason: String,
        components: [Contributor] = []
    ) {
        self.index = index
        self.timestamp = timestamp
        self.value = value
        self.score = score
        self.expected = expected
        self.reason = reason
        self.components = components
    }
}
