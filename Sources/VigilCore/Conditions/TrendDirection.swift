/// What a ``Condition/trend(_:window:direction:unmarkedBelow:markedAbove:minNoise:coverage:)`` node
/// asks of a value over its window.
public enum TrendDirection: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// The value rises markedly.
    case up
    /// The value falls markedly.
    case down
    /// The value has no marked trend either way.
    case flat

    /// The name used in condition documents.
    public var description: String { rawValue }
}
