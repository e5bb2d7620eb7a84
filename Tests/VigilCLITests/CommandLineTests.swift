import Foundation
import Testing
import VigilCore
import VigilStore
import VigilTestSupport

/// The `vigil` command line as users drive it: help, errors, import and export round trips.
@Suite struct CommandLineTests {
    @Test(arguments: [
        ["--help"], ["import", "--help"], ["import", "assets", "--help"], ["import", "observations", "--help"],
        ["export", "--help"], ["export", "assets", "--help"], ["export", "observations", "--help"],
        ["assets", "--help"], ["assets", "tree", "--help"], ["assets", "list", "--help"], ["assets", "add", "--help"],
        ["assets", "remove", "--help"], ["tags", "--help"], ["tags", "list", "--help"], ["tags", "show", "--help"],
        ["tags", "set", "--help"], ["tags", "remove", "--help"], ["detect", "--help"], ["bench", "--help"], ["bench", "nab", "--help"],
    ])
    func everyCommandHasHelp(arguments: [String]) throws {
        let outcome = try VigilProcess.run(arguments)
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.contains("USAGE: vigil"))
        #expect(outcome.standardOutput.contains("OVERVIEW:"))
        let takesDataDirectory = arguments.count > 2 && arguments[0] != "bench"
        if takesDataDirectory {
            #expect(outcome.standardOutput.contains("--data-dir"), "\(arguments) must take --data-dir")
        }
    }

    @Test func missingDataDirectoryIsAOneLineError() throws {
        let directory = try TemporaryDirectory()
        let outcome = try VigilProcess.run(["tags", "list", "--data-dir", directory.file("absent")])
        #expect(outcome.status != 0)
        #expect(outcome.standardError.contains("no data directory at"))
        #expect(outcome.standardError.split(separator: "\n").count == 1)
    }

    @Test func unreadableAssetFileLeavesNoDataDirectoryBehind() throws {
        let directory = try TemporaryDirectory()
        try "not a spreadsheet".write(toFile: directory.file("bad.xlsx"), atomically: true, encoding: .utf8)
        let outcome = try VigilProcess.run(["import", "assets", directory.file("bad.xlsx"), "--data-dir", directory.file("data")])
        #expect(outcome.status != 0)
        #expect(outcome.standardError.contains("not an XLSX file"))
        #expect(!FileManager.default.fileExists(atPath: directory.file("data")))
    }

    @Test func dataDirectoryComesFromTheEnvironment() throws {
        let directory = try TemporaryDirectory()
        let data = directory.file("from-env")
        let added = try VigilProcess.run(["assets", "add", "plant"], environment: ["VIGIL_DATA_DIR": data])
        #expect(added.status == 0, "\(added.standardError)")
        #expect(FileManager.default.fileExists(atPath: data + "/vigil.sqlite"))
    }

    @Test func badObservationRowNamesItsLine() throws {
        let directory = try TemporaryDirectory()
        let csv = directory.file("bad.csv")
        try "timestamp;tag_name;value\n2024-01-01T00:00:00;A;1.5\n2024-01-01T00:00:01;A;oops\n".write(
            toFile: csv, atomically: true, encoding: .utf8)
        let outcome = try VigilProcess.run(["import", "observations", csv, "--data-dir", directory.file("data"), "--quiet"])
        #expect(outcome.status != 0)
        #expect(outcome.standardError.contains("3"), "the error names line 3: \(outcome.standardError)")
        #expect(outcome.standardError.contains("oops"))

        let skipped = try VigilProcess.run(["import", "observations", csv, "--data-dir", directory.file("data"), "--skip-bad"])
        #expect(skipped.status == 0)
        #expect(skipped.standardError.contains("1 bad rows skipped"))
    }

    @Test func assetTreeRoundTripsThroughEveryFormat() throws {
        let directory = try TemporaryDirectory()
        let data = ["--data-dir", directory.file("data")]
        try
            "{\"assets\":[{\"id\":\"plant\",\"name\":\"Plant\",\"description\":\"\"},{\"id\":\"pump-1\",\"name\":\"Pump 1\",\"description\":\"main pump\",\"parentID\":\"plant\"}],\"tags\":[{\"id\":\"FT-101\",\"name\":\"Flow\",\"description\":\"\",\"unit\":\"m3/h\",\"assetID\":\"pump-1\",\"technicalLimits\":{\"lower\":0,\"upper\":180},\"displayBounds\":{},\"bias\":0,\"multiplier\":1}]}"
            .write(toFile: directory.file("tree.json"), atomically: true, encoding: .utf8)
        #expect(try VigilProcess.run(["import", "assets", directory.file("tree.json")] + data).status == 0)
        for format in ["xlsx", "csv", "json"] {
            let file = directory.file("export.\(format)")
            let exported = try VigilProcess.run(["export", "assets", file] + data)
            #expect(exported.status == 0, "\(exported.standardError)")
            let other = ["--data-dir", directory.file("copy-\(format)")]
            let imported = try VigilProcess.run(["import", "assets", file] + other)
            #expect(imported.status == 0, "\(imported.standardError)")
            let tree = try VigilProcess.run(["assets", "tree"] + other)
            #expect(tree.standardOutput.contains("pump-1  Pump 1"))
            #expect(tree.standardOutput.contains("FT-101  Flow [m3/h] limits 0…180"))
        }
    }

    @Test func observationsRoundTripThroughLongAndWideCSV() async throws {
        let directory = try TemporaryDirectory()
        let data = ["--data-dir", directory.file("data")]
        var csv = "datetime,flow,pressure\n"
        for second in 0..<500 {
            csv += "2024-03-01 00:\(String(format: "%02d:%02d", second / 60, second % 60)),\(Double(second) / 8),\(100 - Double(second) * 0.125)\n"
        }
        try csv.write(toFile: directory.file("wide.csv"), atomically: true, encoding: .utf8)
        let imported = try VigilProcess.run(["import", "observations", directory.file("wide.csv"), "--tag-prefix", "p1."] + data)
        #expect(imported.status == 0, "\(imported.standardError)")

        for layout in ["long", "wide"] {
            let file = directory.file("out-\(layout).csv")
            let exported = try VigilProcess.run(["export", "observations", file, "--layout", layout] + data)
            #expect(exported.status == 0, "\(exported.standardError)")
            let copy = directory.file("copy-\(layout)")
            let reimported = try VigilProcess.run(["import", "observations", file, "--data-dir", copy])
            #expect(reimported.status == 0, "\(reimported.standardError)")
            let store = try SQLiteStore(location: .directory(copy))
            let flow = try await store.series(for: "p1.flow", in: Timestamp.epoch...Timestamp(seconds: 4_000_000_000))
            #expect(flow.count == 500)
            #expect(flow.values[400] == 50)
            let pressure = try await store.series(for: "p1.pressure", in: Timestamp.epoch...Timestamp(seconds: 4_000_000_000))
            #expect(pressure.values[8] == 99)
        }
    }

    @Test func tagsCanBeSetShownAndRemoved() throws {
        let directory = try TemporaryDirectory()
        let data = ["--data-dir", directory.file("data")]
        #expect(try VigilProcess.run(["assets", "add", "pump-1", "--name", "Pump 1"] + data).status == 0)
        let set = try VigilProcess.run(["tags", "set", "TT-7", "--unit", "°C", "--asset", "pump-1", "--upper-limit", "95"] + data)
        #expect(set.status == 0, "\(set.standardError)")
        let shown = try VigilProcess.run(["tags", "show", "TT-7"] + data)
        #expect(shown.standardOutput.contains("technical limits: …95"))
        #expect(shown.standardOutput.contains("asset:            pump-1"))
        let unknownAsset = try VigilProcess.run(["tags", "set", "TT-8", "--asset", "nowhere"] + data)
        #expect(unknownAsset.status != 0)
        #expect(unknownAsset.standardError.contains("nowhere"))
        #expect(try VigilProcess.run(["tags", "remove", "TT-7"] + data).status == 0)
        #expect(try VigilProcess.run(["tags", "show", "TT-7"] + data).status != 0)
        #expect(try VigilProcess.run(["assets", "remove", "pump-1"] + data).standardOutput.contains("removed 1 asset"))
    }
}
