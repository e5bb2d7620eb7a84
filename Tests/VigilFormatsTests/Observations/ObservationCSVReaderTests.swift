import Foundation
import Testing
import VigilCore
import VigilFormats
import VigilTestSupport

@Suite("Observation CSV: file reader")
struct ObservationCSVReaderTests {
    /// A wide file of `rows` rows × 3 tags whose values encode their position.
    private func generatedWideFile(rows: Int, in directory: TemporaryDirectory, badLine: Int? = nil) throws -> String {
        var text = "timestamp;a;b;c\n"
        for row in 0..<rows {
            let line = row + 2
            let time = Timestamp(seconds: 1_600_000_000 + Int64(row)).mladText
            text += line == badLine ? "\(time);1;two;3\n" : "\(time);\(row).25;\(row).5;-\(row)\n"
        }
        return try directory.write(text, to: "wide.csv")
    }

    @Test func emitsEveryRowInOrderInBoundedBatchesWithProgress() throws {
        let directory = try TemporaryDirectory()
        let rows = 120_000
        let path = try generatedWideFile(rows: rows, in: directory)
        let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as! Int
        let reader = try ObservationCSVReader(path: path, options: ObservationCSVOptions(batchSize: 10_000))
        var row = 0
        var column = 0
        var batches = 0
        var lastProgress: Int64 = 0
        while let batch = try reader.nextBatch() {
            batches += 1
            #expect(batch.observations.count <= 10_000 + 2)
            #expect(batch.bytesRead > lastProgress)
            #expect(batch.totalBytes == Int64(size))
            lastProgress = batch.bytesRead
            for observation in batch.observations {
                let expected = [Double(row) + 0.25, Double(row) + 0.5, -Double(row)][column]
                guard observation.value == expected, observation.timestamp == Timestamp(seconds: 1_600_000_000 + Int64(row)) else {
                    Issue.record("row \(row) column \(column): \(observation)")
                    return
                }
                column += 1
                if column == 3 {
                    column = 0
                    row += 1
                }
            }
        }
        #expect(row == rows)
        #expect(batches >= rows * 3 / 10_002)
        #expect(lastProgress == Int64(size))
        #expect(reader.summary.observations == rows * 3)
        #expect(reader.summary.rows == rows)
        #expect(try reader.nextBatch() == nil)
    }

    @Test func strictModeReturnsTheGoodRowsThenThrowsWithTheLine() throws {
        let directory = try TemporaryDirectory()
        let path = try generatedWideFile(rows: 50_000, in: directory, badLine: 30_002)
        let reader = try ObservationCSVReader(path: path, options: ObservationCSVOptions(batchSize: 4096))
        var count = 0
        var failure: ObservationCSVError?
        do {
            while let batch = try reader.nextBatch() { count += batch.observations.count }
        } catch {
            failure = error
        }
        #expect(count == 30_000 * 3)
        #expect(failure?.line == 30_002)
        #expect(failure?.column == 3)
        #expect(failure?.columnName == "b")
        #expect(failure?.text == "two")
        #expect(try reader.nextBatch() == nil)
    }

    @Test func skipBadRowsReadsToTheEnd() throws {
        let directory = try TemporaryDirectory()
        let path = try generatedWideFile(rows: 5000, in: directory, badLine: 4000)
        let reader = try ObservationCSVReader(path: path, options: ObservationCSVOptions(skipBadRows: true))
        var count = 0
        while let batch = try reader.nextBatch() { count += batch.observations.count }
        #expect(count == 4999 * 3)
        #expect(reader.summary.badRows == 1)
        #expect(reader.summary.errors.map(\.line) == [4000])
    }

    @Test func missingFileIsUnreadable() {
        #expect {
            try ObservationCSVReader(path: "/nonexistent/vigil.csv")
        } throws: { error in
            guard let error = error as? ObservationCSVError, case .unreadable(let cause) = error.reason else { return false }
            return cause.operation == .openForReading && error.description.contains("/nonexistent/vigil.csv")
        }
    }
}
