/// Why a ``PandoraAutoencoder`` could not judge or learn a series.
public enum PandoraAutoencoderError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The series has fewer values than one training window (plus the value to judge) needs.
    case tooShort(points: Int, needed: Int)
    /// Every value of the series is the same: there is nothing to learn and nothing to detect.
    case constantSeries(value: Double, points: Int)
    /// The value at this index (0-based) is NaN or infinite.
    case nonFiniteValue(index: Int)
    /// An option is out of range.
    case invalidConfiguration(field: String, reason: String)

    /// A one-line explanation.
    public var description: String {
        switch self {
        case .tooShort(let points, let needed):
            "Pandora autoencoder: the series has \(points) values; at least \(needed) are needed"
        case .constantSeries(let value, let points):
            "Pandora autoencoder: all \(points) values are \(value); a constant series has nothing to learn or detect"
        case .nonFiniteValue(let index):
            "Pandora autoencoder: value \(index + 1) is not a finite number"
        case .invalidConfiguration(let field, let reason):
            "Pandora autoencoder configuration: \(field) \(reason)"
        }
    }
}
