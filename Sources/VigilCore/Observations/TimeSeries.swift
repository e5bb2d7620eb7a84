/// One tag's values over time in columnar form: what range reads return and detectors consume.
///
/// Timestamps are strictly increasing milliseconds since the epoch; `values[i]` was measured at
/// `timestamps[i]`.
///
/// ```swift
/// var series = TimeSeries(tag: "FT-101")
/// series.append(Timestamp(seconds: 0), 1.5)
/// series.count   // 1
/// ```
public struct TimeSeries: Hashable, Sendable, Codable {
    /// The tag the values belong to.
    public var tag: TagID
    /// Milliseconds since the epoch, strictly increasing.
    public var timestamps: [Int64]
    /// Values, one per timestamp.
    public var values: [Double]

    public init(tag: TagID, timestamps: [Int64] = [], values: [Double] = []) {
        precondition(timestamps.count == values.count, "a series needs one value per timestamp")
        self.tag = tag
        self.timestamps = timestamps
        self.values = values
    }

    private enum CodingKeys: String, CodingKey { case tag, timestamps, values }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let timestamps = try container.decode([Int64].self, forKey: .timestamps)
        let values = try container.decode([Double].self, forKey: .values)
        guard timestamps.count == values.count else {
            throw DecodingError.dataCorruptedError(
                forKey: .values, in: container,
                debugDescription: "\(values.count) values for \(timestamps.count) timestamps: a series needs one value per timestamp")
        }
        self.init(tag: try container.decode(TagID.self, forKey: .tag), timestamps: timestamps, values: values)
    }

    /// Number of points.
    public var count: Int { timestamps.count }

    /// Whether there are no points.
    public var isEmpty: Bool { timestamps.isEmpty }

    /// Appends one point. - Precondition: `time` is later than the last point.
    public mutating func append(_ time: Timestamp, _ value: Double) {
        precondition(timestamps.last.map { $0 < time.milliseconds } ?? true, "points must be appended in time order")
        timestamps.append(time.milliseconds)
        values.append(value)
    }

    /// The point at an index.
    public subscript(index: Int) -> TimedValue {
        TimedValue(timestamp: Timestamp(milliseconds: timestamps[index]), value: values[index])
    }

    /// The series as tagged observations.
    public var observations: [Observation] {
        (0..<count).map { Observation(tag: tag, timestamp: Timestamp(milliseconds: timestamps[$0]), value: values[$0]) }
    }
}
