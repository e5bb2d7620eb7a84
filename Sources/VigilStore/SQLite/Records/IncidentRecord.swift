import Foundation
import GRDB
import VigilCore

/// A row of the `incident` table. Contributors are stored as a JSON array, with the first one's
/// name repeated in `top_contributor` for filtering; NaN scores are stored as NULL.
struct IncidentRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "incident"

    var id: Int64?
    var kind: String
    var modelID: String?
    var elementID: String?
    var startTime: Int64
    var endTime: Int64?
    var value: Double?
    var threshold: Double?
    var contributors: String
    var topContributor: String?
    var cause: String
    var status: String
    var assessment: String?
    var comment: String
    var groupID: Int64?

    enum CodingKeys: String, CodingKey {
        case id
        case kind
        case modelID = "model_id"
        case elementID = "element_id"
        case startTime = "start_time"
        case endTime = "end_time"
        case value
        case threshold
        case contributors
        case topContributor = "top_contributor"
        case cause
        case status
        case assessment
        case comment
        case groupID = "group_id"
    }

    init(_ incident: Incident) throws {
        id = incident.id == 0 ? nil : incident.id
        kind = incident.kind.rawValue
        modelID = incident.modelID
        elementID = incident.elementID
        startTime = incident.start.milliseconds
        endTime = incident.end?.milliseconds
        value = incident.value.isNaN ? nil : incident.value
        threshold = incident.threshold.isNaN ? nil : incident.threshold
        contributors = String(decoding: try Self.encoder.encode(incident.contributors), as: UTF8.self)
        topContributor = incident.topContributor?.name
        cause = incident.cause
        status = incident.status.rawValue
        assessment = incident.assessment?.rawValue
        comment = incident.comment
        groupID = incident.groupID
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    func incident() throws -> Incident {
        let identifier = id ?? 0
        let ranked: [Contributor]
        do {
            ranked = try Self.decoder.decode([Contributor].self, from: Data(contributors.utf8))
        } catch {
            throw StoreError.corruptRecord(table: "incident", id: "\(identifier)", reason: "contributors: \(error)")
        }
        var assessed: ExpertAssessment?
        if let assessment {
            guard let known = ExpertAssessment(rawValue: assessment) else {
                throw StoreError.corruptRecord(table: "incident", id: "\(identifier)", reason: "unknown assessment '\(assessment)'")
            }
            assessed = known
        }
        return Incident(
            id: identifier, kind: IncidentKind(rawValue: kind), modelID: modelID, elementID: elementID,
            start: Timestamp(milliseconds: startTime), end: endTime.map(Timestamp.init(milliseconds:)), value: value ?? .nan,
            threshold: threshold ?? .nan, contributors: ranked, cause: cause, status: IncidentStatus(rawValue: status),
            assessment: assessed, comment: comment, groupID: groupID)
    }

    /// JSON for contributors; non-finite numbers are written as strings so they round-trip.
    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return encoder
    }()

    private static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return decoder
    }()
}
