import Foundation
import Testing
import VigilCore
import VigilStore
import VigilTestSupport

/// An acknowledged batch survives `kill -9` of the process that wrote it.
@Suite struct CrashDurabilityTests {
    static let tags: [TagID] = ["pump.flow", "pump.pressure", "pump.current"]
    static let rows = 1_200_000
    static let origin: Int64 = 1_700_000_000_000

    /// Row `i` of the generated file: three tags in turn, one second apart per round, exact decimal values.
    static func expected(row: Int) -> Observation {
        Observation(
            tag: tags[row % tags.count], timestamp: Timestamp(milliseconds: origin + Int64(row / tags.count) * 1000),
            value: Double(row) * 0.25 - 1000)
    }

    @Test func killedImportLosesNothingAcknowledged() async throws {
        let directory = try TemporaryDirectory()
        let csv = directory.file("long.csv")
        var text = "timestamp;tag_name;value\n"
        text.reserveCapacity(Self.rows * 40)
        for row in 0..<Self.rows {
            let observation = Self.expected(row: row)
            text += "\(observation.timestamp.mladText);\(observation.tag);\(observation.value)\n"
        }
        try text.write(toFile: csv, atomically: false, encoding: .utf8)

        let process = Process()
        process.executableURL = VigilProcess.executable
        process.arguments = ["import", "observations", csv, "--data-dir", directory.file("data"), "--batch-size", "10000", "--json"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()

        // Read progress lines until a few batches are acknowledged, then kill the importer mid-ingest.
        var acknowledged = 0
        var buffer = Data()
        var events = 0
        while events < 8 {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            buffer.append(chunk)
            while let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = buffer[buffer.startIndex..<newline]
                buffer.removeSubrange(buffer.startIndex...newline)
                let event = try JSONDecoder().decode(ProgressLine.self, from: Data(line))
                if event.event == "committed" {
                    acknowledged = event.observations
                    events += 1
                }
            }
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal, "the importer must be killed before it finishes")
        #expect(acknowledged >= 80_000 && acknowledged < Self.rows)

        let store = try SQLiteStore(location: .directory(directory.file("data")))
        let everything = Timestamp(milliseconds: .min)...Timestamp(milliseconds: .max)
        var stored: [TagID: TimeSeries] = [:]
        var total = 0
        for tag in Self.tags {
            let series = try await store.series(for: tag, in: everything)
            stored[tag] = series
            total += series.count
        }
        #expect(total >= acknowledged)
        // Every acknowledged row is there with its exact value; nothing stored is wrong.
        for row in 0..<total {
            let want = Self.expected(row: row)
            let series = try #require(stored[want.tag])
            let index = row / Self.tags.count
            guard index < series.count else {
                Issue.record("row \(row) (acknowledged: \(row < acknowledged)) is missing")
                return
            }
            if series.timestamps[index] != want.timestamp.milliseconds || series.values[index] != want.value {
                Issue.record("row \(row): stored \(series[index]), expected \(want)")
                return
            }
        }
    }

    private struct ProgressLine: Decodable {
        let event: String
        let observations: Int
    }
}
