/// Why training could not start.
public enum TrainingError: Error, CustomStringConvertible, Hashable {
    /// Inputs or targets do not have the shapes the network expects.
    case shapeMismatch(what: String, expected: [Int], actual: [Int])
    /// Too few samples to train on after the validation split.
    case notEnoughSamples(samples: Int, validationSplit: Double)
    /// A configuration value is out of range.
    case invalidConfiguration(field: String, reason: String)

    /// A one-line explanation.
    public var description: String {
        switch self {
        case .shapeMismatch(let what, let expected, let actual):
            return "training \(what) have shape \(actual), expected \(expected)"
        case .notEnoughSamples(let samples, let split):
            return "\(samples) samples leave none to train on with validation split \(split)"
        case .invalidConfiguration(let field, let reason):
            return "training configuration \(field): \(reason)"
        }
    }
}
