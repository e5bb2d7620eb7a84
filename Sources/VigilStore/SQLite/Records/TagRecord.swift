import GRDB
import VigilCore

/// A row of the `tag` table.
struct TagRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "tag"

    var id: String
    /// Sort key that keeps the tree's order.
    var position: Int
    var name: String
    var details: String
    var unit: String
    var assetID: String?
    var technicalLower: Double?
    var technicalUpper: Double?
    var displayLower: Double?
    var displayUpper: Double?
    var bias: Double
    var multiplier: Double

    enum CodingKeys: String, CodingKey {
        case id
        case position
        case name
        case details = "description"
        case unit
        case assetID = "asset_id"
        case technicalLower = "technical_lower"
        case technicalUpper = "technical_upper"
        case displayLower = "display_lower"
        case displayUpper = "display_upper"
        case bias
        case multiplier
    }

    init(_ tag: Tag, position: Int) {
        id = tag.id.rawValue
        self.position = position
        name = tag.name
        details = tag.description
        unit = tag.unit
        assetID = tag.assetID?.rawValue
        technicalLower = tag.technicalLimits.lower
        technicalUpper = tag.technicalLimits.upper
        displayLower = tag.displayBounds.lower
        displayUpper = tag.displayBounds.upper
        bias = tag.bias
        multiplier = tag.multiplier
    }

    var tag: Tag {
        Tag(
            id: TagID(id), name: name, description: details, unit: unit, assetID: assetID.map { AssetID($0) },
            technicalLimits: ValueBounds(lower: technicalLower, upper: technicalUpper),
            displayBounds: ValueBounds(lower: displayLower, upper: displayUpper), bias: bias, multiplier: multiplier)
    }
}
