import Foundation
import Testing
import VigilCore
import VigilFormats
import VigilTestSupport

@testable import VigilFormats

/// LibreOffice opens the XLSX files Vigil writes, and Vigil imports the XLSX files LibreOffice
/// saves. Enabled when `soffice` is on the PATH (`make setup` installs libreoffice-calc-nogui).
@Suite("Asset tree: LibreOffice interoperability", .enabled(if: LibreOffice.isAvailable))
struct LibreOfficeTests {
    private func csvRows(_ path: String) throws -> [[String]] {
        try CSVTable(bytes: Array(Data(contentsOf: URL(fileURLWithPath: path)))).rows.map(\.fields)
    }

    @Test func vigilXLSXOpensInLibreOfficeWithEveryValue() throws {
        let directory = try TemporaryDirectory()
        let input = directory.file("tree.xlsx")
        try SampleTree.tree.write(to: input)
        try LibreOffice.convert(input, to: LibreOffice.csvAllSheetsFilter, outputDirectory: directory.path)
        #expect(
            try String(contentsOfFile: directory.file("tree-Assets.csv"), encoding: .utf8) == #"""
                id,name,description,parent_id
                plant,"Plant ""North""","Main site; line 1, line 2",
                pump-1,pump-1,,plant
                tank & valve,  Tank <A> ,"multi
                line",pump-1

                """#)
        #expect(
            try csvRows(directory.file("tree-Tags.csv")) == [
                [
                    "id", "name", "description", "unit", "asset_id", "lower_technical_limit", "upper_technical_limit", "lower_display_bound",
                    "upper_display_bound", "bias", "multiplier",
                ],
                ["FT-101", "Loop flow", "after the pump", "m3/h", "pump-1", "0", "180", "-5.5", "200.25", "0.125", "0.001"],
                ["TT-7", "TT-7", "", "°C", "plant", "", "95", "", "", "0", "1"],
                ["loose", "Not yet placed", "", "", "", "", "", "", "", "0", "1"],
            ])
    }

    @Test func xlsxResavedByLibreOfficeImports() throws {
        let directory = try TemporaryDirectory()
        let input = directory.file("tree.xlsx")
        try SampleTree.tree.write(to: input)
        let output = directory.file("saved")
        try LibreOffice.convert(input, to: "xlsx", outputDirectory: output)
        let saved = output + "/tree.xlsx"
        #expect(try XLSXWorkbook(contentsOf: saved).sheets.map(\.name) == ["Assets", "Tags"])
        #expect(try AssetTreeDocument(contentsOf: saved).tree() == SampleTree.tree)
    }

    @Test func xlsxConvertedByLibreOfficeFromCSVImports() throws {
        let directory = try TemporaryDirectory()
        let tree = try AssetTree(
            assets: [Asset(id: "plant", name: "Plant"), Asset(id: "pump-1", parentID: "plant")],
            tags: [
                Tag(id: "FT-101", unit: "m3/h", assetID: "pump-1", technicalLimits: ValueBounds(lower: 0, upper: 180), bias: 0.5),
                Tag(id: "TT-7", assetID: "plant", displayBounds: ValueBounds(lower: -20, upper: 120.5), multiplier: 0.1),
            ])
        let input = directory.file("plant.csv")
        try tree.write(to: input)
        try LibreOffice.convert(input, to: "xlsx", outputDirectory: directory.path)
        let workbook = try XLSXWorkbook(contentsOf: directory.file("plant.xlsx"))
        #expect(workbook.sheets.map(\.name) == ["plant"])
        #expect(workbook.sheets[0].rows[3][8] == .number(180))
        #expect(try AssetTreeDocument(contentsOf: directory.file("plant.xlsx")).tree() == tree)
    }
}
