/// Why a condition document was rejected: malformed JSON (with its line and column) or a
/// well-formed document that is not a valid condition (with the JSON path of the offending value).
///
/// ```swift
/// do { _ = try Condition(json: #"{"trend": {"of": "B", "window": 12, "direction": "up"}}"#) }
/// catch { print(error) }   // $.trend.window: expected a duration like "60s", got 12
/// ```
public struct ConditionParseError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Where in the document the problem is.
    public enum Location: Equatable, Sendable, CustomStringConvertible {
        /// A position in malformed JSON text, both counted from 1.
        case text(line: Int, column: Int)
        /// The JSONPath of a value in a well-formed document, e.g. `$.all[1].trend.window`.
        case path(String)

        /// `line L, column C` or the JSON path.
        public var description: String {
            switch self {
            case .text(let line, let column): "line \(line), column \(column)"
            case .path(let path): path
            }
        }
    }

    /// Where the problem is.
    public var location: Location
    /// What is wrong, e.g. `expected a duration like "60s", got 12`.
    public var message: String

    /// Creates an error.
    public init(location: Location, message: String) {
        self.location = location
        self.message = message
    }

    /// An error at a JSON path.
    init(_ path: JSONPath, _ message: String) {
        self.init(location: .path(path.description), message: message)
    }

    /// `<location>: <message>`.
    public var description: String { "\(location): \(message)" }
}
