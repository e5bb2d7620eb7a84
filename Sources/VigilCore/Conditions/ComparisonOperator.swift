/// The operator of a ``Condition/compare(_:_:_:tolerance:softness:)`` node, written as in
/// mathematics: `<`, `<=`, `>`, `>=`, `==`, `!=`.
public enum ComparisonOperator: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// Left is below right.
    case less = "<"
    /// Left is at most right.
    case lessOrEqual = "<="
    /// Left is above right.
    case greater = ">"
    /// Left is at least right.
    case greaterOrEqual = ">="
    /// Left equals right, within the tolerance.
    case equal = "=="
    /// Left differs from right by more than the tolerance.
    case notEqual = "!="

    /// The symbol, e.g. `"<="`.
    public var description: String { rawValue }

    /// Whether a tolerance applies (`==` and `!=` only).
    public var acceptsTolerance: Bool { self == .equal || self == .notEqual }
}
