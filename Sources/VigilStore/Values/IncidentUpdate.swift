public import VigilCore

/// One change to a stored incident. Updates name only the fields they change, so an engine
/// extending an incident and an expert assessing it never overwrite each other.
///
/// ```swift
/// try await store.updateIncident(id, [.status(.problemClosed), .assessment(.anomaly), .comment("bearing replaced")])
/// ```
public enum IncidentUpdate: Hashable, Sendable {
    /// Sets or clears the end time.
    case end(Timestamp?)
    /// Sets the handling status.
    case status(IncidentStatus)
    /// Sets or clears the expert's assessment.
    case assessment(ExpertAssessment?)
    /// Replaces the comment.
    case comment(String)
    /// Sets or clears the group.
    case group(Int64?)
    /// Replaces the score that crossed the threshold (e.g. a new peak while the incident lasts).
    case value(Double)
    /// Replaces the ranked contributors.
    case contributors([Contributor])

    /// Applies the change to `incident`.
    public func apply(to incident: inout Incident) {
        switch self {
        case .end(let end): incident.end = end
        case .status(let status): incident.status = status
        case .assessment(let assessment): incident.assessment = assessment
        case .comment(let comment): incident.comment = comment
        case .group(let group): incident.groupID = group
        case .value(let value): incident.value = value
        case .contributors(let contributors): incident.contributors = contributors
        }
    }
}
