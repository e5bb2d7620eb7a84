import Foundation
public import VigilCore

extension AssetTree {
    /// The tree as the bytes of a file in `format`.
    ///
    /// XLSX: sheets `Assets` (id, name, description, parent_id) and `Tags` (id, name, description,
    /// unit, asset_id, lower/upper_technical_limit, lower/upper_display_bound, bias, multiplier),
    /// with a bold, frozen header row. CSV: one file with a `kind` column and the union of those
    /// columns, assets first. JSON: the `Codable` form, pretty-printed with sorted keys.
    /// - Throws: ``AssetTreeFormatError`` (only if the XLSX package cannot be built).
    public func encoded(as format: AssetTreeFormat) throws(AssetTreeFormatError) -> [UInt8] {
        switch format {
        case .xlsx:
            let workbook = XLSXWorkbook(sheets: [
                XLSXSheet(name: "Assets", values: table(AssetTreeColumn.assetColumns, assets: true, tags: false), headerRowCount: 1),
                XLSXSheet(name: "Tags", values: table(AssetTreeColumn.tagColumns, assets: false, tags: true), headerRowCount: 1),
            ])
            do {
                return try workbook.xlsxBytes()
            } catch {
                throw AssetTreeFormatError(location: AssetTreeLocation(file: "workbook"), reason: .xlsx(error))
            }
        case .csv:
            var bytes: [UInt8] = []
            let output = CSVOutput(separator: .comma, destination: .sink { bytes.append(contentsOf: $0) })
            for row in table(AssetTreeColumn.combinedColumns, assets: true, tags: true) {
                for (index, cell) in row.enumerated() {
                    if index > 0 { output.separate() }
                    if case .number(let value) = cell { output.number(value) } else { output.field(cell.text) }
                }
                output.endRecord()
            }
            do {
                try output.flush()
            } catch {
                preconditionFailure("an in-memory sink does not throw: \(error)")
            }
            return bytes
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            do {
                return [UInt8](try encoder.encode(self)) + [UInt8(ascii: "\n")]
            } catch {
                preconditionFailure("an asset tree always encodes: \(error)")
            }
        }
    }

    /// Writes the tree to a file, in the format its extension names unless `format` is given.
    /// - Throws: ``AssetTreeFormatError``.
    public func write(to path: String, format: AssetTreeFormat? = nil) throws(AssetTreeFormatError) {
        guard let format = format ?? AssetTreeFormat(path: path) else {
            throw AssetTreeFormatError(location: AssetTreeLocation(file: path), reason: .unknownFormat)
        }
        let bytes = try encoded(as: format)
        do {
            try OutputFile.write(bytes, to: path)
        } catch {
            throw AssetTreeFormatError(location: AssetTreeLocation(file: path), reason: .file(error))
        }
    }

    /// Header row then one row per asset and/or tag, in the given columns.
    private func table(_ columns: [AssetTreeColumn], assets includeAssets: Bool, tags includeTags: Bool) -> [[XLSXCell]] {
        var rows: [[XLSXCell]] = [columns.map { .text($0.rawValue) }]
        if includeAssets {
            rows += assets.map { asset in columns.map { Self.cell($0, asset: asset) } }
        }
        if includeTags {
            rows += tags.map { tag in columns.map { Self.cell($0, tag: tag) } }
        }
        return rows
    }

    private static func cell(_ column: AssetTreeColumn, asset: Asset) -> XLSXCell {
        switch column {
        case .kind: .text("asset")
        case .id: .text(asset.id.rawValue)
        case .name: .text(asset.name)
        case .description: text(asset.description)
        case .parentID: text(asset.parentID?.rawValue)
        default: .empty
        }
    }

    private static func cell(_ column: AssetTreeColumn, tag: Tag) -> XLSXCell {
        switch column {
        case .kind: .text("tag")
        case .id: .text(tag.id.rawValue)
        case .name: .text(tag.name)
        case .description: text(tag.description)
        case .parentID: .empty
        case .assetID: text(tag.assetID?.rawValue)
        case .unit: text(tag.unit)
        case .lowerTechnicalLimit: number(tag.technicalLimits.lower)
        case .upperTechnicalLimit: number(tag.technicalLimits.upper)
        case .lowerDisplayBound: number(tag.displayBounds.lower)
        case .upperDisplayBound: number(tag.displayBounds.upper)
        case .bias: .number(tag.bias)
        case .multiplier: .number(tag.multiplier)
        }
    }

    private static func text(_ value: String?) -> XLSXCell {
        guard let value, !value.isEmpty else { return .empty }
        return .text(value)
    }

    private static func number(_ value: Double?) -> XLSXCell {
        value.map(XLSXCell.number) ?? .empty
    }
}
