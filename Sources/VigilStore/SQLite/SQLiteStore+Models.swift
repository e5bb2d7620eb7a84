import GRDB
import VigilCore

extension SQLiteStore {
    /// Saves a model, stamping `createdAt` (kept from the first save) and `updatedAt`.
    @discardableResult
    public func saveModel(_ model: StoredModel) async throws -> StoredModel {
        let now = clock.now
        return try await writer.write { db in
            var stored = model
            let created = try Int64.fetchOne(db, sql: "SELECT created_at FROM model WHERE id = ?", arguments: [model.id])
            stored.createdAt = created.map(Timestamp.init(milliseconds:)) ?? now
            stored.updatedAt = now
            try ModelRecord(stored).save(db)
            return stored
        }
    }

    /// The model with this id, with its payloads.
    public func model(id: String) async throws -> StoredModel? {
        try await writer.read { db in try ModelRecord.fetchOne(db, key: id)?.model() }
    }

    /// Every model without its payloads, sorted by id.
    public func modelSummaries() async throws -> [StoredModelSummary] {
        try await writer.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT id, name, status, length(definition), length(weights), created_at, updated_at
                    FROM model ORDER BY id
                    """
            ).map { row in
                let id: String = row[0]
                return StoredModelSummary(
                    id: id, name: row[1], status: try ModelRecord.status(row[2], id: id), definitionSize: row[3], weightsSize: row[4],
                    createdAt: Timestamp(milliseconds: row[5]), updatedAt: Timestamp(milliseconds: row[6]))
            }
        }
    }

    /// Deletes a model; returns whether it was there.
    @discardableResult
    public func deleteModel(id: String) async throws -> Bool {
        try await writer.write { db in try ModelRecord.deleteOne(db, key: id) }
    }
}
