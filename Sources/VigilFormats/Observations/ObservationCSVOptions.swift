public import VigilCore

/// How to read an observations CSV file; every field has a default that auto-detects.
///
/// ```swift
/// var options = ObservationCSVOptions()
/// options.layout = .wide
/// options.separator = .semicolon
/// options.timestampColumn = .name("datetime")
/// options.skipBadRows = true
/// ```
public struct ObservationCSVOptions: Sendable {
    /// Which column holds the timestamps of a wide file.
    public enum TimestampColumn: Hashable, Sendable {
        /// A header named `timestamp`, `time`, `datetime`, `date`, `date_time` or `ts` (case, space
        /// and `_` insensitive), else the first column.
        case auto
        /// The column with this header (compared case, space and `_` insensitively); the file
        /// must have a header.
        case name(String)
        /// The column at this position, counting from 0.
        case position(Int)
    }

    /// Long or wide; `nil` detects it (see `docs/formats.md`).
    public var layout: ObservationCSVLayout?
    /// The field separator; `nil` detects `,`, `;` or tab from the first line.
    public var separator: CSVSeparator?
    /// Whether the first non-blank line is a header; `nil` detects it (a header is a first line
    /// whose timestamp field is not a timestamp).
    public var hasHeader: Bool?
    /// The timestamp column of a wide file (long files always have it first).
    public var timestampColumn: TimestampColumn
    /// The timestamp format; `nil` detects it from the first data row (date-time text, else epoch
    /// seconds below ``CSVTimestampFormat/millisecondsThreshold`` and milliseconds above).
    public var timestampFormat: CSVTimestampFormat?
    /// Maps each value column of a wide file to a tag id, or `nil` to skip the column; `nil` uses
    /// ``WideColumn/defaultTagID``.
    public var columnMapping: (@Sendable (WideColumn) -> TagID?)?
    /// Whether bad rows are counted and skipped (the first ``maxReportedErrors`` kept in the
    /// summary) instead of stopping the import with an error.
    public var skipBadRows: Bool
    /// How many errors the summary keeps when ``skipBadRows`` is on.
    public var maxReportedErrors: Int
    /// How many observations a batch holds (a batch never splits a row, so it may hold a few more).
    public var batchSize: Int

    /// Options that detect everything, stop at the first bad row and emit batches of 65,536.
    public init(
        layout: ObservationCSVLayout? = nil, separator: CSVSeparator? = nil, hasHeader: Bool? = nil,
        timestampColumn: TimestampColumn = .auto, timestampFormat: CSVTimestampFormat? = nil,
        columnMapping: (@Sendable (WideColumn) -> TagID?)? = nil, skipBadRows: Bool = false,
        maxReportedErrors: Int = 20, batchSize: Int = 65_536
    ) {
        self.layout = layout
        self.separator = separator
        self.hasHeader = hasHeader
        self.timestampColumn = timestampColumn
        self.timestampFormat = timestampFormat
        self.columnMapping = columnMapping
        self.skipBadRows = skipBadRows
        self.maxReportedErrors = maxReportedErrors
        self.batchSize = batchSize
    }
}
