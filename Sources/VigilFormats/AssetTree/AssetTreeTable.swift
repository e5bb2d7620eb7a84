import Foundation
import VigilCore

/// One table of an asset-tree file — an XLSX sheet or a CSV file — as header and rows of cells,
/// decoded into assets and tags with their locations.
struct AssetTreeTable {
    /// A data row and where it is.
    struct Row {
        var location: AssetTreeLocation
        var cells: [XLSXCell]
    }

    /// Which rows the table holds.
    var table: AssetTreeColumn.Table
    /// Where the header row is.
    var headerLocation: AssetTreeLocation
    /// The header texts.
    var headers: [String]
    /// The data rows.
    var rows: [Row]
    /// How a column position is shown in locations (`F` in XLSX, `6` in CSV).
    var columnLabel: (Int) -> String

    /// A table from an XLSX sheet: the first non-blank row is the header.
    init(sheet: XLSXSheet, table: AssetTreeColumn.Table, file: String) {
        let content = sheet.rows.filter { !$0.cells.allSatisfy(\.isBlank) }
        self.table = table
        headerLocation = AssetTreeLocation(file: file, sheet: sheet.name, row: content.first?.number)
        headers = content.first?.cells.map { $0.text.trimmingCharacters(in: .whitespaces) } ?? []
        rows = content.dropFirst().map { Row(location: AssetTreeLocation(file: file, sheet: sheet.name, row: $0.number), cells: $0.cells) }
        columnLabel = XLSXCellReference.columnName
    }

    /// A table from CSV records: the first one is the header.
    init(csv: CSVTable, file: String) {
        table = .combined
        headerLocation = AssetTreeLocation(file: file, row: csv.rows.first?.line)
        headers = csv.rows.first?.fields ?? []
        rows = csv.rows.dropFirst().map { Row(location: AssetTreeLocation(file: file, row: $0.line), cells: $0.fields.map { .text($0) }) }
        columnLabel = { String($0 + 1) }
    }

    /// Whether a header names the `kind` column.
    var hasKindColumn: Bool {
        let synonyms = AssetTreeColumn.kind.synonyms(in: .combined)
        return headers.contains { synonyms.contains(HeaderName.normalized($0)) }
    }

    /// Decodes every row into `document`.
    /// - Throws: ``AssetTreeFormatError`` naming the row and column.
    func decode(into document: inout AssetTreeDocument) throws(AssetTreeFormatError) {
        let positions = try resolveColumns(ignored: &document.ignoredColumns)
        for row in rows where !row.cells.allSatisfy(\.isBlank) {
            let reader = RowReader(row: row, positions: positions, headers: headers, columnLabel: columnLabel)
            let isAsset: Bool
            switch table {
            case .assets: isAsset = true
            case .tags: isAsset = false
            case .combined:
                let kind = reader.text(.kind) ?? ""
                switch HeaderName.normalized(kind) {
                case "asset", "assets", "a": isAsset = true
                case "tag", "tags", "t": isAsset = false
                default: throw reader.error(.kind, .unknownKind(kind))
                }
            }
            guard let id = reader.text(.id) else { throw reader.error(.id, .emptyID) }
            if isAsset {
                let asset = Asset(
                    id: AssetID(id), name: reader.text(.name), description: reader.text(.description) ?? "",
                    parentID: reader.text(.parentID).map { AssetID($0) })
                try document.add(asset, at: row.location)
            } else {
                let tag = Tag(
                    id: TagID(id), name: reader.text(.name), description: reader.text(.description) ?? "", unit: reader.text(.unit) ?? "",
                    assetID: reader.text(.assetID).map { AssetID($0) },
                    technicalLimits: ValueBounds(lower: try reader.number(.lowerTechnicalLimit), upper: try reader.number(.upperTechnicalLimit)),
                    displayBounds: ValueBounds(lower: try reader.number(.lowerDisplayBound), upper: try reader.number(.upperDisplayBound)),
                    bias: try reader.number(.bias) ?? 0, multiplier: try reader.number(.multiplier) ?? 1)
                try document.add(tag, at: row.location)
            }
        }
    }

    /// Maps each known column to its position; unknown headers are recorded as ignored.
    private func resolveColumns(ignored: inout [String]) throws(AssetTreeFormatError) -> [AssetTreeColumn: Int] {
        let columns = AssetTreeColumn.columns(of: table)
        var positions: [AssetTreeColumn: Int] = [:]
        for (index, header) in headers.enumerated() where !header.isEmpty {
            let normalized = HeaderName.normalized(header)
            guard let column = columns.first(where: { $0.synonyms(in: table).contains(normalized) }) else {
                ignored.append(headerLocation.sheet.map { "\($0): \(header)" } ?? header)
                continue
            }
            if let earlier = positions[column] {
                let location = headerLocation.at(column: columnLabel(index), header: header)
                throw AssetTreeFormatError(
                    location: location, reason: .duplicateColumn("\(column.rawValue) ('\(headers[earlier])' and '\(header)')"))
            }
            positions[column] = index
        }
        for required in table == .combined ? [AssetTreeColumn.kind, .id] : [.id] where positions[required] == nil {
            throw AssetTreeFormatError(location: headerLocation, reason: .missingColumn(required.rawValue, found: headers.filter { !$0.isEmpty }))
        }
        return positions
    }
}

/// Reads the cells of one row by column.
private struct RowReader {
    var row: AssetTreeTable.Row
    var positions: [AssetTreeColumn: Int]
    var headers: [String]
    var columnLabel: (Int) -> String

    /// The text of a column, trimmed unless it is a name or description; `nil` when the column
    /// is absent or the cell is blank.
    func text(_ column: AssetTreeColumn) -> String? {
        guard let index = positions[column], index < row.cells.count, !row.cells[index].isBlank else { return nil }
        let text = row.cells[index].text
        return column == .name || column == .description ? text : text.trimmingCharacters(in: .whitespaces)
    }

    /// The number in a column; `nil` when absent or blank.
    /// - Throws: ``AssetTreeFormatError`` when the cell holds something else.
    func number(_ column: AssetTreeColumn) throws(AssetTreeFormatError) -> Double? {
        guard let index = positions[column], index < row.cells.count else { return nil }
        switch row.cells[index] {
        case .empty: return nil
        case .number(let value) where value.isFinite: return value
        case let cell:
            let text = cell.text.trimmingCharacters(in: .whitespaces)
            if text.isEmpty { return nil }
            var bytes = text
            if let value = bytes.withUTF8({ DecimalParser.parse(UnsafeRawBufferPointer($0)) }) { return value }
            throw error(column, .notANumber(text))
        }
    }

    /// An error at this row, in a column's cell.
    func error(_ column: AssetTreeColumn, _ reason: AssetTreeFormatError.Reason) -> AssetTreeFormatError {
        guard let index = positions[column] else { return AssetTreeFormatError(location: row.location, reason: reason) }
        return AssetTreeFormatError(location: row.location.at(column: columnLabel(index), header: headers[index]), reason: reason)
    }
}
