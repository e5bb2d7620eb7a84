/// The evaluation state of a compiled condition or value expression: registers for the current
/// step and the sliding windows of its stateful nodes. ``ConditionEvaluator`` and
/// ``SeriesEvaluator`` are its public faces.
struct EvaluationMachine: Sendable {
    /// The compiled tree.
    let program: ConditionProgram
    /// The grid the steps lie on.
    let grid: TimeGrid
    /// The index of the last step evaluated, or `nil` before the first and after ``reset()``.
    private(set) var lastIndex: Int64?

    private var registers: [Double]
    private var extremes: [SlidingExtremes]
    private var moments: [SlidingMoments]
    private var delays: [DelayLine]

    /// A machine for `program` on `grid`, with empty windows. - Precondition: the grid step is the program's.
    init(_ program: ConditionProgram, grid: TimeGrid) {
        precondition(program.stepMilliseconds == grid.stepMilliseconds, "a program runs on the grid step it was compiled for")
        self.program = program
        self.grid = grid
        registers = Array(repeating: .nan, count: program.instructions.count)
        extremes = program.extremesWindows.map { SlidingExtremes(window: $0) }
        moments = program.momentsWindows.map { SlidingMoments(window: $0) }
        delays = program.delayCapacities.map { DelayLine(capacity: $0) }
    }

    /// Checks the row and the order of steps, then evaluates step `index`; NaN stands for missing.
    mutating func push(index: Int64, values: [Double]) throws(ConditionEvaluationError) -> Double {
        guard values.count == program.tags.count else { throw .rowLength(expected: program.tags.count, actual: values.count) }
        try advance(to: index)
        return step(index: index) { values[$0] }
    }

    /// Forgets all history, as if nothing had been evaluated.
    mutating func reset() {
        lastIndex = nil
        for index in extremes.indices { extremes[index].reset() }
        for index in moments.indices { moments[index].reset() }
        for index in delays.indices { delays[index].reset() }
    }

    /// Checks that `index` follows the last step and accounts for skipped steps.
    private mutating func advance(to index: Int64) throws(ConditionEvaluationError) {
        guard let previous = lastIndex else { return }
        guard index > previous else { throw .indexNotIncreasing(index: index, previous: previous) }
        let skipped = index - previous - 1
        if skipped > Int64(program.lookbackSteps) {
            reset()
        } else {
            for missing in (previous + 1)..<index { _ = step(index: missing) { _ in .nan } }
        }
    }

    /// The results at the steps of `window` from offset `start` on, evaluating from `start` (earlier
    /// steps are not seen); `nil` where missing or inconclusive.
    /// - Throws: ``ConditionEvaluationError`` when a column is absent or has the wrong length.
    static func evaluate(_ program: ConditionProgram, over window: GridWindow, from start: Int = 0) throws(ConditionEvaluationError)
        -> [Double?]
    {
        var machine = EvaluationMachine(program, grid: window.grid)
        let columns = try window.columns(for: program.tags)
        var results: [Double?] = []
        results.reserveCapacity(Swift.max(0, window.count - start))
        columns.withUnsafeBufferPointer { columns in
            for offset in start..<window.count {
                let result = machine.step(index: window.firstIndex + Int64(offset)) { columns[$0][offset] }
                results.append(result.isNaN ? nil : result)
            }
        }
        return results
    }

    /// Evaluates every instruction at grid step `index`, reading tag columns through `value`; returns
    /// the last instruction's result, NaN when missing or inconclusive. The caller has checked the order of steps.
    private mutating func step(index: Int64, value: (Int) -> Double) -> Double {
        lastIndex = index
        let time = grid.timestamp(at: index).milliseconds
        // The loop works on local arrays, the properties staying empty meanwhile: each array is
        // uniquely referenced, so its elements are updated in place without copies.
        var registers = self.registers
        var extremes = self.extremes
        var moments = self.moments
        var delays = self.delays
        (self.registers, self.extremes, self.moments, self.delays) = ([], [], [], [])
        defer { (self.registers, self.extremes, self.moments, self.delays) = (registers, extremes, moments, delays) }
        return Self.execute(
            program.instructions, program.operandLists, time: time, value: value, registers: &registers, extremes: &extremes, moments: &moments,
            delays: &delays)
    }

    /// Runs `instructions` (with their operand lists) for one step at `time` over the given state.
    @inline(__always)
    private static func execute(
        _ instructions: [ConditionProgram.Instruction], _ operands: [Int], time: Int64, value: (Int) -> Double, registers: inout [Double],
        extremes: inout [SlidingExtremes], moments: inout [SlidingMoments], delays: inout [DelayLine]
    ) -> Double {
        for position in instructions.indices {
            let result: Double
            switch instructions[position] {
            case .tag(let column): result = value(column)
            case .constant(let constant): result = constant
            case .sum(let range): result = finite(operands[range].reduce(0) { $0 + registers[$1] })
            case .product(let range): result = finite(operands[range].reduce(1) { $0 * registers[$1] })
            case .difference(let left, let right): result = finite(registers[left] - registers[right])
            case .quotient(let left, let right): result = finite(registers[left] / registers[right])
            case .magnitude(let input): result = Swift.abs(registers[input])
            case .movingMoment(let statistic, let input, let state, let minimumPresent):
                let value = registers[input]
                result = moments.update(state) { window in
                    window.push(value)
                    guard window.present >= minimumPresent else { return .nan }
                    return statistic == .mean ? window.mean : window.standardDeviation
                }
            case .movingExtreme(let statistic, let input, let state, let minimumPresent):
                let value = registers[input]
                result = extremes.update(state) { window in
                    window.push(value)
                    guard window.present >= minimumPresent else { return .nan }
                    return statistic == .min ? window.minimum : window.maximum
                }
            case .movingSlope(let input, let state, let minimumPresent, let scale):
                let value = registers[input]
                result = moments.update(state) { window in
                    window.push(value)
                    return window.present < minimumPresent ? .nan : window.line.slopePerStep * scale
                }
            case .rate(let input, let delay, let steps, let scale):
                let value = registers[input]
                let earlier = delays.update(delay) { line in
                    line.push(value)
                    return line.value(stepsAgo: steps)
                }
                result = finite((value - earlier) * scale)
            case .lag(let input, let delay, let steps):
                let value = registers[input]
                result = delays.update(delay) { line in
                    line.push(value)
                    return line.value(stepsAgo: steps)
                }
            case .compare(let left, let op, let right, let tolerance, let softness):
                result = Fuzzy.compare(registers[left], op, registers[right], tolerance: tolerance, softness: softness)
            case .range(let input, let low, let high, let softness, let outside):
                let inside = Fuzzy.and(
                    Fuzzy.compare(registers[input], .greaterOrEqual, registers[low], tolerance: 0, softness: softness),
                    Fuzzy.compare(registers[input], .lessOrEqual, registers[high], tolerance: 0, softness: softness))
                result = outside ? 1 - inside : inside
            case .all(let range): result = operands[range].reduce(1) { Fuzzy.and($0, registers[$1]) }
            case .any(let range): result = operands[range].reduce(0) { Fuzzy.or($0, registers[$1]) }
            case .not(let input): result = 1 - registers[input]
            case .unchanged(let input, let state, let minimumPresent, let tolerance, let softness):
                let value = registers[input]
                result = extremes.update(state) { window in
                    window.push(value)
                    let spread = window.maximum - window.minimum
                    let degree = spread.isNaN ? .nan : Fuzzy.fade(spread - tolerance, softness: softness)
                    return window.present >= minimumPresent || degree == 0 ? degree : .nan
                }
            case .trend(let input, let state, let minimumPresent, let direction, let low, let high, let minNoise):
                let value = registers[input]
                result = moments.update(state) { window in
                    window.push(value)
                    guard window.present >= minimumPresent else { return .nan }
                    return Fuzzy.trend(window.line, steps: window.window, direction: direction, low: low, high: high, minNoise: minNoise)
                }
            case .holds(let input, let state):
                let value = registers[input]
                result = extremes.update(state) { window in
                    window.push(value)
                    return Fuzzy.windowMinimum(window)
                }
            case .occurred(let input, let state):
                let value = registers[input]
                result = extremes.update(state) { window in
                    window.push(value)
                    return Fuzzy.windowMaximum(window)
                }
            case .sequence(let first, let then, let state):
                let (firstDegree, thenDegree) = (registers[first], registers[then])
                result = extremes.update(state) { window in
                    let degree = Fuzzy.and(thenDegree, Fuzzy.windowMaximum(window))
                    window.push(firstDegree)
                    return degree
                }
            case .timeOfDay(let from, let to, let offset):
                let clock = (time + offset).floorModulo(86_400_000)
                result = (from <= to ? (clock >= from && clock < to) : (clock >= from || clock < to)) ? 1 : 0
            case .dayOfWeek(let mask, let offset):
                let day = Int((time + offset).floorDivided(by: 86_400_000).advanced(by: 3).floorModulo(7)) + 1
                result = mask & (1 << day) != 0 ? 1 : 0
            case .dateRange(let from, let to):
                result = time >= from && time < to ? 1 : 0
            }
            registers[position] = result
        }
        return registers[registers.count - 1]
    }

    /// The value, or NaN when it is not finite (division by zero, overflow).
    private static func finite(_ value: Double) -> Double { value.isFinite ? value : .nan }
}

extension Array {
    /// Runs `body` on the element at `index` in place (no copy of the element) and returns its result.
    @inline(__always)
    fileprivate mutating func update<Result>(_ index: Int, _ body: (inout Element) -> Result) -> Result {
        body(&self[index])
    }
}
