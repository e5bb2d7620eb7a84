/// Where in an asset-tree file something was found: file, sheet, row and column, or JSON path.
public struct AssetTreeLocation: Hashable, Sendable, CustomStringConvertible {
    /// The file name (or source name).
    public var file: String
    /// The worksheet, for XLSX files.
    public var sheet: String?
    /// The row number (XLSX) or line number (CSV), counting from 1.
    public var row: Int?
    /// The column: a letter in XLSX, a position counting from 1 in CSV.
    public var column: String?
    /// The column's header text.
    public var header: String?
    /// The JSON path, for JSON files (`tags[3].multiplier`).
    public var jsonPath: String?

    /// Creates a location.
    public init(
        file: String, sheet: String? = nil, row: Int? = nil, column: String? = nil, header: String? = nil, jsonPath: String? = nil
    ) {
        self.file = file
        self.sheet = sheet
        self.row = row
        self.column = column
        self.header = header
        self.jsonPath = jsonPath
    }

    /// The same place, narrowed to a column.
    func at(column: String, header: String) -> AssetTreeLocation {
        var location = self
        location.column = column
        location.header = header
        return location
    }

    /// `tree.xlsx, sheet Tags, row 7, column F (upper_technical_limit)`; CSV says `line`.
    public var description: String {
        var parts = [file]
        if let sheet { parts.append("sheet \(sheet)") }
        if let row { parts.append((sheet == nil ? "line " : "row ") + "\(row)") }
        if let column { parts.append("column \(column)" + (header.map { " (\($0))" } ?? "")) }
        if let jsonPath { parts.append("at \(jsonPath)") }
        return parts.joined(separator: ", ")
    }
}
