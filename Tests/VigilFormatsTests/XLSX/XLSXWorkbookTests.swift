import Testing
import VigilTestSupport

@testable import VigilFormats

@Suite("XLSX workbooks")
struct XLSXWorkbookTests {
    /// A package written by hand the way other programs write them: prefixed namespaces, sheet
    /// order differing from part names, shared strings under another name, rich text, phonetic
    /// runs, inline strings, formula results, booleans, errors, gaps and no `dimension`.
    private static func handMadePackage() throws -> [UInt8] {
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let types = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        let parts: [(String, String)] = [
            ("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
            (
                "_rels/.rels",
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"\(types)officeDocument\" Target=\"/book/main.xml\"/></Relationships>"
            ),
            (
                "book/_rels/main.xml.rels",
                """
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                  <Relationship Id="rA" Type="\(types)worksheet" Target="sheets/a.xml"/>
                  <Relationship Id="rB" Type="\(types)worksheet" Target="./sheets/../sheets/b.xml"/>
                  <Relationship Id="rS" Type="\(types)sharedStrings" Target="/book/strings.xml"/>
                  <Relationship Id="rL" Type="\(types)hyperlink" Target="https://example.org" TargetMode="External"/>
                </Relationships>
                """
            ),
            (
                "book/main.xml",
                "<x:workbook xmlns:x=\"\(main)\" xmlns:rel=\"\(relationships)\"><x:sheets><x:sheet name=\"Second\" sheetId=\"7\" rel:id=\"rB\"/><x:sheet name=\"First &amp; only\" sheetId=\"3\" rel:id=\"rA\"/></x:sheets></x:workbook>"
            ),
            (
                "book/strings.xml",
                """
                <sst xmlns="\(main)" count="4" uniqueCount="4">
                  <si><t>plain</t></si>
                  <si><r><rPr><b/></rPr><t>Bold</t></r><r><t xml:space="preserve"> and normal</t></r></si>
                  <si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh></si>
                  <si><t xml:space="preserve">  padded_x000D_ </t></si>
                </sst>
                """
            ),
            (
                "book/sheets/a.xml",
                """
                <x:worksheet xmlns:x="\(main)"><x:sheetData>
                  <x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="C1" t="s"><x:v>1</x:v></x:c><x:c r="D1" s="3"/></x:row>
                  <x:row r="4"><x:c r="B4"><x:v>1.5E-3</x:v></x:c><x:c t="b"><x:v>1</x:v></x:c><x:c t="str"><x:f>A1&amp;"x"</x:f><x:v>plainx</x:v></x:c><x:c t="e"><x:v>#N/A</x:v></x:c></x:row>
                  <x:row><x:c t="inlineStr"><x:is><x:r><x:t>in</x:t></x:r><x:r><x:t>line</x:t></x:r></x:is></x:c><x:c t="s"><x:v>2</x:v></x:c><x:c t="s"><x:v>3</x:v></x:c></x:row>
                  <x:row r="9"><x:c r="A9" s="1"/></x:row>
                </x:sheetData></x:worksheet>
                """
            ),
            ("book/sheets/b.xml", "<worksheet xmlns=\"\(main)\"><dimension ref=\"A1\"/><sheetData/></worksheet>"),
        ]
        return try XLSXPackage.archive(parts.map { ($0.0, Array($0.1.utf8)) }, source: "test")
    }

    @Test func readsWhatOtherProgramsWrite() throws {
        let workbook = try XLSXWorkbook(bytes: Self.handMadePackage(), source: "hand.xlsx")
        #expect(workbook.sheets.map(\.name) == ["Second", "First & only"])
        #expect(workbook.sheets[0].rows.isEmpty)
        #expect(
            workbook.sheets[1].rows == [
                XLSXRow(number: 1, cells: [.text("plain"), .empty, .text("Bold and normal")]),
                XLSXRow(number: 4, cells: [.empty, .number(0.0015), .boolean(true), .text("plainx"), .error("#N/A")]),
                XLSXRow(number: 5, cells: [.text("inline"), .text("漢字"), .text("  padded\r ")]),
            ])
    }

    @Test func roundTripsValuesAndIsDeterministic() throws {
        let sheets = [
            XLSXSheet(
                name: "Data",
                values: [
                    [.text("name"), .text("value"), .text("flag")],
                    [.text("a & <b> \"c\""), .number(-1.25e-7), .boolean(false)],
                    [.text("  spaced\nnew line\u{1} _x0041_ "), .empty, .boolean(true), .error("#DIV/0!")],
                    [.empty, .number(123_456_789_012), .empty, .text("ÿ€😀")],
                ], headerRowCount: 1),
            XLSXSheet(name: "Empty", rows: []),
        ]
        let workbook = XLSXWorkbook(sheets: sheets)
        let bytes = try workbook.xlsxBytes()
        #expect(try workbook.xlsxBytes() == bytes)
        let read = try XLSXWorkbook(bytes: bytes, source: "round.xlsx")
        #expect(read.sheets.map(\.name) == ["Data", "Empty"])
        #expect(read.sheets[0].rows == sheets[0].rows)
        #expect(read.sheet(named: "data")?.rows.count == 4)
    }

    @Test func writesAndReadsFiles() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("book.xlsx")
        let workbook = XLSXWorkbook(sheets: [XLSXSheet(name: "S", values: [[.text("x"), .number(1)]])])
        try workbook.write(to: path)
        #expect(try XLSXWorkbook(contentsOf: path).sheets[0].rows == workbook.sheets[0].rows)
    }

    @Test func rejectsBadPackagesWithTheirPart() throws {
        #expect(throws: XLSXError(source: "x.xlsx", reason: .notAZipArchive)) { try XLSXWorkbook(bytes: Array("hello".utf8), source: "x.xlsx") }
        let noWorkbook = try XLSXPackage.archive([("a.txt", [1])], source: "t")
        #expect(throws: XLSXError(source: "n.xlsx", part: "xl/workbook.xml", reason: .missingPart)) {
            try XLSXWorkbook(bytes: noWorkbook, source: "n.xlsx")
        }
        let broken = try XLSXPackage.archive(
            [
                ("xl/workbook.xml", Array("<workbook><sheets><sheet name=\"S\" r:id=\"rId1\"/></sheets></workbook>".utf8)),
                (
                    "xl/_rels/workbook.xml.rels",
                    Array("<Relationships><Relationship Id=\"rId1\" Type=\"x/worksheet\" Target=\"s.xml\"/></Relationships>".utf8)
                ),
                ("xl/s.xml", Array("<worksheet><sheetData><row><c t=\"s\"><v>4</v></c></row>\n</sheetData></worksheet>".utf8)),
            ], source: "t")
        #expect(
            throws: XLSXError(
                source: "b.xlsx", part: "xl/s.xml",
                reason: .badCell(reference: "A1", message: "shared string index '4' is not in the shared strings table"))
        ) { try XLSXWorkbook(bytes: broken, source: "b.xlsx") }
        let malformed = try XLSXPackage.archive([("xl/workbook.xml", Array("<workbook>\n<sheets></workbook>".utf8))], source: "t")
        #expect(
            throws: XLSXError(
                source: "m.xlsx", part: "xl/workbook.xml", reason: .malformedXML(line: 2, message: "end tag </workbook> does not match <sheets>"))
        ) { try XLSXWorkbook(bytes: malformed, source: "m.xlsx") }
    }

    @Test func rejectsInvalidSheetNames() {
        for name in ["", "a/b", String(repeating: "x", count: 32)] {
            #expect(throws: XLSXError(source: "workbook", reason: .invalidSheetName(name))) {
                try XLSXWorkbook(sheets: [XLSXSheet(name: name, rows: [])]).xlsxBytes()
            }
        }
        #expect(throws: XLSXError.self) { try XLSXWorkbook(sheets: [XLSXSheet(name: "A", rows: []), XLSXSheet(name: "a", rows: [])]).xlsxBytes() }
    }

    @Test func cellReferencesConvert() {
        #expect(["A", "Z", "AA", "AZ", "BA", "XFD"] == [0, 25, 26, 51, 52, 16_383].map(XLSXCellReference.columnName))
        #expect(XLSXCellReference.parse("$AB$12")! == (27, 12))
        #expect(XLSXCellReference.parse("XFE1") == nil)
        #expect(XLSXCellReference.parse("A0") == nil)
        #expect(XLSXCellReference.parse("12") == nil)
    }
}
