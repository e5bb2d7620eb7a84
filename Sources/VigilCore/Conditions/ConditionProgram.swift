/// A condition (or value expression) compiled for one grid step: a flat list of instructions in evaluation order (children
/// before parents), with durations turned into step counts and tags into column numbers.
///
/// It holds no evaluation state; ``EvaluationMachine`` pairs it with the sliding windows it needs.
struct ConditionProgram: Sendable {
    /// One node of the compiled tree. Operands are register numbers of earlier instructions; `state`
    /// numbers index the evaluator's sliding windows of the matching kind.
    enum Instruction: Sendable {
        case tag(column: Int)
        case constant(Double)
        case sum(Range<Int>)
        case product(Range<Int>)
        case difference(Int, Int)
        case quotient(Int, Int)
        case magnitude(Int)
        case movingMoment(RollingStatistic, input: Int, state: Int, minimumPresent: Int)
        case movingExtreme(RollingStatistic, input: Int, state: Int, minimumPresent: Int)
        case movingSlope(input: Int, state: Int, minimumPresent: Int, scale: Double)
        case rate(input: Int, delay: Int, steps: Int, scale: Double)
        case lag(input: Int, delay: Int, steps: Int)
        case compare(Int, ComparisonOperator, Int, tolerance: Double, softness: Double)
        case range(value: Int, low: Int, high: Int, softness: Double, outside: Bool)
        case all(Range<Int>)
        case any(Range<Int>)
        case not(Int)
        case unchanged(input: Int, state: Int, minimumPresent: Int, tolerance: Double, softness: Double)
        case trend(input: Int, state: Int, minimumPresent: Int, direction: TrendDirection, low: Double, high: Double, minNoise: Double)
        case holds(input: Int, state: Int)
        case occurred(input: Int, state: Int)
        case sequence(first: Int, then: Int, state: Int)
        case timeOfDay(from: Int64, to: Int64, offset: Int64)
        case dayOfWeek(mask: Int, offset: Int64)
        case dateRange(from: Int64, to: Int64)
    }

    /// The most grid steps one duration may span (the sliding windows are kept in memory).
    static let maximumWindowSteps: Int64 = 10_000_000

    /// The grid step the durations were converted with.
    let stepMilliseconds: Int64
    /// The tags read, in column order (``Condition/tags``).
    let tags: [TagID]
    /// The instructions; the last one gives the condition's degree.
    private(set) var instructions: [Instruction] = []
    /// Operand lists of the n-ary instructions, as ranges into this array.
    private(set) var operandLists: [Int] = []
    /// Window sizes of the ``SlidingExtremes`` states.
    private(set) var extremesWindows: [Int] = []
    /// Window sizes of the ``SlidingMoments`` states.
    private(set) var momentsWindows: [Int] = []
    /// Capacities of the ``DelayLine`` states.
    private(set) var delayCapacities: [Int] = []
    /// How many steps before the current one the condition's degree depends on.
    private(set) var lookbackSteps = 0

    private let columns: [TagID: Int]

    /// Compiles `condition` for a grid of `stepMilliseconds`.
    /// - Throws: ``ConditionEvaluationError/windowTooLong(_:steps:stepMilliseconds:)`` when a
    ///   duration spans more than ``maximumWindowSteps`` steps.
    init(_ condition: Condition, stepMilliseconds: Int64) throws(ConditionEvaluationError) {
        self.init(tags: condition.tags, stepMilliseconds: stepMilliseconds)
        lookbackSteps = try compile(condition).lookback
    }

    /// Compiles a value expression for a grid of `stepMilliseconds`; its last instruction gives the value.
    /// - Throws: ``ConditionEvaluationError/windowTooLong(_:steps:stepMilliseconds:)``.
    init(_ expression: SeriesExpression, stepMilliseconds: Int64) throws(ConditionEvaluationError) {
        self.init(tags: expression.tags, stepMilliseconds: stepMilliseconds)
        lookbackSteps = try compile(expression).lookback
    }

    private init(tags: [TagID], stepMilliseconds: Int64) {
        precondition(stepMilliseconds > 0, "a grid step is positive")
        self.stepMilliseconds = stepMilliseconds
        self.tags = tags
        columns = Dictionary(uniqueKeysWithValues: tags.enumerated().map { ($0.element, $0.offset) })
    }

    /// The number of grid steps a duration covers, rounded up, at least one.
    private func steps(_ span: TimeSpan) throws(ConditionEvaluationError) -> Int {
        let whole = span.milliseconds / stepMilliseconds
        let count = Swift.max(1, span.milliseconds % stepMilliseconds == 0 ? whole : whole + 1)
        guard count <= Self.maximumWindowSteps else {
            throw .windowTooLong(span, steps: count, stepMilliseconds: stepMilliseconds)
        }
        return Int(count)
    }

    /// How many of `window` values must be present for a share `coverage`, at least `floor`.
    private func minimumPresent(_ coverage: Double, of window: Int, atLeast floor: Int = 1) -> Int {
        let share = Swift.min(1, Swift.max(0, coverage))
        let needed = Int((share * Double(window) - 1e-9).rounded(.up))
        return Swift.max(floor, Swift.min(window, needed))
    }

    private mutating func emit(_ instruction: Instruction) -> Int {
        instructions.append(instruction)
        return instructions.count - 1
    }

    private mutating func list(_ registers: [Int]) -> Range<Int> {
        let start = operandLists.count
        operandLists.append(contentsOf: registers)
        return start..<operandLists.count
    }

    /// Compiles the operands of an n-ary node; returns their operand list and the largest look-back.
    private mutating func compileList<Operand>(
        _ operands: [Operand],
        _ compileOne: (inout ConditionProgram, Operand) throws(ConditionEvaluationError) -> (register: Int, lookback: Int)
    ) throws(ConditionEvaluationError) -> (range: Range<Int>, lookback: Int) {
        var registers: [Int] = []
        var lookback = 0
        for operand in operands {
            let (register, operandLookback) = try compileOne(&self, operand)
            registers.append(register)
            lookback = Swift.max(lookback, operandLookback)
        }
        return (list(registers), lookback)
    }

    private mutating func extremes(_ window: Int) -> Int {
        extremesWindows.append(window)
        return extremesWindows.count - 1
    }

    private mutating func moments(_ window: Int) -> Int {
        momentsWindows.append(window)
        return momentsWindows.count - 1
    }

    private mutating func delay(_ capacity: Int) -> Int {
        delayCapacities.append(capacity)
        return delayCapacities.count - 1
    }

    /// Appends the instructions of a condition; returns its register and look-back in steps.
    private mutating func compile(_ condition: Condition) throws(ConditionEvaluationError) -> (register: Int, lookback: Int) {
        switch condition {
        case .always: return (emit(.constant(1)), 0)
        case .never: return (emit(.constant(0)), 0)
        case .compare(let left, let op, let right, let tolerance, let softness):
            let (l, lb1) = try compile(left)
            let (r, lb2) = try compile(right)
            return (emit(.compare(l, op, r, tolerance: tolerance, softness: softness)), Swift.max(lb1, lb2))
        case .inside(let value, let low, let high, let softness), .outside(let value, let low, let high, let softness):
            let (v, lb1) = try compile(value)
            let (l, lb2) = try compile(low)
            let (h, lb3) = try compile(high)
            var outside = false
            if case .outside = condition { outside = true }
            return (emit(.range(value: v, low: l, high: h, softness: softness, outside: outside)), Swift.max(lb1, lb2, lb3))
        case .all(let operands), .any(let operands):
            let (range, lookback) = try compileList(operands) { (program, operand) throws(ConditionEvaluationError) in try program.compile(operand) }
            if case .all = condition { return (emit(.all(range)), lookback) }
            return (emit(.any(range)), lookback)
        case .not(let operand):
            let (register, lookback) = try compile(operand)
            return (emit(.not(register)), lookback)
        case .unchanged(let value, let span, let tolerance, let softness, let coverage):
            let (input, lookback) = try compile(value)
            let window = try steps(span) + 1
            let state = extremes(window)
            let instruction = Instruction.unchanged(
                input: input, state: state, minimumPresent: minimumPresent(coverage, of: window), tolerance: tolerance, softness: softness)
            return (emit(instruction), lookback + window - 1)
        case .trend(let value, let span, let direction, let unmarkedBelow, let markedAbove, let minNoise, let coverage):
            let (input, lookback) = try compile(value)
            let window = try steps(span)
            let instruction = Instruction.trend(
                input: input, state: moments(window), minimumPresent: minimumPresent(coverage, of: window, atLeast: 3),
                direction: direction, low: unmarkedBelow, high: markedAbove, minNoise: minNoise)
            return (emit(instruction), lookback + window - 1)
        case .holds(let operand, let span), .occurred(let operand, let span):
            let (input, lookback) = try compile(operand)
            let window = try steps(span)
            let state = extremes(window)
            if case .holds = condition { return (emit(.holds(input: input, state: state)), lookback + window - 1) }
            return (emit(.occurred(input: input, state: state)), lookback + window - 1)
        case .sequence(let first, let then, let within):
            let (firstRegister, firstLookback) = try compile(first)
            let (thenRegister, thenLookback) = try compile(then)
            let window = try steps(within)
            let instruction = Instruction.sequence(first: firstRegister, then: thenRegister, state: extremes(window))
            return (emit(instruction), Swift.max(thenLookback, firstLookback + window))
        case .timeOfDay(let from, let to, let offset):
            let instruction = Instruction.timeOfDay(
                from: Int64(from.millisecondsSinceMidnight), to: Int64(to.millisecondsSinceMidnight), offset: offset.milliseconds)
            return (emit(instruction), 0)
        case .dayOfWeek(let days, let offset):
            let mask = days.reduce(0) { $0 | (1 << $1.rawValue) }
            return (emit(.dayOfWeek(mask: mask, offset: offset.milliseconds)), 0)
        case .dateRange(let from, let to, let offset):
            return (emit(.dateRange(from: from.start(at: offset).milliseconds, to: to.end(at: offset).milliseconds)), 0)
        }
    }

    /// Appends the instructions of a value expression; returns its register and look-back in steps.
    private mutating func compile(_ expression: SeriesExpression) throws(ConditionEvaluationError) -> (register: Int, lookback: Int) {
        switch expression {
        case .tag(let id): return (emit(.tag(column: columns[id]!)), 0)
        case .constant(let value): return (emit(.constant(value)), 0)
        case .add(let operands), .multiply(let operands):
            let (range, lookback) = try compileList(operands) { (program, operand) throws(ConditionEvaluationError) in try program.compile(operand) }
            if case .add = expression { return (emit(.sum(range)), lookback) }
            return (emit(.product(range)), lookback)
        case .subtract(let left, let right), .divide(let left, let right):
            let (l, lb1) = try compile(left)
            let (r, lb2) = try compile(right)
            if case .subtract = expression { return (emit(.difference(l, r)), Swift.max(lb1, lb2)) }
            return (emit(.quotient(l, r)), Swift.max(lb1, lb2))
        case .abs(let operand):
            let (register, lookback) = try compile(operand)
            return (emit(.magnitude(register)), lookback)
        case .rolling(let statistic, let operand, let span, let coverage):
            let (input, lookback) = try compile(operand)
            let window = try steps(span)
            let instruction: Instruction
            switch statistic {
            case .mean, .std:
                let floor = statistic == .std ? 2 : 1
                instruction = .movingMoment(
                    statistic, input: input, state: moments(window), minimumPresent: minimumPresent(coverage, of: window, atLeast: floor))
            case .min, .max:
                instruction = .movingExtreme(
                    statistic, input: input, state: extremes(window), minimumPresent: minimumPresent(coverage, of: window))
            }
            return (emit(instruction), lookback + window - 1)
        case .slope(let operand, let span, let per, let coverage):
            let (input, lookback) = try compile(operand)
            let window = try steps(span)
            let instruction = Instruction.movingSlope(
                input: input, state: moments(window), minimumPresent: minimumPresent(coverage, of: window, atLeast: 2),
                scale: Double(per.milliseconds) / Double(stepMilliseconds))
            return (emit(instruction), lookback + window - 1)
        case .rate(let operand, let over, let per):
            let (input, lookback) = try compile(operand)
            let count = try over.map { span throws(ConditionEvaluationError) in try steps(span) } ?? 1
            let scale = Double(per.milliseconds) / (Double(count) * Double(stepMilliseconds))
            return (emit(.rate(input: input, delay: delay(count + 1), steps: count, scale: scale)), lookback + count)
        case .lag(let operand, let span):
            let (input, lookback) = try compile(operand)
            let count = try steps(span)
            return (emit(.lag(input: input, delay: delay(count + 1), steps: count)), lookback + count)
        }
    }
}
