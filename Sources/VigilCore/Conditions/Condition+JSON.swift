extension Condition: Codable {
    /// Parses a condition document from JSON text.
    ///
    /// ```swift
    /// let frozen = try Condition(json: #"{"unchanged": {"of": "A", "for": "60s"}}"#)
    /// ```
    /// - Throws: ``ConditionParseError`` naming the line and column of malformed JSON, or the JSON
    ///   path and the problem of an invalid document (`$.all[1].trend.window: expected a duration like "60s", got 12`).
    public init(json text: String) throws(ConditionParseError) {
        try self.init(jsonBytes: Array(text.utf8))
    }

    /// Parses a condition document from UTF-8 JSON bytes.
    /// - Throws: ``ConditionParseError``, as ``init(json:)``.
    public init(jsonBytes bytes: some Collection<UInt8>) throws(ConditionParseError) {
        self = try ConditionParser().condition(try JSONValue(parsing: bytes), at: .root)
    }

    /// The document as JSON text laid out for people: nodes that fit stay on one line.
    ///
    /// ```swift
    /// Condition.holds(.compare("P", .greater, 10), forAtLeast: .minutes(5)).json
    /// // {"for": {"atLeast": "5m", "condition": {"compare": {"left": "P", "op": ">", "right": 10}}}}
    /// ```
    public var json: String { jsonValue.readableText() }

    /// The document as JSON text without white space.
    public var compactJSON: String { jsonValue.compactText }

    /// Decodes the condition from any decoder holding its JSON form (e.g. inside a markup).
    /// - Throws: ``ConditionParseError`` with the JSON path from the top of the decoded document.
    public init(from decoder: any Decoder) throws {
        self = try ConditionParser().condition(try JSONValue(from: decoder), at: JSONPath(codingPath: decoder.codingPath))
    }

    /// Encodes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        try jsonValue.encode(to: encoder)
    }

    /// The JSON tree of the condition, with default-valued options left out.
    var jsonValue: JSONValue {
        switch self {
        case .always: return .bool(true)
        case .never: return .bool(false)
        case .compare(let left, let op, let right, let tolerance, let softness):
            var members: [JSONValue.Member] = [
                .init(key: "left", value: left.jsonValue), .init(key: "op", value: .string(op.rawValue)),
                .init(key: "right", value: right.jsonValue),
            ]
            members.appendOption("tolerance", tolerance, default: 0)
            members.appendOption("softness", softness, default: 0)
            return .object(["compare": .object(members)])
        case .inside(let value, let low, let high, let softness), .outside(let value, let low, let high, let softness):
            var members: [JSONValue.Member] = [
                .init(key: "value", value: value.jsonValue), .init(key: "low", value: low.jsonValue),
                .init(key: "high", value: high.jsonValue),
            ]
            members.appendOption("softness", softness, default: 0)
            if case .inside = self { return .object(["inside": .object(members)]) }
            return .object(["outside": .object(members)])
        case .all(let operands): return .object(["all": .array(operands.map(\.jsonValue))])
        case .any(let operands): return .object(["any": .array(operands.map(\.jsonValue))])
        case .not(let operand): return .object(["not": operand.jsonValue])
        case .unchanged(let value, let span, let tolerance, let softness, let coverage):
            var members: [JSONValue.Member] = [.init(key: "of", value: value.jsonValue), .init(key: "for", value: .string(span.description))]
            members.appendOption("tolerance", tolerance, default: 0)
            members.appendOption("softness", softness, default: 0)
            members.appendOption("coverage", coverage, default: 1)
            return .object(["unchanged": .object(members)])
        case .trend(let value, let window, let direction, let unmarkedBelow, let markedAbove, let minNoise, let coverage):
            var members: [JSONValue.Member] = [
                .init(key: "of", value: value.jsonValue), .init(key: "window", value: .string(window.description)),
                .init(key: "direction", value: .string(direction.rawValue)),
            ]
            members.appendOption("unmarkedBelow", unmarkedBelow, default: 1)
            members.appendOption("markedAbove", markedAbove, default: 3)
            members.appendOption("minNoise", minNoise, default: 0)
            members.appendOption("coverage", coverage, default: 1)
            return .object(["trend": .object(members)])
        case .holds(let operand, let span):
            return .object(["for": .object(["atLeast": .string(span.description), "condition": operand.jsonValue])])
        case .occurred(let operand, let span):
            return .object(["within": .object(["last": .string(span.description), "condition": operand.jsonValue])])
        case .sequence(let first, let then, let within):
            return .object([
                "sequence": .object(["first": first.jsonValue, "then": then.jsonValue, "within": .string(within.description)])
            ])
        case .timeOfDay(let from, let to, let offset):
            var members: [JSONValue.Member] = [
                .init(key: "from", value: .string(from.description)), .init(key: "to", value: .string(to.description)),
            ]
            members.appendOffset(offset)
            return .object(["timeOfDay": .object(members)])
        case .dayOfWeek(let days, let offset):
            var members: [JSONValue.Member] = [.init(key: "days", value: .array(days.sorted().map { .string($0.description) }))]
            members.appendOffset(offset)
            return .object(["dayOfWeek": .object(members)])
        case .dateRange(let from, let to, let offset):
            var members: [JSONValue.Member] = [
                .init(key: "from", value: .string(from.description)), .init(key: "to", value: .string(to.description)),
            ]
            members.appendOffset(offset)
            return .object(["dateRange": .object(members)])
        }
    }
}

extension [JSONValue.Member] {
    /// Appends a numeric option unless it has its default value.
    mutating func appendOption(_ key: String, _ value: Double, default defaultValue: Double) {
        if value != defaultValue { append(JSONValue.Member(key: key, value: .number(value))) }
    }

    /// Appends a duration option unless it has its default value.
    mutating func appendOption(_ key: String, _ value: TimeSpan?, default defaultValue: TimeSpan?) {
        if let value, value != defaultValue { append(JSONValue.Member(key: key, value: .string(value.description))) }
    }

    /// Appends a time filter's offset unless it is UTC.
    mutating func appendOffset(_ offset: UTCOffset) {
        if offset != .utc { append(JSONValue.Member(key: "offset", value: .string(offset.description))) }
    }
}
