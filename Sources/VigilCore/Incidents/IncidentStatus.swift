/// The handling status of an incident, with MLAD's default set. Administrators may add more,
/// so this is an open set of names.
public struct IncidentStatus: StringIdentifier {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    /// The status of a new incident.
    public static let unknown = IncidentStatus(rawValue: "unknown")
    public static let underReview = IncidentStatus(rawValue: "under_review")
    public static let decisionPending = IncidentStatus(rawValue: "decision_pending")
    public static let instructionsIssued = IncidentStatus(rawValue: "instructions_issued")
    public static let problemClosed = IncidentStatus(rawValue: "problem_closed")
    public static let causeUnknown = IncidentStatus(rawValue: "cause_unknown")
    public static let ignore = IncidentStatus(rawValue: "ignore")
    public static let falsePositive = IncidentStatus(rawValue: "false_positive")

    /// MLAD's default statuses, in its order.
    public static let defaults: [IncidentStatus] = [
        .unknown, .underReview, .decisionPending, .instructionsIssued, .problemClosed, .causeUnknown, .ignore, .falsePositive,
    ]

    /// Whether incidents in this status notify by default (off for `problemClosed` and `ignore`, as in MLAD).
    public var notifiesByDefault: Bool { self != .problemClosed && self != .ignore }

}
