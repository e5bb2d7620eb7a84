/// A day of the week, numbered as ISO 8601 does: Monday = 1 … Sunday = 7.
///
/// Written in condition documents by its three-letter English name (`"mon"` … `"sun"`); the full
/// names are accepted too, in any letter case.
public enum Weekday: Int, Hashable, Comparable, Sendable, CaseIterable, CustomStringConvertible {
    /// Monday (1).
    case monday = 1
    /// Tuesday (2).
    case tuesday
    /// Wednesday (3).
    case wednesday
    /// Thursday (4).
    case thursday
    /// Friday (5).
    case friday
    /// Saturday (6).
    case saturday
    /// Sunday (7).
    case sunday

    /// The three-letter name used in condition documents: `"mon"` … `"sun"`.
    public var description: String {
        switch self {
        case .monday: "mon"
        case .tuesday: "tue"
        case .wednesday: "wed"
        case .thursday: "thu"
        case .friday: "fri"
        case .saturday: "sat"
        case .sunday: "sun"
        }
    }

    /// Parses a three-letter or full English day name, ignoring letter case.
    public init?(name: some StringProtocol) {
        let lowered = name.lowercased()
        guard let day = Weekday.allCases.first(where: { lowered == $0.description || lowered == $0.fullName }) else {
            return nil
        }
        self = day
    }

    /// The full lowercase English name, e.g. `"monday"`.
    public var fullName: String {
        switch self {
        case .monday: "monday"
        case .tuesday: "tuesday"
        case .wednesday: "wednesday"
        case .thursday: "thursday"
        case .friday: "friday"
        case .saturday: "saturday"
        case .sunday: "sunday"
        }
    }

    /// The weekday of a timestamp seen at a fixed offset from UTC.
    public init(_ timestamp: Timestamp, offset: UTCOffset = .utc) {
        let days = (timestamp.milliseconds + offset.milliseconds).floorDivided(by: 86_400_000)
        // 1970-01-01 was a Thursday.
        self = Weekday(rawValue: Int((days + 3).floorModulo(7)) + 1)!
    }

    /// Earlier in the ISO week (Monday first).
    public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.rawValue < rhs.rawValue }
}
