import Foundation

/// Reads anomaly scores back from a NAB results folder (`DIR/<detector>/<category>/<detector>_<file>.csv`,
/// column `anomaly_score`): Vigil's own output, or a published detector's results from NAB's
/// repository, to score them with ``NABScorer``.
///
/// ```swift
/// let reader = NABResultsReader(directory: "NAB/results", detector: "ARTime")
/// let scores = try reader.read(corpus)
/// let evaluation = try NABScorer(corpus: corpus).evaluate(scores)
/// ```
public struct NABResultsReader: Sendable {
    /// The results folder (`DIR`).
    public let directory: String
    /// The detector whose folder is read.
    public let detector: String

    /// Prepares a reader.
    public init(directory: String, detector: String) {
        self.directory = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        self.detector = detector
    }

    /// The results file of a data file: `DIR/<detector>/<category>/<detector>_<name>.csv`.
    public func path(for file: NABDataFile) -> String {
        "\(directory)/\(detector)/\(file.category)/\(detector)_\(file.name).csv"
    }

    /// Reads the scores of every corpus file.
    /// - Returns: one array per file, in ``NABCorpus/files`` order.
    /// - Throws: ``NABResultsError`` for the first file that is missing or does not fit.
    public func read(_ corpus: NABCorpus) throws(NABResultsError) -> [[Double]] {
        var scores: [[Double]] = []
        for file in corpus.files { scores.append(try read(file)) }
        return scores
    }

    /// Reads one file's scores.
    /// - Returns: one anomaly score per row of `file`.
    /// - Throws: ``NABResultsError`` when the results file is missing, malformed, or has another row count.
    public func read(_ file: NABDataFile) throws(NABResultsError) -> [Double] {
        let path = path(for: file)
        let columns: NABDataFileParser.Columns
        do {
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
            columns = try NABDataFileParser.parse(bytes, path: path, valueColumn: "anomaly_score")
        } catch let error as NABCorpusError {
            throw NABResultsError(path: path, reason: .cannotRead((error.line.map { "line \($0): " } ?? "") + error.reasonText))
        } catch {
            throw NABResultsError(path: path, reason: .cannotRead(error.localizedDescription))
        }
        guard columns.values.count == file.count else {
            throw NABResultsError(path: path, reason: .wrongRowCount(expected: file.count, found: columns.values.count))
        }
        return columns.values
    }
}
