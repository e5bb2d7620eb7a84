public import VigilCore

/// What reading an observations CSV file found: the detected layout and the counts.
///
/// Updated as batches are decoded, so a progress display can show it mid-way.
public struct ObservationCSVSummary: Hashable, Sendable {
    /// The layout used (given or detected); `nil` before the first row was seen.
    public var layout: ObservationCSVLayout?
    /// The separator used (given or detected).
    public var separator: CSVSeparator?
    /// Whether the first non-blank line was taken as a header.
    public var hasHeader = false
    /// The timestamp format used (given or detected from the first data row).
    public var timestampFormat: CSVTimestampFormat?
    /// Tags seen: the mapped columns of a wide file, or the tag names of a long file in order of
    /// first appearance.
    public var tags: [TagID] = []
    /// Physical lines read.
    public var lines = 0
    /// Data rows read, good and bad (header and blank lines excluded).
    public var rows = 0
    /// Rows rejected (only more than one with ``ObservationCSVOptions/skipBadRows``).
    public var badRows = 0
    /// Blank lines skipped.
    public var blankLines = 0
    /// Observations emitted.
    public var observations = 0
    /// Empty, `NaN` or `null` value fields skipped (no observation, not an error).
    public var missingValues = 0
    /// The first errors, up to ``ObservationCSVOptions/maxReportedErrors``.
    public var errors: [ObservationCSVError] = []
    /// The earliest timestamp emitted.
    public var earliest: Timestamp?
    /// The latest timestamp emitted.
    public var latest: Timestamp?

    /// An empty summary.
    public init() {}
}
