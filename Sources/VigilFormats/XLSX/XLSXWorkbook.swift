/// An XLSX workbook reduced to what data exchange needs: named sheets of cell values.
///
/// Read with ``init(bytes:source:)`` or ``init(contentsOf:)``; written with ``xlsxBytes()`` or
/// ``write(to:)``. Formatting, formulas (other than their cached results), charts and comments
/// are not kept.
///
/// ```swift
/// let workbook = try XLSXWorkbook(contentsOf: "tree.xlsx")
/// for row in workbook.sheets[0].rows { print(row.number, row.cells.map(\.text)) }
/// ```
public struct XLSXWorkbook: Hashable, Sendable {
    /// The sheets in the order the workbook lists them.
    public var sheets: [XLSXSheet]

    /// Creates a workbook.
    public init(sheets: [XLSXSheet]) {
        self.sheets = sheets
    }

    /// The first sheet with this name, compared case-insensitively.
    public func sheet(named name: String) -> XLSXSheet? {
        sheets.first { $0.name.lowercased() == name.lowercased() }
    }
}
