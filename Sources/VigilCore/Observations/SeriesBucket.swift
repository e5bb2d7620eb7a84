/// Summary of one tag's values in one time bucket: what a downsampled read returns for charts.
public struct SeriesBucket: Hashable, Sendable, Codable {
    /// Start of the bucket (inclusive); the bucket ends where the next one starts.
    public var start: Timestamp
    /// Number of values in the bucket (> 0: empty buckets are not returned).
    public var count: Int
    public var min: Double
    public var max: Double
    public var mean: Double

    public init(start: Timestamp, count: Int, min: Double, max: Double, mean: Double) {
        self.start = start
        self.count = count
        self.min = min
        self.max = max
        self.mean = mean
    }
}
