public import VigilCore

/// Which incidents to list or count; every criterion left `nil` (or empty) matches everything.
///
/// ```swift
/// var filter = IncidentFilter(kinds: [.forecaster], modelID: "pump-model")
/// filter.during = Timestamp(seconds: 0)...Timestamp(seconds: 86_400)
/// let page = try await store.incidents(matching: filter, limit: 50, offset: 0)
/// ```
public struct IncidentFilter: Hashable, Sendable {
    /// Any of these kinds.
    public var kinds: Set<IncidentKind>
    /// From this model.
    public var modelID: String?
    /// From this element (or source).
    public var elementID: String?
    /// In any of these statuses.
    public var statuses: Set<IncidentStatus>
    /// Active at some time in this range: started at or before its end and not ended before its
    /// start (an incident without an end is still active).
    public var during: ClosedRange<Timestamp>?
    /// With this name among its contributors, at any rank.
    public var contributor: String?
    /// With this name as its first contributor (MLAD's top tag).
    public var topContributor: String?
    /// In this group.
    public var groupID: Int64?

    /// Creates a filter; the defaults match every incident.
    public init(
        kinds: Set<IncidentKind> = [], modelID: String? = nil, elementID: String? = nil, statuses: Set<IncidentStatus> = [],
        during: ClosedRange<Timestamp>? = nil, contributor: String? = nil, topContributor: String? = nil, groupID: Int64? = nil
    ) {
        self.kinds = kinds
        self.modelID = modelID
        self.elementID = elementID
        self.statuses = statuses
        self.during = during
        self.contributor = contributor
        self.topContributor = topContributor
        self.groupID = groupID
    }

    /// A filter matching every incident.
    public static let all = IncidentFilter()

    /// Whether `incident` meets every criterion.
    public func matches(_ incident: Incident) -> Bool {
        if !kinds.isEmpty, !kinds.contains(incident.kind) { return false }
        if let modelID, incident.modelID != modelID { return false }
        if let elementID, incident.elementID != elementID { return false }
        if !statuses.isEmpty, !statuses.contains(incident.status) { return false }
        if let during {
            if incident.start > during.upperBound { return false }
            if let end = incident.end, end < during.lowerBound { return false }
        }
        if let contributor, !incident.contributors.contains(where: { $0.name == contributor }) { return false }
        if let topContributor, incident.topContributor?.name != topContributor { return false }
        if let groupID, incident.groupID != groupID { return false }
        return true
    }
}
