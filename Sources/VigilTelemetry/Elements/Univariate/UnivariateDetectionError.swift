/// Why a series could not be scored.
public enum UnivariateDetectionError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The series has fewer points than the detector needs.
    case tooShort(points: Int, needed: Int, detector: String)
    /// A value is NaN or infinite.
    case nonFiniteValue(index: Int, detector: String)
    /// A configuration value is out of range.
    case invalidConfiguration(field: String, reason: String)

    public var description: String {
        switch self {
        case .tooShort(let points, let needed, let detector): "\(detector): the series has \(points) points; at least \(needed) are needed"
        case .nonFiniteValue(let index, let detector): "\(detector): the value at point \(index + 1) is not a finite number"
        case .invalidConfiguration(let field, let reason): "invalid configuration: \(field) \(reason)"
        }
    }
}
