import ArgumentParser
import Foundation
import VigilCore
import VigilTelemetry

/// `vigil detect`: score one series with a univariate detector.
struct DetectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "detect",
        abstract: "Score a timestamp,value CSV file with a univariate detector.",
        discussion: """
            Writes one row per input row: timestamp, value, score (0–1) and flag (1 when the detector calls the point anomalous), to --out or standard output, and prints an explanation of every flagged point on standard error.

            Detectors:
              \(UnivariateDetectorCatalog.summaries.joined(separator: "\n  "))

            The first points are the warm-up (the detector learns and scores 0): by default 15 % of the file, at most 750 points, as NAB's probationary period.
            """
    )

    @Argument(help: "A CSV file with a timestamp column and a value column (more columns: see --column).")
    var file: String

    @Option(help: "The detector: \(UnivariateDetectorCatalog.names.joined(separator: ", ")).")
    var detector: String = UnivariateDetectorCatalog.names[0]

    @Option(help: "Write the scores to this CSV file instead of standard output.")
    var out: String?

    @Option(help: "The value column to score (default: the first one after the timestamp).")
    var column: String?

    @Option(name: .customLong("warm-up"), help: "Points the detector learns from before scoring (default: 15 % of the file, at most 750).")
    var warmUp: Int?

    @Option(help: "The detector's configuration as JSON (missing keys keep their defaults), or @FILE to read it from a file.")
    var config: String?

    @Flag(help: "Print a JSON summary (points, flags, explanations) on standard output instead of the CSV.")
    var json = false

    func validate() throws {
        guard UnivariateDetectorCatalog.names.contains(detector) else {
            throw ValidationError("--detector must be one of \(UnivariateDetectorCatalog.names.joined(separator: ", "))")
        }
        if let warmUp, warmUp < 2 { throw ValidationError("--warm-up must be at least 2") }
    }

    func run() async throws {
        let series = try SeriesFile.read(file, column: column)
        let detector = try UnivariateDetectorCatalog.make(detector, configuration: try ConfigurationArgument.data(config))
        let warmUp = self.warmUp ?? min(Int(0.15 * Double(series.count)), 750)
        let detection: UnivariateDetection
        do {
            detection = try detector.detect(series, warmUp: warmUp)
        } catch {
            throw CommandFailure("\(file): \(error)")
        }
        if json {
            try printJSON(DetectSummary(file: file, detector: detector.name, warmUp: warmUp, series: series, detection: detection))
        } else {
            try writeCSV(series, detection)
        }
        for explanation in detection.explanations {
            FileHandle.standardError.write(
                Data("\(explanation.timestamp.iso8601)  score \(String(format: "%.3f", explanation.score))  \(explanation.reason)\n".utf8))
        }
    }

    private func writeCSV(_ series: TimeSeries, _ detection: UnivariateDetection) throws {
        var text = "timestamp,value,score,flag\n"
        text.reserveCapacity(series.count * 48)
        for index in 0..<series.count {
            text += "\(Timestamp(milliseconds: series.timestamps[index]).iso8601),\(series.values[index]),"
            text += "\(detection.scores[index]),\(detection.flags[index] ? 1 : 0)\n"
        }
        if let out {
            do {
                try text.write(toFile: out, atomically: true, encoding: .utf8)
            } catch {
                throw CommandFailure("cannot write \(out): \(error.localizedDescription)")
            }
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}
