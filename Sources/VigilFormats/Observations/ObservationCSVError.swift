public import VigilCore

/// Why an observations CSV file, or one of its rows, was rejected; names the source, line and
/// column.
///
/// ```swift
/// // "plant.csv:12: column 3 (value): 'l2.5' is not a number"
/// ```
public struct ObservationCSVError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong.
    public enum Reason: Hashable, Sendable {
        /// The row has a number of fields outside `expected`.
        case wrongColumnCount(expected: ClosedRange<Int>, found: Int)
        /// A value field is not a decimal number with a dot.
        case badNumber
        /// A timestamp field does not parse in the file's timestamp format.
        case badTimestamp(CSVTimestampFormat?)
        /// The quality field is not `good`, `uncertain`, `bad` or 0–255.
        case badQuality
        /// The tag field of a long row is empty.
        case emptyTagName
        /// The input ended inside a quoted field.
        case unterminatedQuote
        /// Text follows the closing quote of a field (`"a"b`).
        case textAfterClosingQuote
        /// One record is longer than the reader accepts (usually a quote that is never closed).
        case recordTooLong(limit: Int)
        /// Separator detection found none of `,`, `;` or tab in the first line.
        case noSeparator
        /// The timestamp column named in the options is not in the header (or there is no header).
        case missingTimestampColumn(String)
        /// The timestamp column position is beyond the first line's fields.
        case timestampColumnOutOfRange(Int)
        /// Two columns of a wide file map to the same tag.
        case duplicateColumn(TagID)
        /// A wide file has no value column left after mapping.
        case noValueColumns
        /// The file could not be read.
        case unreadable(FileAccessError)
    }

    /// The file name (or other source name) given to the reader.
    public var source: String
    /// The line number, counting from 1; `nil` for errors about the whole file.
    public var line: Int?
    /// The column position, counting from 1.
    public var column: Int?
    /// The column's header or role (`timestamp`, `tag_name`, `value`, `quality`).
    public var columnName: String?
    /// The offending text (cut to 80 characters).
    public var text: String?
    /// What is wrong.
    public var reason: Reason

    /// Creates an error.
    public init(
        source: String, line: Int?, column: Int? = nil, columnName: String? = nil, text: String? = nil, reason: Reason
    ) {
        self.source = source
        self.line = line
        self.column = column
        self.columnName = columnName
        self.text = text.map { $0.count > 80 ? String($0.prefix(77)) + "..." : $0 }
        self.reason = reason
    }

    public var description: String {
        var place = source
        if let line { place += ":\(line)" }
        if let column { place += ": column \(column)" + (columnName.map { " (\($0))" } ?? "") }
        return "\(place): \(problem)"
    }

    private var problem: String {
        let quoted = "'\(text ?? "")'"
        switch reason {
        case .wrongColumnCount(let expected, let found):
            let wanted = expected.count == 1 ? "\(expected.lowerBound)" : "\(expected.lowerBound) or \(expected.upperBound)"
            return "expected \(wanted) fields, found \(found)"
        case .badNumber: return "\(quoted) is not a number (expected digits with a '.' decimal point)"
        case .badTimestamp(let format):
            switch format {
            case .iso8601, nil: return "\(quoted) is not a timestamp (expected YYYY-MM-DD[Thh:mm[:ss[.fff]]][Z|±hh:mm])"
            case .epochSeconds: return "\(quoted) is not a timestamp (expected seconds since the epoch, like the rows before)"
            case .epochMilliseconds: return "\(quoted) is not a timestamp (expected milliseconds since the epoch, like the rows before)"
            }
        case .badQuality: return "\(quoted) is not a quality (expected good, uncertain, bad or 0-255)"
        case .emptyTagName: return "the tag name is empty"
        case .unterminatedQuote: return "a quoted field is not closed before the end of the input"
        case .textAfterClosingQuote: return "text follows the closing quote of a field"
        case .recordTooLong(let limit): return "a row is longer than \(limit) bytes (is a quote never closed?)"
        case .noSeparator: return "cannot detect the separator: the first line has no ',', ';' or tab"
        case .missingTimestampColumn(let name): return "no timestamp column named '\(name)' in the header"
        case .timestampColumnOutOfRange(let position): return "timestamp column position \(position) is beyond the fields of the first line"
        case .duplicateColumn(let tag): return "two columns map to tag '\(tag)'"
        case .noValueColumns: return "no value column left (a wide file needs a timestamp column and at least one tag column)"
        case .unreadable(let error): return error.description
        }
    }
}
