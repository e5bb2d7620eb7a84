import Foundation
import Testing
import VigilEval
import VigilTestSupport

/// NAB's results layout, written and read back.
struct NABResultsFolderTests {
    @Test func writesTheLayoutNABsScorerReads() throws {
        let checkout = try NABCorpusLoadingTests.Checkout()
        let corpus = try NABCorpus(contentsOf: checkout.path)
        let output = try TemporaryDirectory()
        let writer = try NABResultsWriter(directory: output.path + "/", detector: "vigil")
        let scores = [(0..<40).map { Double($0) / 40 }]
        try writer.write(scores, for: corpus)

        #expect(writer.path(for: corpus.files[0]) == output.path + "/vigil/small/vigil_tiny.csv")
        let lines = try output.read("vigil/small/vigil_tiny.csv").split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 42)
        #expect(lines[0] == "timestamp,value,anomaly_score")
        // Timestamps exactly as in the data file; integral values without a fraction.
        #expect(lines[1] == "2014-04-01 00:00:00,1.5,0")
        #expect(lines[2] == "2014-04-01 00:05:00,1,0.025")
        #expect(lines[40] == "2014-04-01 03:15:00,39,0.975")
        #expect(lines[41] == "")

        let reader = NABResultsReader(directory: output.path, detector: "vigil")
        #expect(try reader.read(corpus) == scores)
    }

    @Test func detectorNamesMustSurviveNABsFileNameParsing() throws {
        for name in ["vigil", "ARTime", "vigil-ae2"] {
            #expect(throws: Never.self) { try NABResultsWriter.validateDetectorName(name) }
        }
        for name in ["", "vigil_ae", "vigil.ae", "vigil/ae", "standardish", "vigïl"] {
            #expect(throws: NABResultsError.self) { try NABResultsWriter.validateDetectorName(name) }
        }
        do {
            _ = try NABResultsWriter(directory: "/tmp", detector: "my_detector")
            Issue.record("an underscore was accepted")
        } catch {
            #expect(error.description.contains("'_'"))
        }
    }

    @Test func countsMustMatchTheDataFile() throws {
        let checkout = try NABCorpusLoadingTests.Checkout()
        let corpus = try NABCorpus(contentsOf: checkout.path)
        let output = try TemporaryDirectory()
        let writer = try NABResultsWriter(directory: output.path, detector: "vigil")
        #expect(throws: NABResultsError(path: writer.path(for: corpus.files[0]), reason: .wrongRowCount(expected: 40, found: 3))) {
            try writer.write([0, 0, 0], for: corpus.files[0])
        }
        try output.write("timestamp,value,anomaly_score\n2014-04-01 00:00:00,1,0.5\n", to: "vigil/small/vigil_tiny.csv")
        let reader = NABResultsReader(directory: output.path, detector: "vigil")
        #expect(throws: NABResultsError(path: reader.path(for: corpus.files[0]), reason: .wrongRowCount(expected: 40, found: 1))) {
            try reader.read(corpus)
        }
        let missing = NABResultsReader(directory: output.path, detector: "other")
        #expect(throws: NABResultsError.self) { try missing.read(corpus) }
    }
}
