extension SeriesExpression {
    /// The value of the expression at every step of a window, or `nil` where it is missing: a
    /// derived tag computed in O(steps × nodes).
    ///
    /// ```swift
    /// let deviation = try SeriesExpression(json: #"{"subtract": ["PT-1", {"mean": {"of": "PT-1", "window": "1h"}}]}"#)
    /// let values = try deviation.evaluate(over: window)
    /// ```
    /// - Throws: ``ConditionEvaluationError`` when the window lacks a column of ``tags``, a column has
    ///   the wrong length, or a duration spans more than 10 million steps.
    public func evaluate(over window: GridWindow) throws(ConditionEvaluationError) -> [Double?] {
        try EvaluationMachine.evaluate(ConditionProgram(self, stepMilliseconds: window.grid.stepMilliseconds), over: window)
    }

    /// How many grid steps before a step its value depends on, on a grid of `stepMilliseconds`.
    /// - Throws: ``ConditionEvaluationError/windowTooLong(_:steps:stepMilliseconds:)``.
    public func lookbackSteps(stepMilliseconds: Int64) throws(ConditionEvaluationError) -> Int {
        try ConditionProgram(self, stepMilliseconds: stepMilliseconds).lookbackSteps
    }
}
