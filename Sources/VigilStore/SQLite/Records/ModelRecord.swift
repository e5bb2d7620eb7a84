import Foundation
import GRDB
import VigilCore

/// A row of the `model` table.
struct ModelRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "model"

    var id: String
    var name: String
    var status: String
    var definition: Data
    var weights: Data
    var createdAt: Int64
    var updatedAt: Int64

    enum CodingKeys: String, CodingKey {
        case id
        case name
        case status
        case definition
        case weights
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    init(_ model: StoredModel) {
        id = model.id
        name = model.name
        status = model.status.rawValue
        definition = Data(model.definition)
        weights = Data(model.weights)
        createdAt = model.createdAt.milliseconds
        updatedAt = model.updatedAt.milliseconds
    }

    func model() throws -> StoredModel {
        StoredModel(
            id: id, name: name, status: try Self.status(status, id: id), definition: Array(definition), weights: Array(weights),
            createdAt: Timestamp(milliseconds: createdAt), updatedAt: Timestamp(milliseconds: updatedAt))
    }

    /// A stored status name as a ``ModelStatus``.
    static func status(_ name: String, id: String) throws -> ModelStatus {
        guard let status = ModelStatus(rawValue: name) else {
            throw StoreError.corruptRecord(table: "model", id: id, reason: "unknown status '\(name)'")
        }
        return status
    }
}
