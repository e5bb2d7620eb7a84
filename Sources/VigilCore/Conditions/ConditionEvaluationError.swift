/// Why a condition could not be evaluated over the data it was given.
public enum ConditionEvaluationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The window has no column for a tag the condition reads.
    case missingColumn(TagID)
    /// A column's length differs from the window's step count.
    case columnLength(TagID, expected: Int, actual: Int)
    /// A streamed row does not have one value per tag the condition reads.
    case rowLength(expected: Int, actual: Int)
    /// A streamed step does not come after the previous one.
    case indexNotIncreasing(index: Int64, previous: Int64)
    /// A duration spans more grid steps than an evaluator keeps in memory.
    case windowTooLong(TimeSpan, steps: Int64, stepMilliseconds: Int64)
    /// A markup was evaluated on a grid with another step than its own.
    case gridStepMismatch(expected: Int64, actual: Int64)

    /// A one-line explanation naming the tag, step or duration at fault.
    public var description: String {
        switch self {
        case .missingColumn(let tag): "the window has no column for tag '\(tag)', which the condition reads"
        case .columnLength(let tag, let expected, let actual): "the column of tag '\(tag)' has \(actual) values; the window has \(expected) steps"
        case .rowLength(let expected, let actual): "a row needs \(expected) values, one per tag the condition reads, got \(actual)"
        case .indexNotIncreasing(let index, let previous): "grid step \(index) does not come after the previous step \(previous)"
        case .windowTooLong(let span, let steps, let step):
            "the duration \(span) spans \(steps) steps of \(step) ms; at most \(ConditionProgram.maximumWindowSteps) are allowed"
        case .gridStepMismatch(let expected, let actual): "the markup's grid step is \(expected) ms but the window's is \(actual) ms"
        }
    }
}
