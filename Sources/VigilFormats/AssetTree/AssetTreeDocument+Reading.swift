import Foundation
import VigilCore

extension AssetTreeDocument {
    /// Reads an asset-tree file, in the format its extension names unless `format` is given.
    /// - Throws: ``AssetTreeFormatError``.
    public init(contentsOf path: String, format: AssetTreeFormat? = nil) throws(AssetTreeFormatError) {
        guard let format = format ?? AssetTreeFormat(path: path) else {
            throw AssetTreeFormatError(location: AssetTreeLocation(file: path), reason: .unknownFormat)
        }
        let bytes: [UInt8]
        do {
            bytes = try InputFile.readAll(path: path)
        } catch {
            throw AssetTreeFormatError(location: AssetTreeLocation(file: path), reason: .file(error))
        }
        try self.init(bytes: bytes, format: format, source: path)
    }

    /// Reads an asset tree from a file's bytes (an upload, a test fixture).
    /// - Parameters:
    ///   - bytes: the file content.
    ///   - format: the format.
    ///   - source: the name errors mention.
    /// - Throws: ``AssetTreeFormatError``.
    public init(bytes: [UInt8], format: AssetTreeFormat, source: String) throws(AssetTreeFormatError) {
        self.init(source: source)
        switch format {
        case .xlsx: try readXLSX(bytes)
        case .csv: try readCSV(bytes)
        case .json: try readJSON(bytes)
        }
    }

    private mutating func readXLSX(_ bytes: [UInt8]) throws(AssetTreeFormatError) {
        let workbook: XLSXWorkbook
        do {
            workbook = try XLSXWorkbook(bytes: bytes, source: source)
        } catch {
            throw AssetTreeFormatError(location: AssetTreeLocation(file: source), reason: .xlsx(error))
        }
        var tables: [AssetTreeTable] = []
        if let sheet = workbook.sheet(named: "Assets") { tables.append(AssetTreeTable(sheet: sheet, table: .assets, file: source)) }
        if let sheet = workbook.sheet(named: "Tags") { tables.append(AssetTreeTable(sheet: sheet, table: .tags, file: source)) }
        if tables.isEmpty {
            let file = source
            guard
                let combined = workbook.sheets.lazy.map({ AssetTreeTable(sheet: $0, table: .combined, file: file) })
                    .first(where: \.hasKindColumn)
            else {
                throw AssetTreeFormatError(location: AssetTreeLocation(file: source), reason: .noTreeSheets(found: workbook.sheets.map(\.name)))
            }
            tables.append(combined)
        }
        for table in tables { try table.decode(into: &self) }
    }

    private mutating func readCSV(_ bytes: [UInt8]) throws(AssetTreeFormatError) {
        let csv: CSVTable
        do {
            csv = try CSVTable(bytes: bytes)
        } catch {
            throw AssetTreeFormatError(location: AssetTreeLocation(file: source, row: error.line), reason: .csv(error.message))
        }
        try AssetTreeTable(csv: csv, file: source).decode(into: &self)
    }

    private mutating func readJSON(_ bytes: [UInt8]) throws(AssetTreeFormatError) {
        let decoded: LenientTree
        do {
            decoded = try JSONDecoder().decode(LenientTree.self, from: Data(bytes))
        } catch let DecodingError.dataCorrupted(context) {
            throw jsonError(context, "the JSON is malformed")
        } catch let DecodingError.keyNotFound(key, context) {
            throw jsonError(context, "the key '\(key.stringValue)' is missing")
        } catch let DecodingError.typeMismatch(type, context) {
            throw jsonError(context, "expected \(Self.jsonKind(type))")
        } catch let DecodingError.valueNotFound(type, context) {
            throw jsonError(context, "expected \(Self.jsonKind(type)), found null")
        } catch {
            throw AssetTreeFormatError(location: AssetTreeLocation(file: source), reason: .json("\(error)"))
        }
        for (index, asset) in (decoded.assets ?? []).enumerated() {
            let location = AssetTreeLocation(file: source, jsonPath: "assets[\(index)]")
            guard !asset.id.isEmpty else { throw AssetTreeFormatError(location: location, reason: .emptyID) }
            try add(
                Asset(id: AssetID(asset.id), name: asset.name, description: asset.description ?? "", parentID: asset.parentID.map { AssetID($0) }),
                at: location)
        }
        for (index, tag) in (decoded.tags ?? []).enumerated() {
            let location = AssetTreeLocation(file: source, jsonPath: "tags[\(index)]")
            guard !tag.id.isEmpty else { throw AssetTreeFormatError(location: location, reason: .emptyID) }
            try add(
                Tag(
                    id: TagID(tag.id), name: tag.name, description: tag.description ?? "", unit: tag.unit ?? "",
                    assetID: tag.assetID.map { AssetID($0) }, technicalLimits: tag.technicalLimits ?? .unbounded,
                    displayBounds: tag.displayBounds ?? .unbounded, bias: tag.bias ?? 0, multiplier: tag.multiplier ?? 1),
                at: location)
        }
    }

    private func jsonError(_ context: DecodingError.Context, _ message: String) -> AssetTreeFormatError {
        let path = context.codingPath.reduce(into: "") { path, key in
            if let index = key.intValue { path += "[\(index)]" } else { path += (path.isEmpty ? "" : ".") + key.stringValue }
        }
        let detail = (context.underlyingError as? NSError)?.userInfo[NSDebugDescriptionErrorKey] as? String
        let location = AssetTreeLocation(file: source, jsonPath: path.isEmpty ? "$" : path)
        return AssetTreeFormatError(location: location, reason: .json(detail.map { "\(message): \($0)" } ?? message))
    }

    private static func jsonKind(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Double.Type: "a number"
        default: String(describing: type).hasPrefix("Array") ? "an array" : "an object"
        }
    }
}

/// The `Codable` form of ``VigilCore/AssetTree`` with every key but `id` optional, so that a
/// hand-written file may leave defaults out.
private struct LenientTree: Decodable {
    struct LenientAsset: Decodable {
        var id: String
        var name: String?
        var description: String?
        var parentID: String?
    }

    struct LenientTag: Decodable {
        var id: String
        var name: String?
        var description: String?
        var unit: String?
        var assetID: String?
        var technicalLimits: ValueBounds?
        var displayBounds: ValueBounds?
        var bias: Double?
        var multiplier: Double?
    }

    var assets: [LenientAsset]?
    var tags: [LenientTag]?
}
