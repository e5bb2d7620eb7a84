/// The value of one spreadsheet cell.
public enum XLSXCell: Hashable, Sendable {
    /// No value (a missing cell, or one with formatting only).
    case empty
    /// Text: shared, inline, or a formula's text result.
    case text(String)
    /// A number.
    case number(Double)
    /// `TRUE` or `FALSE`.
    case boolean(Bool)
    /// An error value such as `#N/A`.
    case error(String)

    /// The value as a person reads it: numbers in shortest form (`12`, `0.5`), booleans as
    /// `TRUE`/`FALSE`, empty as `""`.
    public var text: String {
        switch self {
        case .empty: ""
        case .text(let text): text
        case .number(let value): value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : value.description
        case .boolean(let value): value ? "TRUE" : "FALSE"
        case .error(let code): code
        }
    }

    /// Whether the cell holds nothing, or only white space.
    public var isBlank: Bool {
        switch self {
        case .empty: true
        case .text(let text): text.allSatisfy(\.isWhitespace)
        case .number, .boolean, .error: false
        }
    }
}
