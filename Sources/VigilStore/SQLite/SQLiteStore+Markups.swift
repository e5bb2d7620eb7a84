import GRDB
public import VigilCore

extension SQLiteStore {
    /// Saves a markup, replacing one with the same id.
    public func saveMarkup(_ markup: Markup) async throws {
        let record = try MarkupRecord(markup)
        try await writer.write { db in try record.save(db) }
    }

    /// The markup with this id, if any.
    public func markup(id: String) async throws -> Markup? {
        try await writer.read { db in try MarkupRecord.fetchOne(db, key: id)?.markup() }
    }

    /// Every markup, sorted by id.
    public func markups() async throws -> [Markup] {
        try await writer.read { db in try MarkupRecord.fetchAll(db, sql: "SELECT * FROM markup ORDER BY id").map { try $0.markup() } }
    }

    /// Deletes a markup; returns whether it was there.
    @discardableResult
    public func deleteMarkup(id: String) async throws -> Bool {
        try await writer.write { db in try MarkupRecord.deleteOne(db, key: id) }
    }
}
