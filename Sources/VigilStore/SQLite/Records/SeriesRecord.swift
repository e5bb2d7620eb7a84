import GRDB

/// A row of the `series` table: one per tag with observations, with its span and count.
struct SeriesRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "series"

    var id: Int64?
    var tagID: String
    var firstTime: Int64
    var lastTime: Int64
    var pointCount: Int

    enum CodingKeys: String, CodingKey {
        case id
        case tagID = "tag_id"
        case firstTime = "first_time"
        case lastTime = "last_time"
        case pointCount = "point_count"
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
