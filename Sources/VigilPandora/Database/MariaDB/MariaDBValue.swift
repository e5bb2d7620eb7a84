/// A value sent to or read from MariaDB through a prepared statement.
enum MariaDBValue: Sendable, Hashable, CustomStringConvertible {
    /// SQL `NULL`.
    case null
    /// An integer column or parameter (`MYSQL_TYPE_LONGLONG`).
    case integer(Int64)
    /// A floating-point column or parameter (`MYSQL_TYPE_DOUBLE`).
    case double(Double)
    /// A text column or parameter, UTF-8 (`MYSQL_TYPE_STRING`).
    case text(String)

    /// How a result column is read.
    enum Kind: Sendable, Hashable {
        case integer, double, text
    }

    /// The integer, or `nil` for any other case.
    var integer: Int64? {
        if case .integer(let value) = self { value } else { nil }
    }

    /// The number, or `nil` for any other case.
    var double: Double? {
        if case .double(let value) = self { value } else { nil }
    }

    /// The text, or `nil` for any other case.
    var text: String? {
        if case .text(let value) = self { value } else { nil }
    }

    /// As a parameter appears in an error message: `NULL`, `42`, `1.5`, `'web01'`.
    var description: String {
        switch self {
        case .null: "NULL"
        case .integer(let value): String(value)
        case .double(let value): String(value)
        case .text(let value): "'\(value)'"
        }
    }
}
