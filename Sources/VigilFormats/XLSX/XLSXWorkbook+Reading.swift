import Foundation
import ZIPFoundation

extension XLSXWorkbook {
    /// The largest size a package part may unpack to (256 MiB), a guard against ZIP bombs.
    public static let maximumPartSize: Int64 = 256 << 20

    /// Reads a workbook from a file.
    /// - Throws: ``XLSXError``.
    public init(contentsOf path: String) throws(XLSXError) {
        let bytes: [UInt8]
        do {
            bytes = try InputFile.readAll(path: path)
        } catch {
            throw XLSXError(source: path, reason: .file(error))
        }
        try self.init(bytes: bytes, source: path)
    }

    /// Reads a workbook from the bytes of an XLSX file.
    ///
    /// Sheets come in the order of `xl/workbook.xml`, found through the package relationships.
    /// Cells may be shared strings (rich-text runs joined, phonetic runs left out), inline strings,
    /// numbers, booleans, errors or formula results; rows and cells may skip references; the
    /// `dimension` element is not needed.
    /// - Parameters:
    ///   - bytes: the file's content.
    ///   - source: the name errors mention.
    /// - Throws: ``XLSXError``.
    public init(bytes: [UInt8], source: String) throws(XLSXError) {
        let package = try XLSXPackage(bytes: bytes, source: source)
        let workbookPath =
            try package.relationships(of: "").first { $0.type.hasSuffix("/officeDocument") }?.target ?? "xl/workbook.xml"
        let relationships = try package.relationships(of: workbookPath)
        let sharedStrings: [String]
        if let path = relationships.first(where: { $0.type.hasSuffix("/sharedStrings") })?.target ?? package.existing("xl/sharedStrings.xml") {
            sharedStrings = try Self.readSharedStrings(package.xml(path), part: path, source: source)
        } else {
            sharedStrings = []
        }
        var sheets: [XLSXSheet] = []
        var reader = try package.xml(workbookPath)
        while let event = try Self.next(&reader, part: workbookPath, source: source) {
            guard case .start("sheet", let attributes) = event else { continue }
            let name = attributes.first { $0.name == "name" }?.value ?? "Sheet\(sheets.count + 1)"
            let id = attributes.first { $0.name.contains(":") && $0.localName == "id" }?.value
            guard let relationship = relationships.first(where: { $0.id == id }) else {
                throw XLSXError(source: source, part: workbookPath, reason: .archive("sheet '\(name)' has no relationship '\(id ?? "")'"))
            }
            guard relationship.type.hasSuffix("/worksheet") else { continue }
            var sheetReader = try package.xml(relationship.target)
            let rows = try Self.readRows(&sheetReader, sharedStrings: sharedStrings, part: relationship.target, source: source)
            sheets.append(XLSXSheet(name: name, rows: rows))
        }
        self.init(sheets: sheets)
    }

    private static func next(_ reader: inout XMLReader, part: String, source: String) throws(XLSXError) -> XMLReader.Event? {
        do {
            return try reader.next()
        } catch {
            throw XLSXError(source: source, part: part, reason: .malformedXML(line: error.line, message: error.message))
        }
    }

    private static func readSharedStrings(_ reader: XMLReader, part: String, source: String) throws(XLSXError) -> [String] {
        var reader = reader
        var strings: [String] = []
        var current = ""
        var inText = false
        var phoneticDepth = 0
        while let event = try next(&reader, part: part, source: source) {
            switch event {
            case .start("si", _): current = ""
            case .start("rPh", _): phoneticDepth += 1
            case .end("rPh"): phoneticDepth -= 1
            case .start("t", _): inText = phoneticDepth == 0
            case .end("t"): inText = false
            case .text(let text) where inText: current += text
            case .end("si"): strings.append(XLSXText.unescape(current))
            default: break
            }
        }
        return strings
    }

    /// The rows of a worksheet's `sheetData`.
    private static func readRows(
        _ reader: inout XMLReader, sharedStrings: [String], part: String, source: String
    ) throws(XLSXError) -> [XLSXRow] {
        var rows: [XLSXRow] = []
        var row = XLSXRow(number: 0, cells: [])
        var cell = CellBuilder()
        var nextColumn = 0
        var inSheetData = false
        while let event = try next(&reader, part: part, source: source) {
            switch event {
            case .start("sheetData", _):
                inSheetData = true
            case .end("sheetData"):
                inSheetData = false
            case .start("row", let attributes) where inSheetData:
                let number = attributes.first { $0.name == "r" }.flatMap { Int($0.value) } ?? row.number + 1
                row = XLSXRow(number: number, cells: [])
                nextColumn = 0
            case .end("row") where inSheetData:
                while row.cells.last == .empty { row.cells.removeLast() }
                if !row.cells.isEmpty { rows.append(row) }
            case .start("c", let attributes) where inSheetData:
                cell = CellBuilder()
                cell.type = attributes.first { $0.name == "t" }?.value
                if let reference = attributes.first(where: { $0.name == "r" })?.value {
                    guard let parsed = XLSXCellReference.parse(reference) else {
                        throw XLSXError(source: source, part: part, reason: .badCell(reference: reference, message: "not a cell reference"))
                    }
                    cell.column = parsed.column
                } else {
                    cell.column = nextColumn
                }
            case .end("c") where inSheetData:
                let reference = XLSXCellReference.name(column: cell.column, row: row.number)
                let value = try cell.value(sharedStrings: sharedStrings) { (message) throws(XLSXError) in
                    throw XLSXError(source: source, part: part, reason: .badCell(reference: reference, message: message))
                }
                if cell.column >= row.cells.count {
                    row.cells.append(contentsOf: repeatElement(.empty, count: cell.column - row.cells.count + 1))
                }
                row.cells[cell.column] = value
                nextColumn = cell.column + 1
            default:
                if inSheetData { cell.take(event) }
            }
        }
        return rows
    }
}

/// Collects the parts of one `<c>` element while its events stream by.
private struct CellBuilder {
    var column = 0
    var type: String?
    var value: String?
    var inlineText: String?
    private var inValue = false
    private var inInline = false
    private var inText = false
    private var phoneticDepth = 0

    mutating func take(_ event: XMLReader.Event) {
        switch event {
        case .start("v", _):
            inValue = true
            value = value ?? ""
        case .end("v"): inValue = false
        case .start("is", _):
            inInline = true
            inlineText = inlineText ?? ""
        case .end("is"): inInline = false
        case .start("rPh", _): phoneticDepth += 1
        case .end("rPh"): phoneticDepth -= 1
        case .start("t", _): inText = inInline && phoneticDepth == 0
        case .end("t"): inText = false
        case .text(let text):
            if inValue { value? += text }
            if inText { inlineText? += text }
        default: break
        }
    }

    /// The cell's value by its type attribute.
    func value(sharedStrings: [String], fail: (String) throws(XLSXError) -> Never) throws(XLSXError) -> XLSXCell {
        switch type {
        case "s":
            guard let text = value?.trimmingCharacters(in: .whitespaces), let index = Int(text), sharedStrings.indices.contains(index) else {
                try fail("shared string index '\(value ?? "")' is not in the shared strings table")
            }
            return .text(sharedStrings[index])
        case "inlineStr":
            return inlineText.map { .text(XLSXText.unescape($0)) } ?? .empty
        case "str", "d":
            return value.map { .text(XLSXText.unescape($0)) } ?? .empty
        case "b":
            guard let text = value?.trimmingCharacters(in: .whitespaces) else { return .empty }
            guard let flag = ["0": false, "1": true, "false": false, "true": true][text.lowercased()] else {
                try fail("'\(text)' is not a boolean")
            }
            return .boolean(flag)
        case "e":
            return .error(value ?? "#VALUE!")
        case nil, "n":
            guard let text = value?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return .empty }
            guard let number = Double(text) else { try fail("'\(text)' is not a number") }
            return .number(number)
        case let other?:
            try fail("unknown cell type '\(other)'")
        }
    }
}
