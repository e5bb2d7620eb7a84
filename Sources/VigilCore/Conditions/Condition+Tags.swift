extension Condition {
    /// The tags the condition reads, each once, in the order they first appear in the document.
    ///
    /// A rule ranks its incident's contributors among these.
    ///
    /// ```swift
    /// try Condition(json: #"{"all": [{"trend": {"of": "B", "window": "12h", "direction": "up"}},
    ///                               {"compare": {"left": "C", "op": "<", "right": "B"}}]}"#).tags   // ["B", "C"]
    /// ```
    public var tags: [TagID] {
        var collector = TagCollector()
        collector.visit(self)
        return collector.tags
    }
}

extension SeriesExpression {
    /// The tags the expression reads, each once, in the order they first appear.
    public var tags: [TagID] {
        var collector = TagCollector()
        collector.visit(self)
        return collector.tags
    }
}

/// Walks a condition tree in document order, collecting tag ids once each.
private struct TagCollector {
    private(set) var tags: [TagID] = []
    private var seen: Set<TagID> = []

    mutating func visit(_ condition: Condition) {
        switch condition {
        case .always, .never, .timeOfDay, .dayOfWeek, .dateRange: break
        case .compare(let left, _, let right, _, _):
            visit(left)
            visit(right)
        case .inside(let value, let low, let high, _), .outside(let value, let low, let high, _):
            visit(value)
            visit(low)
            visit(high)
        case .all(let operands), .any(let operands): operands.forEach { visit($0) }
        case .not(let operand), .holds(let operand, _), .occurred(let operand, _): visit(operand)
        case .unchanged(let value, _, _, _, _), .trend(let value, _, _, _, _, _, _): visit(value)
        case .sequence(let first, let then, _):
            visit(first)
            visit(then)
        }
    }

    mutating func visit(_ expression: SeriesExpression) {
        switch expression {
        case .tag(let id): if seen.insert(id).inserted { tags.append(id) }
        case .constant: break
        case .add(let operands), .multiply(let operands): operands.forEach { visit($0) }
        case .subtract(let left, let right), .divide(let left, let right):
            visit(left)
            visit(right)
        case .abs(let operand), .rolling(_, let operand, _, _), .slope(let operand, _, _, _), .rate(let operand, _, _), .lag(let operand, _):
            visit(operand)
        }
    }
}

extension Condition {
    /// The same condition reading other tags: each tag id replaced by `mapping`'s entry for it, ids
    /// without an entry kept. Templates re-bind their rules to another unit's tags this way.
    ///
    /// ```swift
    /// rule.replacingTags(["PT-101": "PT-201", "FT-101": "FT-201"])
    /// ```
    public func replacingTags(_ mapping: [TagID: TagID]) -> Condition {
        switch self {
        case .always, .never, .timeOfDay, .dayOfWeek, .dateRange: self
        case .compare(let left, let op, let right, let tolerance, let softness):
            .compare(left.replacingTags(mapping), op, right.replacingTags(mapping), tolerance: tolerance, softness: softness)
        case .inside(let value, let low, let high, let softness):
            .inside(value.replacingTags(mapping), low: low.replacingTags(mapping), high: high.replacingTags(mapping), softness: softness)
        case .outside(let value, let low, let high, let softness):
            .outside(value.replacingTags(mapping), low: low.replacingTags(mapping), high: high.replacingTags(mapping), softness: softness)
        case .all(let operands): .all(operands.map { $0.replacingTags(mapping) })
        case .any(let operands): .any(operands.map { $0.replacingTags(mapping) })
        case .not(let operand): .not(operand.replacingTags(mapping))
        case .unchanged(let value, let span, let tolerance, let softness, let coverage):
            .unchanged(value.replacingTags(mapping), for: span, tolerance: tolerance, softness: softness, coverage: coverage)
        case .trend(let value, let window, let direction, let unmarkedBelow, let markedAbove, let minNoise, let coverage):
            .trend(
                value.replacingTags(mapping), window: window, direction: direction, unmarkedBelow: unmarkedBelow, markedAbove: markedAbove,
                minNoise: minNoise, coverage: coverage)
        case .holds(let operand, let span): .holds(operand.replacingTags(mapping), forAtLeast: span)
        case .occurred(let operand, let span): .occurred(operand.replacingTags(mapping), withinLast: span)
        case .sequence(let first, let then, let within):
            .sequence(first: first.replacingTags(mapping), then: then.replacingTags(mapping), within: within)
        }
    }
}

extension SeriesExpression {
    /// The same expression reading other tags: each tag id replaced by `mapping`'s entry for it, ids
    /// without an entry kept.
    public func replacingTags(_ mapping: [TagID: TagID]) -> SeriesExpression {
        switch self {
        case .tag(let id): .tag(mapping[id] ?? id)
        case .constant: self
        case .add(let operands): .add(operands.map { $0.replacingTags(mapping) })
        case .multiply(let operands): .multiply(operands.map { $0.replacingTags(mapping) })
        case .subtract(let left, let right): .subtract(left.replacingTags(mapping), right.replacingTags(mapping))
        case .divide(let left, let right): .divide(left.replacingTags(mapping), right.replacingTags(mapping))
        case .abs(let operand): .abs(operand.replacingTags(mapping))
        case .rolling(let statistic, let operand, let window, let coverage):
            .rolling(statistic, of: operand.replacingTags(mapping), window: window, coverage: coverage)
        case .slope(let operand, let window, let per, let coverage):
            .slope(of: operand.replacingTags(mapping), window: window, per: per, coverage: coverage)
        case .rate(let operand, let over, let per): .rate(of: operand.replacingTags(mapping), over: over, per: per)
        case .lag(let operand, let span): .lag(of: operand.replacingTags(mapping), by: span)
        }
    }
}
