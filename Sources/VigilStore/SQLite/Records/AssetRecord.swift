import GRDB
import VigilCore

/// A row of the `asset` table.
struct AssetRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "asset"

    var id: String
    /// Sort key that keeps the tree's order.
    var position: Int
    var name: String
    var details: String
    var parentID: String?

    enum CodingKeys: String, CodingKey {
        case id
        case position
        case name
        case details = "description"
        case parentID = "parent_id"
    }

    init(_ asset: Asset, position: Int) {
        id = asset.id.rawValue
        self.position = position
        name = asset.name
        details = asset.description
        parentID = asset.parentID?.rawValue
    }

    var asset: Asset {
        Asset(id: AssetID(id), name: name, description: details, parentID: parentID.map { AssetID($0) })
    }
}
