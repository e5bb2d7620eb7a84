public import VigilCore

/// A value column of a wide CSV file, as the column-mapping hook sees it.
///
/// ```swift
/// var options = ObservationCSVOptions()
/// options.columnMapping = { column in
///     column.header == "anomaly" ? nil : TagID("skab." + column.defaultTagID.rawValue)
/// }
/// ```
public struct WideColumn: Hashable, Sendable {
    /// Position in the record, counting from 0 (the timestamp column included).
    public var index: Int
    /// The header text, or `nil` when the file has no header.
    public var header: String?

    /// Creates a column description.
    public init(index: Int, header: String?) {
        self.index = index
        self.header = header
    }

    /// The tag id used when no mapping hook is set: the header, or `column<N>` (N counted from 1)
    /// when the file has no header or the header cell is empty.
    public var defaultTagID: TagID {
        if let header, !header.isEmpty { return TagID(header) }
        return TagID("column\(index + 1)")
    }
}
