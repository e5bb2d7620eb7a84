/// A named worksheet: its rows in order.
///
/// ```swift
/// let sheet = XLSXSheet(name: "Assets", values: [[.text("id"), .text("name")], [.text("pump-1"), .text("Pump 1")]],
///                       headerRowCount: 1)
/// ```
public struct XLSXSheet: Hashable, Sendable {
    /// The tab name.
    public var name: String
    /// Rows that hold at least one cell, in increasing row number.
    public var rows: [XLSXRow]
    /// Rows at the top that writers show as a header: bold and frozen while scrolling.
    public var headerRowCount: Int

    /// Creates a sheet from rows with explicit numbers.
    public init(name: String, rows: [XLSXRow], headerRowCount: Int = 0) {
        self.name = name
        self.rows = rows
        self.headerRowCount = headerRowCount
    }

    /// Creates a sheet whose rows are numbered from 1.
    public init(name: String, values: [[XLSXCell]], headerRowCount: Int = 0) {
        self.init(name: name, rows: values.enumerated().map { XLSXRow(number: $0 + 1, cells: $1) }, headerRowCount: headerRowCount)
    }
}
