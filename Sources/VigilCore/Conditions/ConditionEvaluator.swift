/// Evaluates a condition one grid step at a time, keeping the sliding windows it needs, in O(1)
/// amortized time per step and node: the streaming form of ``Condition/evaluate(over:)``, which
/// runs the same code, so history and live data take the same path.
///
/// Push the values of ``tags`` for consecutive grid steps; each push returns the degree at that
/// step, or `nil` when inconclusive. A skipped step counts as a step with every value missing. To
/// resume a stream, push the last ``lookbackSteps`` steps of history first: from then on the degrees
/// equal those of an evaluation over the whole history.
///
/// ```swift
/// var evaluator = try ConditionEvaluator(rule, grid: TimeGrid(stepMilliseconds: 1000))
/// for (index, row) in rows {                  // row: one value per evaluator.tags, NaN if missing
///     if let degree = try evaluator.push(index: index, values: row), degree >= 1 { raise() }
/// }
/// ```
public struct ConditionEvaluator: Sendable {
    /// The condition evaluated.
    public let condition: Condition
    private var machine: EvaluationMachine

    /// Prepares to evaluate `condition` on `grid`.
    /// - Throws: ``ConditionEvaluationError/windowTooLong(_:steps:stepMilliseconds:)`` when a
    ///   duration spans more than 10 million grid steps.
    public init(_ condition: Condition, grid: TimeGrid) throws(ConditionEvaluationError) {
        self.condition = condition
        machine = EvaluationMachine(try ConditionProgram(condition, stepMilliseconds: grid.stepMilliseconds), grid: grid)
    }

    /// The grid the steps lie on.
    public var grid: TimeGrid { machine.grid }

    /// The index of the last step pushed, or `nil` before the first (and after ``reset()``).
    public var lastIndex: Int64? { machine.lastIndex }

    /// The tags whose values each push carries, in that order (``Condition/tags``).
    public var tags: [TagID] { machine.program.tags }

    /// How many steps before a step its degree depends on: with this many earlier steps pushed, the
    /// degree at the next step is the same as with the whole history.
    public var lookbackSteps: Int { machine.program.lookbackSteps }

    /// ``lookbackSteps`` in milliseconds of the grid.
    public var lookbackMilliseconds: Int64 { Int64(lookbackSteps) * grid.stepMilliseconds }

    /// Evaluates the next grid step.
    /// - Parameters:
    ///   - index: the step's grid index; later than the previous push. Steps skipped in between
    ///     count as steps with every value missing.
    ///   - values: one value per tag in ``tags`` order, NaN where missing.
    /// - Returns: the degree in [0, 1], or `nil` when inconclusive.
    /// - Throws: ``ConditionEvaluationError`` when `index` does not increase or `values` has the wrong length.
    public mutating func push(index: Int64, values: [Double]) throws(ConditionEvaluationError) -> Double? {
        let degree = try machine.push(index: index, values: values)
        return degree.isNaN ? nil : degree
    }

    /// Forgets all history, as if nothing had been pushed.
    public mutating func reset() {
        machine.reset()
    }
}
