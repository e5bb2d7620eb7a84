/// A JSON document as a tree, keeping the order of object members: what condition documents are
/// parsed into before they become ``Condition`` values, and rendered from when they are written.
enum JSONValue: Equatable, Sendable {
    /// One `"key": value` member of an object.
    struct Member: Equatable, Sendable {
        var key: String
        var value: JSONValue
    }

    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([Member])

    /// An object from key–value pairs, in order.
    static func object(_ pairs: KeyValuePairs<String, JSONValue>) -> JSONValue {
        .object(pairs.map { Member(key: $0.key, value: $0.value) })
    }

    /// A short description of the value for error messages: `12`, `"abc"`, `true`, `an array`.
    var summary: String {
        switch self {
        case .null: "null"
        case .bool(let value): value ? "true" : "false"
        case .number(let value): JSONValue.format(value)
        case .string(let text): text.count <= 40 ? JSONValue.quoted(text) : JSONValue.quoted(String(text.prefix(37)) + "...")
        case .array: "an array"
        case .object: "an object"
        }
    }

    /// JSON text of a finite number: integers without a fraction, others in Swift's shortest round-trip form.
    static func format(_ value: Double) -> String {
        if value == value.rounded(), Swift.abs(value) < 1e15 { return String(Int64(value)) }
        return value.description
    }

    /// A string as a JSON string literal, escaping quotes, backslashes and control characters.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{08}": result += "\\b"
            case "\u{0C}": result += "\\f"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
