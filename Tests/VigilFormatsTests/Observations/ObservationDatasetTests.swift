import Foundation
import Testing
import VigilCore
import VigilFormats
import VigilTestSupport

/// The real NAB and SKAB files load as wide CSV without a single bad row.
@Suite("Observation CSV: NAB and SKAB files", .enabled(if: SharedDatasets.root != nil))
struct ObservationDatasetTests {
    private func load(_ path: String) throws -> (observations: [Observation], summary: ObservationCSVSummary) {
        let reader = try ObservationCSVReader(path: path)
        var observations: [Observation] = []
        while let batch = try reader.nextBatch() { observations += batch.observations }
        return (observations, reader.summary)
    }

    private func dataLines(_ path: String) throws -> Int {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return text.split(whereSeparator: \.isNewline).count - 1
    }

    @Test func everyNABFileLoads() throws {
        let files = SharedDatasets.csvFiles(under: "NAB/data")
        #expect(files.count >= 58)
        for path in files {
            let (observations, summary) = try load(path)
            #expect(summary.layout == .wide && summary.separator == .comma && summary.hasHeader, "\(path)")
            #expect(summary.tags == ["value"], "\(path)")
            #expect(summary.badRows == 0, "\(path)")
            #expect(observations.count == (try dataLines(path)), "\(path)")
        }
    }

    @Test func nabFileValuesMatchTheText() throws {
        let path = try #require(SharedDatasets.file("NAB/data/realTraffic/speed_6005.csv"))
        let (observations, _) = try load(path)
        #expect(observations.first == Observation(tag: "value", timestamp: Timestamp(iso8601: "2015-08-31 18:22:00")!, value: 90))
        #expect(observations[1] == Observation(tag: "value", timestamp: Timestamp(iso8601: "2015-08-31 18:32:00")!, value: 80))
    }

    @Test func everySKABFileLoads() throws {
        let files = SharedDatasets.csvFiles(under: "SKAB/data")
        #expect(files.count >= 30)
        let sensors: [TagID] = [
            "Accelerometer1RMS", "Accelerometer2RMS", "Current", "Pressure", "Temperature", "Thermocouple", "Voltage", "Volume Flow RateRMS",
        ]
        for path in files {
            let (observations, summary) = try load(path)
            #expect(summary.layout == .wide && summary.separator == .semicolon && summary.hasHeader, "\(path)")
            #expect(Array(summary.tags.prefix(8)) == sensors, "\(path)")
            #expect(summary.badRows == 0, "\(path)")
            #expect(observations.count == (try dataLines(path)) * summary.tags.count, "\(path)")
        }
    }

    @Test func skabFileValuesMatchTheText() throws {
        let path = try #require(SharedDatasets.file("SKAB/data/valve1/1.csv"))
        let (observations, summary) = try load(path)
        #expect(summary.tags.suffix(2) == ["anomaly", "changepoint"])
        let time = Timestamp(iso8601: "2020-03-09 10:34:33")!
        #expect(
            observations.prefix(3) == [
                Observation(tag: "Accelerometer1RMS", timestamp: time, value: 0.0270797),
                Observation(tag: "Accelerometer2RMS", timestamp: time, value: 0.039615),
                Observation(tag: "Current", timestamp: time, value: 0.871339),
            ])
    }
}
