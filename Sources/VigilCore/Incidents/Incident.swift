/// A detected anomaly that explains itself: what deviated, by how much, against which threshold.
///
/// ```swift
/// let incident = Incident(
///     kind: .limit, modelID: nil, elementID: "limits", start: now, value: 181, threshold: 180,
///     contributors: [Contributor(name: "FT-101", share: 1, value: 181)], cause: "upper technical limit")
/// ```
public struct Incident: Hashable, Sendable, Codable, Identifiable {
    /// Assigned by the store on insert; 0 until then.
    public var id: Int64
    /// What raised it.
    public var kind: IncidentKind
    /// The model it came from; `nil` for stream-processor incidents.
    public var modelID: String?
    /// The element (detector) within the model, or the source (stream processor, log group).
    public var elementID: String?
    /// When the anomaly began.
    public var start: Timestamp
    /// When it ended; `nil` while it lasts.
    public var end: Timestamp?
    /// The score, error or value that crossed the threshold.
    public var value: Double
    /// The threshold it crossed.
    public var threshold: Double
    /// What contributed, most first.
    public var contributors: [Contributor]
    /// A short automatic explanation ("upper technical limit", "prediction error").
    public var cause: String
    /// Handling status.
    public var status: IncidentStatus
    /// The expert's verdict, once given.
    public var assessment: ExpertAssessment?
    /// Free-text comment.
    public var comment: String
    /// The group of similar incidents it belongs to.
    public var groupID: Int64?

    public init(
        id: Int64 = 0, kind: IncidentKind, modelID: String? = nil, elementID: String? = nil, start: Timestamp,
        end: Timestamp? = nil, value: Double, threshold: Double, contributors: [Contributor] = [], cause: String = "",
        status: IncidentStatus = .unknown, assessment: ExpertAssessment? = nil, comment: String = "", groupID: Int64? = nil
    ) {
        self.id = id
        self.kind = kind
        self.modelID = modelID
        self.elementID = elementID
        self.start = start
        self.end = end
        self.value = value
        self.threshold = threshold
        self.contributors = contributors
        self.cause = cause
        self.status = status
        self.assessment = assessment
        self.comment = comment
        self.groupID = groupID
    }

    /// The first contributor: MLAD's "top tag".
    public var topContributor: Contributor? { contributors.first }
}
