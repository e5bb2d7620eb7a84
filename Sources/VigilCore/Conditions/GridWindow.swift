/// Consecutive steps of a ``TimeGrid`` with the values of some tags at each: what conditions are
/// evaluated over. `NaN` marks a missing value.
///
/// ```swift
/// let window = GridWindow(
///     grid: TimeGrid(stepMilliseconds: 1000), firstIndex: 0, count: 3,
///     columns: ["A": [1, 1, .nan], "B": [0, 2, 4]])
/// window.timestamp(at: 2)   // 2 000 ms
/// ```
public struct GridWindow: Sendable {
    /// The grid the steps lie on.
    public var grid: TimeGrid
    /// The grid index of the first step.
    public var firstIndex: Int64
    /// The number of steps.
    public var count: Int
    /// Each tag's values, one per step (`count` of them), NaN where missing.
    public var columns: [TagID: [Double]]

    /// Creates a window.
    /// - Parameters:
    ///   - grid: the grid the steps lie on.
    ///   - firstIndex: the grid index of the first step.
    ///   - count: the number of steps; every column must hold this many values.
    ///   - columns: each tag's values, NaN where missing.
    public init(grid: TimeGrid, firstIndex: Int64, count: Int, columns: [TagID: [Double]] = [:]) {
        precondition(count >= 0, "a window cannot have a negative number of steps")
        self.grid = grid
        self.firstIndex = firstIndex
        self.count = count
        self.columns = columns
    }

    /// The grid indices of the steps.
    public var indices: Range<Int64> { firstIndex..<(firstIndex + Int64(count)) }

    /// The time of the step at `offset` from the start of the window.
    public func timestamp(at offset: Int) -> Timestamp {
        grid.timestamp(at: firstIndex + Int64(offset))
    }

    /// The columns of `tags`, in order, checked against the window's length.
    /// - Throws: ``ConditionEvaluationError`` when a tag has no column or a column has the wrong length.
    func columns(for tags: [TagID]) throws(ConditionEvaluationError) -> [[Double]] {
        var result: [[Double]] = []
        for tag in tags {
            guard let column = columns[tag] else { throw .missingColumn(tag) }
            guard column.count == count else { throw .columnLength(tag, expected: count, actual: column.count) }
            result.append(column)
        }
        return result
    }
}
