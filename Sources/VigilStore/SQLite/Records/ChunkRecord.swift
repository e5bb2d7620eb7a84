import Foundation
import GRDB

/// A row of the `chunk` table: a run of one series' points, encoded by ``ChunkBuilder``.
/// The chunks of a series never overlap in time.
struct ChunkRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "chunk"

    var id: Int64?
    var seriesID: Int64
    /// First timestamp.
    var startTime: Int64
    /// Last timestamp.
    var endTime: Int64
    var pointCount: Int
    var data: Data

    enum CodingKeys: String, CodingKey {
        case id
        case seriesID = "series_id"
        case startTime = "start_time"
        case endTime = "end_time"
        case pointCount = "point_count"
        case data
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
