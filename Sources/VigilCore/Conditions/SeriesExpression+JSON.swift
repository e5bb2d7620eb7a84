extension SeriesExpression: Codable {
    /// Parses a value expression from JSON text: a tag id in quotes, a number, or an object node.
    ///
    /// ```swift
    /// let spread = try SeriesExpression(json: #"{"subtract": ["TT-1", "TT-2"]}"#)
    /// ```
    /// - Throws: ``ConditionParseError`` with the line and column or the JSON path of the problem.
    public init(json text: String) throws(ConditionParseError) {
        self = try ConditionParser().expression(try JSONValue(parsing: Array(text.utf8)), at: .root)
    }

    /// The expression as compact JSON text.
    public var compactJSON: String { jsonValue.compactText }

    /// Decodes the expression from any decoder holding its JSON form.
    /// - Throws: ``ConditionParseError`` with the JSON path from the top of the decoded document.
    public init(from decoder: any Decoder) throws {
        self = try ConditionParser().expression(try JSONValue(from: decoder), at: JSONPath(codingPath: decoder.codingPath))
    }

    /// Encodes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        try jsonValue.encode(to: encoder)
    }

    /// The JSON tree of the expression, with default-valued options left out.
    var jsonValue: JSONValue {
        switch self {
        case .tag(let id): return .string(id.rawValue)
        case .constant(let value): return .number(value)
        case .add(let operands): return .object(["add": .array(operands.map(\.jsonValue))])
        case .multiply(let operands): return .object(["multiply": .array(operands.map(\.jsonValue))])
        case .subtract(let left, let right): return .object(["subtract": .array([left.jsonValue, right.jsonValue])])
        case .divide(let left, let right): return .object(["divide": .array([left.jsonValue, right.jsonValue])])
        case .abs(let operand): return .object(["abs": operand.jsonValue])
        case .rolling(let statistic, let operand, let window, let coverage):
            var members: [JSONValue.Member] = [.init(key: "of", value: operand.jsonValue), .init(key: "window", value: .string(window.description))]
            members.appendOption("coverage", coverage, default: 1)
            return .object([JSONValue.Member(key: statistic.rawValue, value: .object(members))])
        case .slope(let operand, let window, let per, let coverage):
            var members: [JSONValue.Member] = [.init(key: "of", value: operand.jsonValue), .init(key: "window", value: .string(window.description))]
            members.appendOption("per", per, default: .seconds(1))
            members.appendOption("coverage", coverage, default: 1)
            return .object(["slope": .object(members)])
        case .rate(let operand, let over, let per):
            var members: [JSONValue.Member] = [.init(key: "of", value: operand.jsonValue)]
            members.appendOption("over", over, default: nil)
            members.appendOption("per", per, default: .seconds(1))
            return .object(["rate": .object(members)])
        case .lag(let operand, let span):
            return .object(["lag": .object(["of": operand.jsonValue, "by": .string(span.description)])])
        }
    }
}
