extension Condition {
    /// The degree of the condition at every step of a window: a value in [0, 1], or `nil` where it is
    /// inconclusive (data it needs is missing — including history from before the window).
    ///
    /// Runs in O(steps × nodes): sliding windows are updated incrementally, whatever their length.
    ///
    /// ```swift
    /// let frozen = try Condition(json: #"{"unchanged": {"of": "A", "for": "60s"}}"#)
    /// let degrees = try frozen.evaluate(over: window)   // nil for the first 60 s, then 1 or 0
    /// ```
    /// - Throws: ``ConditionEvaluationError`` when the window lacks a column of ``tags``, a column has
    ///   the wrong length, or a duration spans more than 10 million steps.
    public func evaluate(over window: GridWindow) throws(ConditionEvaluationError) -> [Double?] {
        try evaluate(over: window, from: 0)
    }

    /// The degree at the newest step of a window, computed from only the last
    /// ``lookbackSteps(stepMilliseconds:)`` + 1 steps: what a streaming rule needs from a bounded history.
    ///
    /// - Returns: the degree, or `nil` when inconclusive or the window is empty.
    /// - Throws: ``ConditionEvaluationError``, as ``evaluate(over:)``.
    public func newestDegree(in window: GridWindow) throws(ConditionEvaluationError) -> Double? {
        guard window.count > 0 else { return nil }
        let lookback = try lookbackSteps(stepMilliseconds: window.grid.stepMilliseconds)
        return try evaluate(over: window, from: Swift.max(0, window.count - 1 - lookback)).last ?? nil
    }

    /// How many grid steps before a step its degree depends on, on a grid of `stepMilliseconds`.
    /// Durations cover whole steps, rounded up.
    ///
    /// ```swift
    /// try Condition(json: #"{"unchanged": {"of": "A", "for": "60s"}}"#).lookbackSteps(stepMilliseconds: 10_000)   // 6
    /// ```
    /// - Throws: ``ConditionEvaluationError/windowTooLong(_:steps:stepMilliseconds:)``.
    public func lookbackSteps(stepMilliseconds: Int64) throws(ConditionEvaluationError) -> Int {
        try ConditionProgram(self, stepMilliseconds: stepMilliseconds).lookbackSteps
    }

    /// ``lookbackSteps(stepMilliseconds:)`` in milliseconds.
    /// - Throws: ``ConditionEvaluationError/windowTooLong(_:steps:stepMilliseconds:)``.
    public func lookbackMilliseconds(stepMilliseconds: Int64) throws(ConditionEvaluationError) -> Int64 {
        Int64(try lookbackSteps(stepMilliseconds: stepMilliseconds)) * stepMilliseconds
    }

    /// The degrees at the steps of `window` from offset `start` on, evaluating from `start`.
    private func evaluate(over window: GridWindow, from start: Int) throws(ConditionEvaluationError) -> [Double?] {
        try EvaluationMachine.evaluate(ConditionProgram(self, stepMilliseconds: window.grid.stepMilliseconds), over: window, from: start)
    }
}
