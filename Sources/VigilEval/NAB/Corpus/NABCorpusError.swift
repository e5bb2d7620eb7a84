/// Why a NAB corpus could not be loaded or a data file could not be built.
///
/// ```swift
/// // "/data/NAB/labels/combined_windows.json: missing (not a NAB checkout: expected data/, labels/combined_windows.json,
/// //  labels/combined_labels.json and config/profiles.json)"
/// // "/data/NAB/data/realTraffic/speed_7578.csv line 12: value 'n/a' is not a number"
/// ```
public struct NABCorpusError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Reason: Hashable, Sendable {
        /// A file or folder of the NAB layout does not exist.
        case missing
        /// The file exists but could not be read.
        case unreadable(String)
        /// A JSON document does not have the expected shape; the text says where and what was expected.
        case malformedJSON(String)
        /// The header lacks a column.
        case missingColumn(String)
        /// A row has fewer fields than the header needs.
        case missingField(String)
        /// A timestamp field is not a date-time.
        case badTimestamp(String)
        /// A value field is not a finite number.
        case badValue(String)
        /// The data file has no rows.
        case empty
        /// The data file has no entry in a label document (`labels/combined_windows.json` or `labels/combined_labels.json`).
        case notLabelled(document: String)
        /// An entry of the label document at ``NABCorpusError/path`` names a file that is not under `data/`.
        case noDataFile(String)
        /// A window or label timestamp does not occur exactly once in the data file (NAB requires an exact match).
        case timestampNotInData(String, occurrences: Int)
        /// A window is not made of two timestamps.
        case malformedWindow(String)
        /// A window ends before it starts, overlaps or precedes the previous one, or falls outside the rows.
        case badWindow(String)
        /// A window spans a single row; NAB's false-positive weighting divides by `width − 1`.
        case windowTooNarrow(String)
        /// A labelled anomaly row is outside the file.
        case badAnomaly(Int)
        /// The timestamps, values and timestamp texts differ in count.
        case mismatchedColumns(timestamps: Int, values: Int)
        /// `profiles.json` lacks one of NAB's published profiles.
        case missingProfile(String)
        /// The probationary fraction is outside [0, 1).
        case badProbationaryPercent(Double)
    }

    /// The file (or in-memory file's relative path) concerned.
    public var path: String
    /// The line, counting from 1, when the problem is on one line of a CSV file.
    public var line: Int?
    /// What went wrong.
    public var reason: Reason

    /// Creates an error.
    public init(path: String, line: Int? = nil, reason: Reason) {
        self.path = path
        self.line = line
        self.reason = reason
    }

    public var description: String {
        let location = line.map { "\(path) line \($0)" } ?? path
        return "\(location): \(reasonText)"
    }

    /// The reason without the location.
    var reasonText: String {
        switch reason {
        case .missing:
            "missing (not a NAB checkout: expected data/, labels/combined_windows.json, labels/combined_labels.json "
                + "and config/profiles.json)"
        case .unreadable(let why): "cannot be read: \(why)"
        case .malformedJSON(let why): "unexpected JSON: \(why)"
        case .missingColumn(let name): "the header has no '\(name)' column"
        case .missingField(let name): "the row has no '\(name)' field"
        case .badTimestamp(let text): "timestamp '\(text)' is not a date-time"
        case .badValue(let text): "value '\(text)' is not a finite number"
        case .empty: "the file has no data rows"
        case .notLabelled(let document): "the data file has no entry in \(document)"
        case .noDataFile(let key): "entry '\(key)' names no file under data/"
        case .timestampNotInData(let text, let occurrences):
            "label timestamp '\(text)' occurs \(occurrences) times in the data file; NAB needs exactly one row"
        case .malformedWindow(let text): "window \(text) is not a [start, end] pair of timestamps"
        case .badWindow(let text): "window \(text) is out of order, overlaps another, or lies outside the rows"
        case .windowTooNarrow(let text): "window \(text) spans one row; NAB windows need at least two"
        case .badAnomaly(let row): "labelled anomaly row \(row) is outside the file"
        case .mismatchedColumns(let timestamps, let values): "\(timestamps) timestamps for \(values) values"
        case .missingProfile(let name): "profile '\(name)' is missing"
        case .badProbationaryPercent(let value): "probationary fraction \(value) is outside [0, 1)"
        }
    }
}
