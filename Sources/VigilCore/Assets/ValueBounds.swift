/// A pair of optional bounds on a tag's value, each side open when `nil`.
///
/// Used for technical limits (MLAD's blocking thresholds: reaching one raises a limit incident)
/// and for display bounds (the range a chart shows).
public struct ValueBounds: Hashable, Sendable, Codable {
    /// The lower bound, or `nil` for none.
    public var lower: Double?
    /// The upper bound, or `nil` for none.
    public var upper: Double?

    public init(lower: Double? = nil, upper: Double? = nil) {
        self.lower = lower
        self.upper = upper
    }

    /// No bounds at all.
    public static let unbounded = ValueBounds()

    /// Whether neither side is set.
    public var isUnbounded: Bool { lower == nil && upper == nil }

    /// Whether `value` lies within the bounds (bounds included).
    public func contains(_ value: Double) -> Bool {
        if let lower, value < lower { return false }
        if let upper, value > upper { return false }
        return true
    }
}
