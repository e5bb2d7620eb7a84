/// The columns of asset-tree sheets and CSV files, with the header names each accepts.
///
/// Headers are compared after ``HeaderName`` normalisation, so `Parent ID`, `parent_id` and
/// `ParentId` are the same. The raw values are the names writers use.
enum AssetTreeColumn: String, CaseIterable {
    case kind
    case id
    case name
    case description
    case parentID = "parent_id"
    case assetID = "asset_id"
    case unit
    case lowerTechnicalLimit = "lower_technical_limit"
    case upperTechnicalLimit = "upper_technical_limit"
    case lowerDisplayBound = "lower_display_bound"
    case upperDisplayBound = "upper_display_bound"
    case bias
    case multiplier

    /// Which rows a table holds, which decides the columns and synonyms that apply.
    enum Table {
        /// The `Assets` sheet.
        case assets
        /// The `Tags` sheet.
        case tags
        /// One table of both, told apart by the `kind` column.
        case combined
    }

    /// The columns an `Assets` sheet is written with, in order.
    static let assetColumns: [AssetTreeColumn] = [.id, .name, .description, .parentID]
    /// The columns a `Tags` sheet is written with, in order.
    static let tagColumns: [AssetTreeColumn] = [
        .id, .name, .description, .unit, .assetID, .lowerTechnicalLimit, .upperTechnicalLimit, .lowerDisplayBound,
        .upperDisplayBound, .bias, .multiplier,
    ]
    /// The columns a combined CSV is written with, in order.
    static let combinedColumns: [AssetTreeColumn] = [.kind] + assetColumns + tagColumns.filter { !assetColumns.contains($0) }

    /// The columns of a table.
    static func columns(of table: Table) -> [AssetTreeColumn] {
        switch table {
        case .assets: assetColumns
        case .tags: tagColumns
        case .combined: combinedColumns
        }
    }

    /// Normalised header names that mean this column in a table.
    func synonyms(in table: Table) -> Set<String> {
        let common: [String]
        switch self {
        case .kind: common = ["kind", "type", "rowtype", "recordtype", "entity"]
        case .id:
            common =
                switch table {
                case .assets: ["id", "identifier", "key", "code", "assetid", "asset", "assetkey"]
                case .tags: ["id", "identifier", "key", "code", "tagid", "tag", "tagkey"]
                case .combined: ["id", "identifier", "key", "code"]
                }
        case .name:
            common = ["name", "title", "displayname"] + (table == .assets ? ["assetname"] : table == .tags ? ["tagname"] : [])
        case .description: common = ["description", "desc", "comment", "comments", "note", "notes"]
        case .parentID: common = ["parentid", "parent", "parentasset", "parentassetid", "parentkey"]
        case .assetID: common = ["assetid", "asset", "assetkey", "tagasset"] + (table == .tags ? ["parentid", "parent", "parentasset"] : [])
        case .unit: common = ["unit", "units", "engineeringunit", "engineeringunits", "eu", "uom", "unitofmeasure"]
        case .lowerTechnicalLimit: common = Self.limitNames(["lower", "low", "min"], ["technicallimit", "limit", "blockingthreshold", "threshold"])
        case .upperTechnicalLimit: common = Self.limitNames(["upper", "high", "max"], ["technicallimit", "limit", "blockingthreshold", "threshold"])
        case .lowerDisplayBound: common = Self.limitNames(["lower", "low", "min"], ["displaybound", "displaylimit", "display", "displayrange"])
        case .upperDisplayBound: common = Self.limitNames(["upper", "high", "max"], ["displaybound", "displaylimit", "display", "displayrange"])
        case .bias: common = ["bias", "offset"]
        case .multiplier: common = ["multiplier", "scale", "factor", "gain", "scalefactor"]
        }
        return Set(common + [HeaderName.normalized(rawValue)])
    }

    /// Every side-first and side-last combination: `lowerlimit`, `limitlower`, `displaymin` …
    private static func limitNames(_ sides: [String], _ nouns: [String]) -> [String] {
        sides.flatMap { side in nouns.flatMap { noun in [side + noun, noun + side] } }
            + (sides.contains("min") ? ["minimum" + nouns[0]] : ["maximum" + nouns[0]])
    }
}
