import Foundation
import Testing
import VigilCore
import VigilFormats
import VigilTestSupport

@Suite("Asset tree: formats")
struct AssetTreeFormatsTests {
    @Test(arguments: AssetTreeFormat.allCases)
    func roundTripsEveryField(format: AssetTreeFormat) throws {
        let bytes = try SampleTree.tree.encoded(as: format)
        let document = try AssetTreeDocument(bytes: bytes, format: format, source: "tree.\(format)")
        #expect(try document.tree() == SampleTree.tree)
        #expect(document.ignoredColumns.isEmpty)
        #expect(try SampleTree.tree.encoded(as: format) == bytes)
    }

    @Test func filesAreReadAndWrittenByExtension() throws {
        let directory = try TemporaryDirectory()
        for name in ["tree.xlsx", "tree.CSV", "tree.json", "tree.tsv"] {
            let path = directory.file(name)
            try SampleTree.tree.write(to: path)
            #expect(try AssetTreeDocument(contentsOf: path).tree() == SampleTree.tree, "\(name)")
        }
        #expect(AssetTreeFormat(path: "a/b.c/tree") == nil)
        #expect(throws: AssetTreeFormatError(location: AssetTreeLocation(file: "tree.ods"), reason: .unknownFormat)) {
            try AssetTreeDocument(contentsOf: "tree.ods")
        }
    }

    @Test func csvLayoutIsOneFileWithAKindColumn() throws {
        let tree = try AssetTree(
            assets: [Asset(id: "plant"), Asset(id: "pump", parentID: "plant")],
            tags: [Tag(id: "FT", unit: "m3/h", assetID: "pump", technicalLimits: ValueBounds(upper: 180), multiplier: 0.5)])
        #expect(
            String(decoding: try tree.encoded(as: .csv), as: UTF8.self) == """
                kind,id,name,description,parent_id,unit,asset_id,lower_technical_limit,upper_technical_limit,lower_display_bound,upper_display_bound,bias,multiplier
                asset,plant,plant,,,,,,,,,,
                asset,pump,pump,,plant,,,,,,,,
                tag,FT,FT,,,m3/h,pump,,180,,,0,0.5

                """)
    }

    @Test func jsonIsTheCodableFormWithSortedKeys() throws {
        let tree = try AssetTree(assets: [Asset(id: "a")], tags: [Tag(id: "t", assetID: "a", technicalLimits: ValueBounds(lower: 1))])
        let text = String(decoding: try tree.encoded(as: .json), as: UTF8.self)
        let keys = [
            "\"assetID\"", "\"bias\"", "\"description\"", "\"displayBounds\"", "\"id\"", "\"multiplier\"", "\"name\"", "\"technicalLimits\"",
            "\"unit\"",
        ]
        let positions = keys.map { text.range(of: $0, range: text.range(of: "\"tags\"")!.upperBound..<text.endIndex)!.lowerBound }
        #expect(positions == positions.sorted())
        #expect(text.hasPrefix("{\n  \"assets\""))
    }

    @Test func spreadsheetColumnsMayComeInAnyOrderWithSynonymsAndDefaults() throws {
        let workbook = XLSXWorkbook(sheets: [
            XLSXSheet(name: "Notes", values: [[.text("ignored sheet")]]),
            XLSXSheet(
                name: "ASSETS",
                values: [
                    [.text("Parent"), .text(" Asset ID "), .text("Comment")],
                    [.empty, .text("plant"), .text("the plant")],
                    [],
                    [.text("plant"), .number(101), .empty],
                ]),
            XLSXSheet(
                name: "tags",
                values: [
                    [
                        .text("Multiplier"), .text("High Limit"), .text("TAG-ID"), .text("Asset"), .text("Display Min"), .text("Engineering Unit"),
                        .text("Operator"),
                    ],
                    [.empty, .number(180), .text("FT-101"), .number(101), .text(" -5 "), .text("m3/h"), .text("Ann")],
                    [.text("2"), .empty, .text("TT-7")],
                ]),
        ])
        let document = try AssetTreeDocument(bytes: try workbook.xlsxBytes(), format: .xlsx, source: "mlad.xlsx")
        let tree = try document.tree()
        #expect(tree.assets == [Asset(id: "plant", description: "the plant"), Asset(id: "101", parentID: "plant")])
        #expect(
            tree.tags == [
                Tag(
                    id: "FT-101", unit: "m3/h", assetID: "101", technicalLimits: ValueBounds(upper: 180), displayBounds: ValueBounds(lower: -5)),
                Tag(id: "TT-7", multiplier: 2),
            ])
        #expect(document.ignoredColumns == ["tags: Operator"])
        #expect(document.location(of: TagID("TT-7")) == AssetTreeLocation(file: "mlad.xlsx", sheet: "tags", row: 3))
    }

    @Test func aSingleSheetWithAKindColumnIsAccepted() throws {
        let workbook = XLSXWorkbook(sheets: [
            XLSXSheet(
                name: "Tree",
                values: [
                    [.text("Type"), .text("ID"), .text("Parent ID"), .text("Asset ID")],
                    [.text("Asset"), .text("a"), .empty, .empty],
                    [.text("TAG"), .text("t"), .empty, .text("a")],
                ])
        ])
        let tree = try AssetTreeDocument(bytes: try workbook.xlsxBytes(), format: .xlsx, source: "one.xlsx").tree()
        #expect(tree.assets == [Asset(id: "a")])
        #expect(tree.tags == [Tag(id: "t", assetID: "a")])
    }

    @Test func csvAcceptsSemicolonsAndSynonyms() throws {
        let csv = "\u{FEFF}Kind;Key;Parent;Asset;Low Limit;Scale\r\nasset;plant;;;;\r\n\r\ntag;\"T;1\";;plant;-3.5;10\r\n"
        let tree = try AssetTreeDocument(bytes: Array(csv.utf8), format: .csv, source: "t.csv").tree()
        #expect(tree.tags == [Tag(id: "T;1", assetID: "plant", technicalLimits: ValueBounds(lower: -3.5), multiplier: 10)])
    }

    @Test func mergesIntoAnExistingTree() throws {
        let base = try AssetTree(assets: [Asset(id: "plant")], tags: [Tag(id: "old", assetID: "plant")])
        let csv = "kind,id,asset_id,unit\ntag,new,plant,bar\ntag,old,plant,K\n"
        let document = try AssetTreeDocument(bytes: Array(csv.utf8), format: .csv, source: "tags.csv")
        #expect(throws: AssetTreeFormatError.self) { try document.tree() }
        let merged = try document.tree(mergingInto: base)
        #expect(merged.tags == [Tag(id: "old", unit: "K", assetID: "plant"), Tag(id: "new", unit: "bar", assetID: "plant")])
    }
}

@Suite("Asset tree: errors name file, sheet, row and column")
struct AssetTreeErrorTests {
    private func workbook(assets: [[XLSXCell]], tags: [[XLSXCell]] = [[.text("id")]]) throws -> [UInt8] {
        try XLSXWorkbook(sheets: [XLSXSheet(name: "Assets", values: assets), XLSXSheet(name: "Tags", values: tags)]).xlsxBytes()
    }

    private func read(_ bytes: [UInt8], _ format: AssetTreeFormat = .xlsx) throws(AssetTreeFormatError) -> AssetTree {
        try AssetTreeDocument(bytes: bytes, format: format, source: "t.\(format)").tree()
    }

    @Test func duplicateID() throws {
        let bytes = try workbook(assets: [[.text("id")], [.text("a")], [.text("b")], [.text("a")]])
        #expect(
            throws: AssetTreeFormatError(location: AssetTreeLocation(file: "t.xlsx", sheet: "Assets", row: 4), reason: .tree(.duplicateAsset("a")))
        ) {
            try read(bytes)
        }
        let error = AssetTreeFormatError(location: AssetTreeLocation(file: "t.xlsx", sheet: "Assets", row: 4), reason: .tree(.duplicateAsset("a")))
        #expect(error.description == "t.xlsx, sheet Assets, row 4: asset id 'a' is used more than once")
    }

    @Test func unknownParentAndAsset() throws {
        let bytes = try workbook(
            assets: [[.text("id"), .text("parent_id")], [.text("a")], [.text("b"), .text("nowhere")]])
        #expect(
            throws: AssetTreeFormatError(
                location: AssetTreeLocation(file: "t.xlsx", sheet: "Assets", row: 3), reason: .tree(.unknownParent(asset: "b", parent: "nowhere")))
        ) { try read(bytes) }
        let csv = "kind,id,asset_id\nasset,a,\ntag,t,b\n"
        #expect(
            throws: AssetTreeFormatError(location: AssetTreeLocation(file: "t.csv", row: 3), reason: .tree(.unknownAsset(tag: "t", asset: "b")))
        ) { try read(Array(csv.utf8), .csv) }
    }

    @Test func cycle() {
        let csv = "kind,id,parent_id\nasset,a,b\nasset,b,a\n"
        #expect {
            try read(Array(csv.utf8), .csv)
        } throws: { error in
            guard let error = error as? AssetTreeFormatError, case .tree(.cycle) = error.reason else { return false }
            return error.location.row == 2
        }
    }

    @Test func numberThatIsNotANumber() throws {
        let bytes = try workbook(
            assets: [[.text("id")]], tags: [[.text("id"), .text("unit"), .text("upper_technical_limit")], [.text("t"), .text("K"), .text("high")]])
        let expected = AssetTreeFormatError(
            location: AssetTreeLocation(file: "t.xlsx", sheet: "Tags", row: 2, column: "C", header: "upper_technical_limit"),
            reason: .notANumber("high"))
        #expect(throws: expected) { try read(bytes) }
        #expect(expected.description == "t.xlsx, sheet Tags, row 2, column C (upper_technical_limit): 'high' is not a number")
        #expect(
            throws: AssetTreeFormatError(
                location: AssetTreeLocation(file: "t.csv", row: 2, column: "3", header: "bias"), reason: .notANumber("1,5"))
        ) { try read(Array("kind,id,bias\ntag,t,\"1,5\"\n".utf8), .csv) }
    }

    @Test func missingIDColumnAndEmptyID() throws {
        let bytes = try workbook(assets: [[.text("name"), .text("parent")], [.text("x")]])
        let expected = AssetTreeFormatError(
            location: AssetTreeLocation(file: "t.xlsx", sheet: "Assets", row: 1), reason: .missingColumn("id", found: ["name", "parent"]))
        #expect(throws: expected) { try read(bytes) }
        #expect(expected.description == "t.xlsx, sheet Assets, row 1: no 'id' column (headers found: 'name', 'parent')")
        let empty = try workbook(assets: [[.text("name"), .text("id")], [.text("x"), .text("  ")]])
        #expect(
            throws: AssetTreeFormatError(
                location: AssetTreeLocation(file: "t.xlsx", sheet: "Assets", row: 2, column: "B", header: "id"), reason: .emptyID)
        ) { try read(empty) }
        #expect(throws: AssetTreeFormatError(location: AssetTreeLocation(file: "t.csv", row: 1), reason: .missingColumn("kind", found: ["id"]))) {
            try read(Array("id\na\n".utf8), .csv)
        }
    }

    @Test func duplicateColumnAndUnknownKind() throws {
        #expect(
            throws: AssetTreeFormatError(
                location: AssetTreeLocation(file: "t.csv", row: 1, column: "3", header: "Asset ID"),
                reason: .duplicateColumn("asset_id ('asset' and 'Asset ID')"))
        ) { try read(Array("kind,asset,Asset ID,id\n".utf8), .csv) }
        #expect(
            throws: AssetTreeFormatError(
                location: AssetTreeLocation(file: "t.csv", row: 2, column: "1", header: "kind"), reason: .unknownKind("pump"))
        ) { try read(Array("kind,id\npump,a\n".utf8), .csv) }
    }

    @Test func noTreeSheets() throws {
        let bytes = try XLSXWorkbook(sheets: [XLSXSheet(name: "Sheet1", values: [[.text("id")]])]).xlsxBytes()
        #expect(throws: AssetTreeFormatError(location: AssetTreeLocation(file: "t.xlsx"), reason: .noTreeSheets(found: ["Sheet1"]))) {
            try read(bytes)
        }
        #expect {
            try read(Array("not a zip".utf8))
        } throws: { error in
            (error as? AssetTreeFormatError)?.description == "t.xlsx: not an XLSX file (not a ZIP archive)"
        }
    }

    @Test func jsonErrorsNameThePath() {
        let wrongType = #"{"assets": [{"id": "a"}], "tags": [{"id": "t"}, {"id": "u", "bias": "x"}]}"#
        #expect {
            try read(Array(wrongType.utf8), .json)
        } throws: { error in
            guard let error = error as? AssetTreeFormatError, case .json(let message) = error.reason else { return false }
            return error.location.jsonPath == "tags[1].bias" && message.hasPrefix("expected a number")
        }
        #expect {
            try read(Array(#"{"tags": [{"name": "t"}]}"#.utf8), .json)
        } throws: { error in
            (error as? AssetTreeFormatError)?.description == "t.json, at tags[0]: the key 'id' is missing"
        }
        #expect {
            try read(Array(#"{"assets": [{"id": "a"}, {"id": "a"}]}"#.utf8), .json)
        } throws: { error in
            (error as? AssetTreeFormatError)?.description == "t.json, at assets[1]: asset id 'a' is used more than once"
        }
        #expect {
            try read(Array(#"{"tags": {"id": "t"}}"#.utf8), .json)
        } throws: { error in
            guard let error = error as? AssetTreeFormatError, case .json(let message) = error.reason else { return false }
            return error.location.jsonPath == "tags" && message.hasPrefix("expected an array")
        }
        #expect(throws: AssetTreeFormatError.self) { try read(Array("{".utf8), .json) }
    }
}
