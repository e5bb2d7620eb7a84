/// Turns JSON trees into ``Condition`` and ``SeriesExpression`` values, checking every field and
/// reporting the first problem with its JSON path.
struct ConditionParser {
    /// The node names of conditions, in the order the documentation lists them.
    static let conditionNodes = [
        "all", "any", "not", "compare", "inside", "outside", "unchanged", "trend", "for", "within", "sequence", "timeOfDay",
        "dayOfWeek", "dateRange",
    ]
    /// The node names of value expressions.
    static let expressionNodes = ["add", "subtract", "multiply", "divide", "abs", "mean", "min", "max", "std", "slope", "rate", "lag"]

    /// Parses a condition at `path`.
    func condition(_ value: JSONValue, at path: JSONPath) throws(ConditionParseError) -> Condition {
        switch value {
        case .bool(let holds): return holds ? .always : .never
        case .object(let members) where members.count == 1:
            let (node, body) = (members[0].key, members[0].value)
            return try condition(node: node, body: body, at: path.appending(node))
        case .object(let members) where members.count > 1:
            let keys = members.map(\.key).joined(separator: ", ")
            throw ConditionParseError(path, "a condition is an object with exactly one key naming its kind, found \(members.count) keys (\(keys))")
        default:
            throw ConditionParseError(
                path, "expected a condition (true, false, or an object such as {\"compare\": …}), got \(value.summary)")
        }
    }

    private func condition(node: String, body: JSONValue, at path: JSONPath) throws(ConditionParseError) -> Condition {
        switch node {
        case "all": return .all(try conditions(body, at: path, node: node))
        case "any": return .any(try conditions(body, at: path, node: node))
        case "not": return .not(try condition(body, at: path))
        case "compare": return try comparison(body, at: path)
        case "inside", "outside": return try range(body, at: path, node: node)
        case "unchanged": return try unchanged(body, at: path)
        case "trend": return try trend(body, at: path)
        case "for":
            let object = try JSONObjectReader(body, at: path, node: node, keys: ["atLeast", "condition"])
            return .holds(try condition(object.required("condition")), forAtLeast: try duration(object.required("atLeast")))
        case "within":
            let object = try JSONObjectReader(body, at: path, node: node, keys: ["last", "condition"])
            return .occurred(try condition(object.required("condition")), withinLast: try duration(object.required("last")))
        case "sequence":
            let object = try JSONObjectReader(body, at: path, node: node, keys: ["first", "then", "within"])
            return .sequence(
                first: try condition(object.required("first")), then: try condition(object.required("then")),
                within: try duration(object.required("within")))
        case "timeOfDay", "dayOfWeek", "dateRange": return try timeFilter(node: node, body: body, at: path)
        default:
            if Self.expressionNodes.contains(node) {
                throw ConditionParseError(
                    path,
                    "\"\(node)\" gives a value, not a condition; compare it, e.g. {\"compare\": {\"left\": {\"\(node)\": …}, \"op\": \">\", \"right\": 0}}"
                )
            }
            throw ConditionParseError(path, "unknown condition \"\(node)\"; expected one of: \(Self.conditionNodes.joined(separator: ", "))")
        }
    }

    private func condition(_ located: (JSONValue, JSONPath)) throws(ConditionParseError) -> Condition {
        try condition(located.0, at: located.1)
    }

    private func conditions(_ value: JSONValue, at path: JSONPath, node: String) throws(ConditionParseError) -> [Condition] {
        guard case .array(let elements) = value, !elements.isEmpty else {
            throw ConditionParseError(path, "\"\(node)\" takes a non-empty array of conditions, got \(value.summary)")
        }
        var result: [Condition] = []
        for (index, element) in elements.enumerated() { result.append(try condition(element, at: path.appending(index))) }
        return result
    }

    private func comparison(_ body: JSONValue, at path: JSONPath) throws(ConditionParseError) -> Condition {
        let object = try JSONObjectReader(body, at: path, node: "compare", keys: ["left", "op", "right", "tolerance", "softness"])
        let (opValue, opPath) = try object.required("op")
        guard case .string(let symbol) = opValue, let op = ComparisonOperator(rawValue: symbol) else {
            let symbols = ComparisonOperator.allCases.map { "\"\($0)\"" }.joined(separator: ", ")
            throw ConditionParseError(opPath, "expected one of \(symbols), got \(opValue.summary)")
        }
        let tolerance = try nonNegative(object.optional("tolerance")) ?? 0
        if tolerance != 0, !op.acceptsTolerance {
            throw ConditionParseError(path.appending("tolerance"), "a tolerance applies to \"==\" and \"!=\" only; use softness with \"\(op)\"")
        }
        return .compare(
            try expression(object.required("left")), op, try expression(object.required("right")), tolerance: tolerance,
            softness: try nonNegative(object.optional("softness")) ?? 0)
    }

    private func range(_ body: JSONValue, at path: JSONPath, node: String) throws(ConditionParseError) -> Condition {
        let object = try JSONObjectReader(body, at: path, node: node, keys: ["value", "low", "high", "softness"])
        let value = try expression(object.required("value"))
        let low = try expression(object.required("low"))
        let high = try expression(object.required("high"))
        if case .constant(let lowValue) = low, case .constant(let highValue) = high, lowValue > highValue {
            throw ConditionParseError(
                path.appending("low"), "low \(JSONValue.format(lowValue)) is above high \(JSONValue.format(highValue))")
        }
        let softness = try nonNegative(object.optional("softness")) ?? 0
        return node == "inside"
            ? .inside(value, low: low, high: high, softness: softness) : .outside(value, low: low, high: high, softness: softness)
    }

    private func unchanged(_ body: JSONValue, at path: JSONPath) throws(ConditionParseError) -> Condition {
        let object = try JSONObjectReader(body, at: path, node: "unchanged", keys: ["of", "for", "tolerance", "softness", "coverage"])
        return .unchanged(
            try expression(object.required("of")), for: try duration(object.required("for")),
            tolerance: try nonNegative(object.optional("tolerance")) ?? 0, softness: try nonNegative(object.optional("softness")) ?? 0,
            coverage: try coverage(object.optional("coverage")))
    }

    private func trend(_ body: JSONValue, at path: JSONPath) throws(ConditionParseError) -> Condition {
        let object = try JSONObjectReader(
            body, at: path, node: "trend", keys: ["of", "window", "direction", "unmarkedBelow", "markedAbove", "minNoise", "coverage"])
        let (directionValue, directionPath) = try object.required("direction")
        guard case .string(let name) = directionValue, let direction = TrendDirection(rawValue: name) else {
            throw ConditionParseError(directionPath, "expected \"up\", \"down\" or \"flat\", got \(directionValue.summary)")
        }
        let unmarkedBelow = try nonNegative(object.optional("unmarkedBelow")) ?? 1
        let markedAbove = try nonNegative(object.optional("markedAbove")) ?? 3
        guard markedAbove > unmarkedBelow else {
            throw ConditionParseError(
                path.appending(object.optional("markedAbove") == nil ? "unmarkedBelow" : "markedAbove"),
                "markedAbove (\(JSONValue.format(markedAbove))) must be greater than unmarkedBelow (\(JSONValue.format(unmarkedBelow)))")
        }
        return .trend(
            try expression(object.required("of")), window: try duration(object.required("window")), direction: direction,
            unmarkedBelow: unmarkedBelow, markedAbove: markedAbove, minNoise: try nonNegative(object.optional("minNoise")) ?? 0,
            coverage: try coverage(object.optional("coverage")))
    }

    private func timeFilter(node: String, body: JSONValue, at path: JSONPath) throws(ConditionParseError) -> Condition {
        switch node {
        case "timeOfDay":
            let object = try JSONObjectReader(body, at: path, node: node, keys: ["from", "to", "offset"])
            let from = try timeOfDay(object.required("from"))
            let to = try timeOfDay(object.required("to"))
            guard from != to else { throw ConditionParseError(path, "from and to are the same time; use true for the whole day") }
            return .timeOfDay(from: from, to: to, offset: try offset(object.optional("offset")))
        case "dayOfWeek":
            let object = try JSONObjectReader(body, at: path, node: node, keys: ["days", "offset"])
            let (daysValue, daysPath) = try object.required("days")
            guard case .array(let names) = daysValue, !names.isEmpty else {
                throw ConditionParseError(daysPath, "expected a non-empty array of days such as [\"mon\", \"tue\"], got \(daysValue.summary)")
            }
            var days: Set<Weekday> = []
            for (index, name) in names.enumerated() {
                guard case .string(let text) = name, let day = Weekday(name: text) else {
                    throw ConditionParseError(daysPath.appending(index), "expected a day such as \"mon\" or \"monday\", got \(name.summary)")
                }
                days.insert(day)
            }
            return .dayOfWeek(days, offset: try offset(object.optional("offset")))
        default:
            let object = try JSONObjectReader(body, at: path, node: node, keys: ["from", "to", "offset"])
            let from = try dateTime(object.required("from"))
            let to = try dateTime(object.required("to"))
            let offset = try offset(object.optional("offset"))
            guard from.start(at: offset) < to.end(at: offset) else {
                throw ConditionParseError(path.appending("to"), "the range ends (\(to)) before it starts (\(from))")
            }
            return .dateRange(from: from, to: to, offset: offset)
        }
    }

    /// Parses a value expression at `path`.
    func expression(_ value: JSONValue, at path: JSONPath) throws(ConditionParseError) -> SeriesExpression {
        switch value {
        case .string(let id):
            guard !id.allSatisfy(\.isWhitespace) else { throw ConditionParseError(path, "a tag id cannot be empty") }
            return .tag(TagID(id))
        case .number(let constant):
            return .constant(constant)
        case .object(let members) where members.count == 1:
            return try expression(node: members[0].key, body: members[0].value, at: path.appending(members[0].key))
        case .object(let members) where members.count > 1:
            let keys = members.map(\.key).joined(separator: ", ")
            throw ConditionParseError(path, "a value is a tag id, a number, or an object with exactly one key, found \(members.count) keys (\(keys))")
        default:
            throw ConditionParseError(path, "expected a value (a tag id, a number, or an object such as {\"mean\": …}), got \(value.summary)")
        }
    }

    private func expression(_ located: (JSONValue, JSONPath)) throws(ConditionParseError) -> SeriesExpression {
        try expression(located.0, at: located.1)
    }

    private func expression(node: String, body: JSONValue, at path: JSONPath) throws(ConditionParseError) -> SeriesExpression {
        switch node {
        case "add": return .add(try operands(body, at: path, node: node, exactly: nil))
        case "multiply": return .multiply(try operands(body, at: path, node: node, exactly: nil))
        case "subtract":
            let pair = try operands(body, at: path, node: node, exactly: 2)
            return .subtract(pair[0], pair[1])
        case "divide":
            let pair = try operands(body, at: path, node: node, exactly: 2)
            return .divide(pair[0], pair[1])
        case "abs": return .abs(try expression(body, at: path))
        case "slope":
            let object = try JSONObjectReader(body, at: path, node: node, keys: ["of", "window", "per", "coverage"])
            return .slope(
                of: try expression(object.required("of")), window: try duration(object.required("window")),
                per: try object.optional("per").map(duration) ?? .seconds(1), coverage: try coverage(object.optional("coverage")))
        case "rate":
            let object = try JSONObjectReader(body, at: path, node: node, keys: ["of", "over", "per"])
            return .rate(
                of: try expression(object.required("of")), over: try object.optional("over").map(duration),
                per: try object.optional("per").map(duration) ?? .seconds(1))
        case "lag":
            let object = try JSONObjectReader(body, at: path, node: node, keys: ["of", "by"])
            return .lag(of: try expression(object.required("of")), by: try duration(object.required("by")))
        default:
            if let statistic = RollingStatistic(rawValue: node) {
                let object = try JSONObjectReader(body, at: path, node: node, keys: ["of", "window", "coverage"])
                return .rolling(
                    statistic, of: try expression(object.required("of")), window: try duration(object.required("window")),
                    coverage: try coverage(object.optional("coverage")))
            }
            if Self.conditionNodes.contains(node) {
                throw ConditionParseError(path, "\"\(node)\" is a condition, not a value; a value is a tag id, a number or a value expression")
            }
            throw ConditionParseError(path, "unknown value expression \"\(node)\"; expected one of: \(Self.expressionNodes.joined(separator: ", "))")
        }
    }

    private func operands(_ value: JSONValue, at path: JSONPath, node: String, exactly count: Int?) throws(ConditionParseError)
        -> [SeriesExpression]
    {
        guard case .array(let elements) = value, count.map({ elements.count == $0 }) ?? (elements.count >= 2) else {
            let expected = count.map { "exactly \($0)" } ?? "two or more"
            throw ConditionParseError(path, "\"\(node)\" takes an array of \(expected) values, got \(value.summary)")
        }
        var result: [SeriesExpression] = []
        for (index, element) in elements.enumerated() { result.append(try expression(element, at: path.appending(index))) }
        return result
    }

    // MARK: Scalars

    private func duration(_ located: (JSONValue, JSONPath)) throws(ConditionParseError) -> TimeSpan {
        let (value, path) = located
        guard case .string(let text) = value, let span = TimeSpan(parsing: text) else {
            throw ConditionParseError(path, "expected a duration like \"60s\", got \(value.summary)")
        }
        guard span.milliseconds > 0 else { throw ConditionParseError(path, "expected a positive duration, got \(value.summary)") }
        return span
    }

    private func nonNegative(_ located: (JSONValue, JSONPath)?) throws(ConditionParseError) -> Double? {
        guard let (value, path) = located else { return nil }
        guard case .number(let number) = value, number >= 0 else {
            throw ConditionParseError(path, "expected a number ≥ 0, got \(value.summary)")
        }
        return number
    }

    private func coverage(_ located: (JSONValue, JSONPath)?) throws(ConditionParseError) -> Double {
        guard let (value, path) = located else { return 1 }
        guard case .number(let number) = value, number > 0, number <= 1 else {
            throw ConditionParseError(path, "expected a share of the window in (0, 1], got \(value.summary)")
        }
        return number
    }

    private func timeOfDay(_ located: (JSONValue, JSONPath)) throws(ConditionParseError) -> TimeOfDay {
        let (value, path) = located
        guard case .string(let text) = value, let time = TimeOfDay(parsing: text) else {
            throw ConditionParseError(path, "expected a time of day like \"08:30\", got \(value.summary)")
        }
        return time
    }

    private func dateTime(_ located: (JSONValue, JSONPath)) throws(ConditionParseError) -> LocalDateTime {
        let (value, path) = located
        guard case .string(let text) = value, let date = LocalDateTime(parsing: text) else {
            throw ConditionParseError(path, "expected a date like \"2024-03-31\" or \"2024-03-31T12:00\", got \(value.summary)")
        }
        return date
    }

    private func offset(_ located: (JSONValue, JSONPath)?) throws(ConditionParseError) -> UTCOffset {
        guard let (value, path) = located else { return .utc }
        guard case .string(let text) = value, let offset = UTCOffset(parsing: text) else {
            throw ConditionParseError(path, "expected a UTC offset like \"+03:00\" or \"Z\", got \(value.summary)")
        }
        return offset
    }
}
