import Foundation
import Testing
import VigilCore
import VigilFormats
import VigilTestSupport

@Suite("Observation CSV: writers")
struct ObservationCSVWriterTests {
    private func readAll(_ path: String, options: ObservationCSVOptions = ObservationCSVOptions()) throws -> [Observation] {
        let reader = try ObservationCSVReader(path: path, options: options)
        var observations: [Observation] = []
        while let batch = try reader.nextBatch() { observations += batch.observations }
        return observations
    }

    @Test func longWriterWritesMLADFormat() throws {
        var bytes: [UInt8] = []
        let writer = LongCSVWriter { bytes += $0 }
        try writer.write([
            Observation(tag: "FT-101", timestamp: Timestamp(seconds: 1_704_067_200), value: 4.5),
            Observation(tag: "PT 7", timestamp: Timestamp(milliseconds: 1_704_067_200_250), value: 100),
        ])
        try writer.finish()
        #expect(
            String(decoding: bytes, as: UTF8.self) == "timestamp;tag_name;value\n2024-01-01T00:00:00;FT-101;4.5\n2024-01-01T00:00:00.250;PT 7;100\n")
    }

    @Test func longFilesRoundTripExactly() throws {
        let directory = try TemporaryDirectory()
        let values: [Double] = [0.1, -0, 1e-300, 123_456_789.123_456_78, -2.5e17, 1 / 3, 42, .pi]
        let observations = values.enumerated().map { index, value in
            Observation(
                tag: TagID(index % 2 == 0 ? "a;b \"quoted\"" : "plain"), timestamp: Timestamp(milliseconds: 1_700_000_000_000 + Int64(index) * 1001),
                value: value, quality: index % 3 == 0 ? .good : index % 3 == 1 ? nil : ObservationQuality(rawValue: 9))
        }
        let path = directory.file("long.csv")
        let writer = try LongCSVWriter(path: path, includesQuality: true)
        try writer.write(observations)
        try writer.finish()
        #expect(try readAll(path) == observations)
    }

    @Test func wideWriterMergesSeriesByTimestamp() throws {
        var bytes: [UInt8] = []
        let writer = WideCSVWriter(tags: ["a", "b"], sink: { bytes += $0 })
        try writer.write([
            TimeSeries(tag: "a", timestamps: [0, 1000, 3000], values: [1, 2, 3]),
            TimeSeries(tag: "b", timestamps: [1000, 2000], values: [0.5, 0.25]),
            TimeSeries(tag: "ignored", timestamps: [500], values: [9]),
        ])
        try writer.finish()
        #expect(
            String(decoding: bytes, as: UTF8.self) == """
                timestamp,a,b
                1970-01-01T00:00:00,1,
                1970-01-01T00:00:01,2,0.5
                1970-01-01T00:00:02,,0.25
                1970-01-01T00:00:03,3,

                """)
    }

    @Test func wideFilesRoundTripWithEpochTimestamps() throws {
        let directory = try TemporaryDirectory()
        for format in [CSVTimestampFormat.epochSeconds, .epochMilliseconds, .iso8601] {
            let path = directory.file("wide-\(format).csv")
            let writer = try WideCSVWriter(path: path, tags: ["x", "y, z"], separator: .semicolon, timestampFormat: format)
            try writer.writeRow(timestamp: Timestamp(milliseconds: 1_700_000_000_500), values: [1.5, nil])
            try writer.writeRow(timestamp: Timestamp(milliseconds: 1_700_000_001_000), values: [nil, -2])
            try writer.finish()
            let expected = [
                Observation(tag: "x", timestamp: Timestamp(milliseconds: 1_700_000_000_500), value: 1.5),
                Observation(tag: "y, z", timestamp: Timestamp(milliseconds: 1_700_000_001_000), value: -2),
            ]
            #expect(try readAll(path, options: ObservationCSVOptions(timestampFormat: format)) == expected, "\(format)")
        }
    }

    @Test func writingIntoAMissingDirectoryFails() {
        #expect(throws: FileAccessError.self) { try LongCSVWriter(path: "/nonexistent/dir/out.csv") }
    }
}
