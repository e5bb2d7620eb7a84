import Foundation

/// Writes a detector's anomaly scores in NAB's results layout, so that NAB's own scorer can
/// re-score them: `DIR/<detector>/<category>/<detector>_<file>.csv` with the columns
/// `timestamp,value,anomaly_score`, every row of the data file, timestamps exactly as written there.
///
/// ```swift
/// let writer = try NABResultsWriter(directory: "results", detector: "vigil")
/// try writer.write(scores, for: corpus)      // results/vigil/realKnownCause/vigil_nyc_taxi.csv …
/// ```
public struct NABResultsWriter: Sendable {
    /// The results folder (`DIR`), which holds one folder per detector.
    public let directory: String
    /// The detector name, validated by ``validateDetectorName(_:)``.
    public let detector: String

    /// Prepares a writer.
    /// - Parameters:
    ///   - directory: the results folder; created when missing.
    ///   - detector: the detector's name.
    /// - Throws: ``NABResultsError`` when the name cannot be used by NAB.
    public init(directory: String, detector: String) throws(NABResultsError) {
        try Self.validateDetectorName(detector)
        self.directory = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        self.detector = detector
    }

    /// Checks that NAB's scripts can handle a detector name: ASCII letters, digits and `-` only
    /// (NAB splits `<detector>_<file>` and `<detector>_<profile>_scores` at `_` and file names at
    /// `.`), and no profile name inside (NAB finds a scores file's profile by substring).
    /// - Throws: ``NABResultsError`` saying why the name is refused.
    public static func validateDetectorName(_ name: String) throws(NABResultsError) {
        func refuse(_ why: String) -> NABResultsError {
            NABResultsError(path: "", reason: .invalidDetectorName(name, why: why))
        }
        guard !name.isEmpty else { throw refuse("it is empty") }
        if name.contains("_") {
            throw refuse("it contains '_', which NAB uses to split '<detector>_<file>' and '<detector>_<profile>_scores'")
        }
        if let bad = name.unicodeScalars.first(where: { !($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-")) }) {
            throw refuse("'\(bad)' is not an ASCII letter, digit or '-'")
        }
        if name.contains("standard") { throw refuse("it contains the profile name 'standard'") }
    }

    /// The results file of a data file: `DIR/<detector>/<category>/<detector>_<name>.csv`.
    public func path(for file: NABDataFile) -> String {
        "\(directory)/\(detector)/\(file.category)/\(detector)_\(file.name).csv"
    }

    /// Writes every file's scores.
    /// - Parameters:
    ///   - scores: one array per corpus file, in ``NABCorpus/files`` order.
    ///   - corpus: the corpus the scores belong to.
    /// - Throws: ``NABResultsError`` when a count differs or a file cannot be written.
    public func write(_ scores: [[Double]], for corpus: NABCorpus) throws(NABResultsError) {
        guard scores.count == corpus.files.count else {
            throw NABResultsError(path: "\(directory)/\(detector)", reason: .wrongRowCount(expected: corpus.files.count, found: scores.count))
        }
        for (file, fileScores) in zip(corpus.files, scores) { try write(fileScores, for: file) }
    }

    /// Writes one file's scores, creating its folders.
    /// - Parameters:
    ///   - scores: one anomaly score per row of `file`.
    ///   - file: the data file.
    /// - Throws: ``NABResultsError`` when the count differs or the file cannot be written.
    public func write(_ scores: [Double], for file: NABDataFile) throws(NABResultsError) {
        let path = path(for: file)
        guard scores.count == file.count else { throw NABResultsError(path: path, reason: .wrongRowCount(expected: file.count, found: scores.count)) }
        var text = "timestamp,value,anomaly_score\n"
        text.reserveCapacity(file.count * 48)
        for row in 0..<file.count {
            text += file.timestampTexts[row]
            text += ","
            text += Self.number(file.values[row])
            text += ","
            text += Self.number(scores[row])
            text += "\n"
        }
        do {
            let folder = "\(directory)/\(detector)/\(file.category)"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw NABResultsError(path: path, reason: .cannotWrite(error.localizedDescription))
        }
    }

    /// A number as text that reads back to the same `Double`: integers without a fraction, others
    /// in Swift's shortest round-trip form.
    private static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return value.description
    }
}
