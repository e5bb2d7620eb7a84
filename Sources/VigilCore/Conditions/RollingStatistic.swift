/// A statistic of a value over a sliding window, for
/// ``SeriesExpression/rolling(_:of:window:coverage:)``. Each is also the node's name in JSON.
public enum RollingStatistic: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// The arithmetic mean of the present values.
    case mean
    /// The smallest present value.
    case min
    /// The largest present value.
    case max
    /// The sample standard deviation (divisor n − 1) of the present values; needs two of them.
    case std

    /// The node name in condition documents.
    public var description: String { rawValue }
}
