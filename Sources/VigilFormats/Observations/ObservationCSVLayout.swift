/// How a CSV file arranges observations.
public enum ObservationCSVLayout: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// One observation per row: `timestamp;tag_name;value[;quality]` (MLAD's HTTP connector).
    case long
    /// One row per time: a timestamp column, then one column per tag (NAB, SKAB, spreadsheets).
    case wide

    public var description: String { rawValue }
}
