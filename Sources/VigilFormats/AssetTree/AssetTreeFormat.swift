/// A file format for the asset tree, chosen by file extension.
public enum AssetTreeFormat: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// A workbook with the sheets `Assets` and `Tags` (what MLAD users exchange).
    case xlsx
    /// One CSV file: a `kind` column (`asset` or `tag`) plus the columns of both sheets.
    case csv
    /// The `Codable` form of ``VigilCore/AssetTree``: `{"assets": […], "tags": […]}`.
    case json

    public var description: String { rawValue }

    /// The format a file name's extension names (`.xlsx`, `.csv`, `.tsv`, `.txt`, `.json`, any
    /// case); `nil` for others.
    public init?(path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        switch path[path.index(after: dot)...].lowercased() {
        case "xlsx": self = .xlsx
        case "csv", "tsv", "txt": self = .csv
        case "json": self = .json
        default: return nil
        }
    }
}
