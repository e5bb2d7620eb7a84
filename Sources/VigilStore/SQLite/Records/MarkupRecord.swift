import Foundation
import GRDB
import VigilCore

/// A row of the `markup` table: the markup's JSON encoding under its id.
struct MarkupRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "markup"

    var id: String
    var document: String

    init(_ markup: Markup) throws {
        id = markup.id
        document = String(decoding: try JSONEncoder().encode(markup), as: UTF8.self)
    }

    func markup() throws -> Markup {
        do {
            return try JSONDecoder().decode(Markup.self, from: Data(document.utf8))
        } catch {
            throw StoreError.corruptRecord(table: "markup", id: id, reason: "\(error)")
        }
    }
}
