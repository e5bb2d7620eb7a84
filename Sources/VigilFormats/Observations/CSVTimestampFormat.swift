/// How timestamps are written in a CSV column.
public enum CSVTimestampFormat: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// Date-time text as ``VigilCore/Timestamp/parse(_:)`` accepts it (`2024-01-01T00:00:00`,
    /// `2015-08-31 18:22:00`, fractions, `Z` or `±hh:mm`); writers use `%Y-%m-%dT%H:%M:%S[.fff]` UTC.
    case iso8601
    /// Seconds since the Unix epoch, optionally with a fraction (`1700000000.5`).
    case epochSeconds
    /// Milliseconds since the Unix epoch.
    case epochMilliseconds

    public var description: String { rawValue }

    /// Magnitude from which an epoch number is read as milliseconds when the unit is auto-detected:
    /// 10¹¹ seconds is the year 5138, 10¹¹ milliseconds is March 1973.
    public static let millisecondsThreshold: Double = 1e11
}
