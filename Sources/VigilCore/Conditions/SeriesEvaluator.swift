/// Evaluates a value expression one grid step at a time, in O(1) amortized time per step and node:
/// the streaming form of ``SeriesExpression/evaluate(over:)``, for derived tags.
///
/// It works as ``ConditionEvaluator`` does, but each push returns the expression's value, or `nil`
/// where it is missing.
///
/// ```swift
/// var spread = try SeriesEvaluator(.subtract("TT-1", "TT-2"), grid: grid)
/// let value = try spread.push(index: step, values: [t1, t2])   // t1 − t2, nil if either is NaN
/// ```
public struct SeriesEvaluator: Sendable {
    /// The expression evaluated.
    public let expression: SeriesExpression
    private var machine: EvaluationMachine

    /// Prepares to evaluate `expression` on `grid`.
    /// - Throws: ``ConditionEvaluationError/windowTooLong(_:steps:stepMilliseconds:)`` when a
    ///   duration spans more than 10 million grid steps.
    public init(_ expression: SeriesExpression, grid: TimeGrid) throws(ConditionEvaluationError) {
        self.expression = expression
        machine = EvaluationMachine(try ConditionProgram(expression, stepMilliseconds: grid.stepMilliseconds), grid: grid)
    }

    /// The grid the steps lie on.
    public var grid: TimeGrid { machine.grid }

    /// The tags whose values each push carries, in that order (``SeriesExpression/tags``).
    public var tags: [TagID] { machine.program.tags }

    /// How many steps before a step its value depends on.
    public var lookbackSteps: Int { machine.program.lookbackSteps }

    /// Evaluates the next grid step.
    /// - Parameters:
    ///   - index: the step's grid index; later than the previous push. Steps skipped in between
    ///     count as steps with every value missing.
    ///   - values: one value per tag in ``tags`` order, NaN where missing.
    /// - Returns: the value, or `nil` when it is missing.
    /// - Throws: ``ConditionEvaluationError`` when `index` does not increase or `values` has the wrong length.
    public mutating func push(index: Int64, values: [Double]) throws(ConditionEvaluationError) -> Double? {
        let value = try machine.push(index: index, values: values)
        return value.isNaN ? nil : value
    }

    /// Forgets all history, as if nothing had been pushed.
    public mutating func reset() {
        machine.reset()
    }
}
