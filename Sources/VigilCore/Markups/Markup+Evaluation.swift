extension Markup {
    /// Whether a step with this degree is marked: the degree reaches ``markThreshold``, or it is
    /// inconclusive (`nil`) and ``treatInconclusiveAsPositive`` is on.
    ///
    /// Streaming inference uses this with a ``ConditionEvaluator`` of ``condition``.
    public func isMarked(degree: Double?) -> Bool {
        guard let degree else { return treatInconclusiveAsPositive }
        return degree >= Self.markThreshold
    }

    /// Which steps of a window the markup marks, one `Bool` per step.
    ///
    /// ```swift
    /// let trainOn = try markup.marks(in: window)   // [true, true, false, …]
    /// ```
    /// - Throws: ``ConditionEvaluationError/gridStepMismatch(expected:actual:)`` when the window's
    ///   grid step is not ``gridStepMilliseconds``, and the errors of ``Condition/evaluate(over:)``.
    public func marks(in window: GridWindow) throws(ConditionEvaluationError) -> [Bool] {
        guard window.grid.stepMilliseconds == gridStepMilliseconds else {
            throw .gridStepMismatch(expected: gridStepMilliseconds, actual: window.grid.stepMilliseconds)
        }
        return try condition.evaluate(over: window).map(isMarked(degree:))
    }

    /// The marked steps of a window as maximal runs of grid indices, in order: the intervals of
    /// time the markup selects.
    ///
    /// ```swift
    /// try markup.markedRanges(in: window)   // [0..<120, 300..<420]
    /// ```
    /// - Throws: the errors of ``marks(in:)``.
    public func markedRanges(in window: GridWindow) throws(ConditionEvaluationError) -> [Range<Int64>] {
        var ranges: [Range<Int64>] = []
        var runStart: Int64?
        for (offset, marked) in try marks(in: window).enumerated() {
            let index = window.firstIndex + Int64(offset)
            if marked, runStart == nil { runStart = index }
            if !marked, let start = runStart {
                ranges.append(start..<index)
                runStart = nil
            }
        }
        if let start = runStart { ranges.append(start..<window.indices.upperBound) }
        return ranges
    }
}
