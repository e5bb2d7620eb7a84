/// Why an array of anomaly scores could not be scored against a NAB corpus.
///
/// ```swift
/// // "realKnownCause/nyc_taxi.csv: 10319 scores for 10320 rows"
/// // "realKnownCause/nyc_taxi.csv row 812: anomaly score 1.7 is outside [0, 1]"
/// ```
public enum NABScoringError: Error, Hashable, Sendable, CustomStringConvertible {
    /// One score array per corpus file is needed, in ``NABCorpus/files`` order.
    case wrongFileCount(expected: Int, found: Int)
    /// A file's score array does not have one score per row.
    case wrongPointCount(file: String, expected: Int, found: Int)
    /// A score is NaN or outside [0, 1] (NAB's detectors guarantee that range); `row` counts from 0.
    case scoreOutOfRange(file: String, row: Int, value: Double)

    public var description: String {
        switch self {
        case .wrongFileCount(let expected, let found): "\(found) score arrays for \(expected) corpus files"
        case .wrongPointCount(let file, let expected, let found): "\(file): \(found) scores for \(expected) rows"
        case .scoreOutOfRange(let file, let row, let value): "\(file) row \(row): anomaly score \(value) is outside [0, 1]"
        }
    }
}
