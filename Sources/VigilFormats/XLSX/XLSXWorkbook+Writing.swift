extension XLSXWorkbook {
    /// Writes the workbook to a file (see ``xlsxBytes()``).
    /// - Throws: ``XLSXError``.
    public func write(to path: String) throws(XLSXError) {
        let bytes = try xlsxBytes(source: path)
        do {
            try OutputFile.write(bytes, to: path)
        } catch {
            throw XLSXError(source: path, reason: .file(error))
        }
    }

    /// The workbook as the bytes of an XLSX file.
    ///
    /// Strings go to the shared strings table, numbers and booleans are typed cells, empty cells
    /// are left out. Header rows (``XLSXSheet/headerRowCount``) are bold and frozen; columns are
    /// sized to their longest text. The output is deterministic: the same workbook gives the same
    /// bytes.
    /// - Throws: ``XLSXError`` for an invalid or repeated sheet name.
    public func xlsxBytes() throws(XLSXError) -> [UInt8] {
        try xlsxBytes(source: "workbook")
    }

    private func xlsxBytes(source: String) throws(XLSXError) -> [UInt8] {
        var seen: Set<String> = []
        for sheet in sheets {
            guard !sheet.name.isEmpty, sheet.name.count <= 31, !sheet.name.contains(where: { "[]:*?/\\".contains($0) }),
                seen.insert(sheet.name.lowercased()).inserted
            else { throw XLSXError(source: source, reason: .invalidSheetName(sheet.name)) }
        }
        var strings = SharedStrings()
        var parts: [(path: String, bytes: [UInt8])] = []
        for (index, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", Self.worksheet(sheet, strings: &strings)))
        }
        parts.append(("xl/sharedStrings.xml", strings.xml()))
        parts.append(("xl/styles.xml", Self.styles()))
        parts.append(("xl/workbook.xml", workbookXML()))
        parts.append(("xl/_rels/workbook.xml.rels", workbookRelationships()))
        parts.append(("_rels/.rels", Self.packageRelationships()))
        parts.insert(("[Content_Types].xml", contentTypes()), at: 0)
        return try XLSXPackage.archive(parts, source: source)
    }

    private static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let relationshipTypes = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

    private static func worksheet(_ sheet: XLSXSheet, strings: inout SharedStrings) -> [UInt8] {
        var xml = XMLWriter()
        xml.open("worksheet", ["xmlns": mainNamespace, "xmlns:r": relationshipNamespace])
        let width = sheet.rows.map(\.cells.count).max() ?? 0
        if let last = sheet.rows.last, width > 0 {
            xml.empty("dimension", ["ref": "A1:" + XLSXCellReference.name(column: width - 1, row: last.number)])
        }
        xml.open("sheetViews")
        if sheet.headerRowCount > 0 {
            xml.open("sheetView", ["workbookViewId": "0"])
            let topLeft = XLSXCellReference.name(column: 0, row: sheet.headerRowCount + 1)
            xml.empty(
                "pane", ["ySplit": "\(sheet.headerRowCount)", "topLeftCell": topLeft, "activePane": "bottomLeft", "state": "frozen"])
            xml.close()
        } else {
            xml.empty("sheetView", ["workbookViewId": "0"])
        }
        xml.close()
        if width > 0 {
            xml.open("cols")
            for column in 0..<width {
                let longest = sheet.rows.map { $0[column].text.count }.max() ?? 0
                let characters = min(max(longest + 2, 8), 60)
                xml.empty("col", ["min": "\(column + 1)", "max": "\(column + 1)", "width": "\(characters)", "customWidth": "1"])
            }
            xml.close()
        }
        xml.open("sheetData")
        for row in sheet.rows {
            xml.open("row", ["r": "\(row.number)"])
            let style = row.number <= sheet.headerRowCount ? "1" : "0"
            for (column, cell) in row.cells.enumerated() {
                let reference = XLSXCellReference.name(column: column, row: row.number)
                switch cell {
                case .empty: continue
                case .text(let text):
                    xml.open("c", ["r": reference, "s": style, "t": "s"])
                    xml.element("v", text: "\(strings.index(of: text))")
                case .number(let value) where value.isFinite:
                    xml.open("c", ["r": reference, "s": style])
                    xml.element("v", text: cell.text)
                case .number:
                    xml.open("c", ["r": reference, "s": style, "t": "e"])
                    xml.element("v", text: "#NUM!")
                case .boolean(let value):
                    xml.open("c", ["r": reference, "s": style, "t": "b"])
                    xml.element("v", text: value ? "1" : "0")
                case .error(let code):
                    xml.open("c", ["r": reference, "s": style, "t": "e"])
                    xml.element("v", text: code)
                }
                xml.close()
            }
            xml.close()
        }
        xml.close()
        xml.close()
        return xml.bytes
    }

    /// A minimal stylesheet: style 0 is the default, style 1 is bold (for header rows).
    private static func styles() -> [UInt8] {
        var xml = XMLWriter()
        xml.open("styleSheet", ["xmlns": mainNamespace])
        xml.open("fonts", ["count": "2"])
        for bold in [false, true] {
            xml.open("font")
            if bold { xml.empty("b") }
            xml.empty("sz", ["val": "11"])
            xml.empty("name", ["val": "Calibri"])
            xml.close()
        }
        xml.close()
        xml.open("fills", ["count": "2"])
        for pattern in ["none", "gray125"] {
            xml.open("fill")
            xml.empty("patternFill", ["patternType": pattern])
            xml.close()
        }
        xml.close()
        xml.open("borders", ["count": "1"])
        xml.open("border")
        for side in ["left", "right", "top", "bottom", "diagonal"] { xml.empty(side) }
        xml.close()
        xml.close()
        xml.open("cellStyleXfs", ["count": "1"])
        xml.empty("xf", ["numFmtId": "0", "fontId": "0", "fillId": "0", "borderId": "0"])
        xml.close()
        xml.open("cellXfs", ["count": "2"])
        xml.empty("xf", ["numFmtId": "0", "fontId": "0", "fillId": "0", "borderId": "0", "xfId": "0"])
        xml.empty("xf", ["numFmtId": "0", "fontId": "1", "fillId": "0", "borderId": "0", "xfId": "0", "applyFont": "1"])
        xml.close()
        xml.open("cellStyles", ["count": "1"])
        xml.empty("cellStyle", ["name": "Normal", "xfId": "0", "builtinId": "0"])
        xml.close()
        xml.close()
        return xml.bytes
    }

    private func workbookXML() -> [UInt8] {
        var xml = XMLWriter()
        xml.open("workbook", ["xmlns": Self.mainNamespace, "xmlns:r": Self.relationshipNamespace])
        xml.open("bookViews")
        xml.empty("workbookView", ["activeTab": "0"])
        xml.close()
        xml.open("sheets")
        for (index, sheet) in sheets.enumerated() {
            xml.empty("sheet", ["name": sheet.name, "sheetId": "\(index + 1)", "r:id": "rId\(index + 1)"])
        }
        xml.close()
        xml.close()
        return xml.bytes
    }

    private func workbookRelationships() -> [UInt8] {
        var targets = sheets.indices.map { ("rId\($0 + 1)", "worksheet", "worksheets/sheet\($0 + 1).xml") }
        targets.append(("rId\(sheets.count + 1)", "sharedStrings", "sharedStrings.xml"))
        targets.append(("rId\(sheets.count + 2)", "styles", "styles.xml"))
        return Self.relationships(targets)
    }

    private static func packageRelationships() -> [UInt8] {
        relationships([("rId1", "officeDocument", "xl/workbook.xml")])
    }

    private static func relationships(_ targets: [(id: String, type: String, target: String)]) -> [UInt8] {
        var xml = XMLWriter()
        xml.open("Relationships", ["xmlns": "http://schemas.openxmlformats.org/package/2006/relationships"])
        for target in targets {
            xml.empty("Relationship", ["Id": target.id, "Type": relationshipTypes + target.type, "Target": target.target])
        }
        xml.close()
        return xml.bytes
    }

    private func contentTypes() -> [UInt8] {
        let spreadsheet = "application/vnd.openxmlformats-officedocument.spreadsheetml"
        var xml = XMLWriter()
        xml.open("Types", ["xmlns": "http://schemas.openxmlformats.org/package/2006/content-types"])
        xml.empty("Default", ["Extension": "rels", "ContentType": "application/vnd.openxmlformats-package.relationships+xml"])
        xml.empty("Default", ["Extension": "xml", "ContentType": "application/xml"])
        xml.empty("Override", ["PartName": "/xl/workbook.xml", "ContentType": spreadsheet + ".sheet.main+xml"])
        for index in sheets.indices {
            xml.empty("Override", ["PartName": "/xl/worksheets/sheet\(index + 1).xml", "ContentType": spreadsheet + ".worksheet+xml"])
        }
        xml.empty("Override", ["PartName": "/xl/sharedStrings.xml", "ContentType": spreadsheet + ".sharedStrings+xml"])
        xml.empty("Override", ["PartName": "/xl/styles.xml", "ContentType": spreadsheet + ".styles+xml"])
        xml.close()
        return xml.bytes
    }
}

/// The shared strings table being built: each distinct text once, in order of first use.
private struct SharedStrings {
    private var indexOf: [String: Int] = [:]
    private var strings: [String] = []
    private var uses = 0

    mutating func index(of text: String) -> Int {
        uses += 1
        if let index = indexOf[text] { return index }
        indexOf[text] = strings.count
        strings.append(text)
        return strings.count - 1
    }

    func xml() -> [UInt8] {
        var xml = XMLWriter()
        xml.open(
            "sst",
            ["xmlns": "http://schemas.openxmlformats.org/spreadsheetml/2006/main", "count": "\(uses)", "uniqueCount": "\(strings.count)"])
        for text in strings {
            xml.open("si")
            let escaped = XLSXText.escape(text)
            let needsPreserve = escaped.first?.isWhitespace == true || escaped.last?.isWhitespace == true
            xml.element("t", needsPreserve ? ["xml:space": "preserve"] : [:], text: escaped)
            xml.close()
        }
        xml.close()
        return xml.bytes
    }
}
