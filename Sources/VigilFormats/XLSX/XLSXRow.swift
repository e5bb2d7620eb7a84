/// One row of a worksheet.
public struct XLSXRow: Hashable, Sendable {
    /// The row number as the spreadsheet shows it, counting from 1.
    public var number: Int
    /// The cells from column A on; missing cells in between are ``XLSXCell/empty``.
    public var cells: [XLSXCell]

    /// Creates a row.
    public init(number: Int, cells: [XLSXCell]) {
        self.number = number
        self.cells = cells
    }

    /// The cell in a column (0 = A), ``XLSXCell/empty`` beyond the last cell.
    public subscript(column: Int) -> XLSXCell {
        column < cells.count ? cells[column] : .empty
    }
}
