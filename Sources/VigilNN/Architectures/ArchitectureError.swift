/// A forecaster configuration that cannot be built.
public struct ArchitectureError: Error, CustomStringConvertible, Hashable {
    /// The architecture (dense, tcn, cnn, rnn, transformer).
    public let architecture: String
    /// The configuration field at fault, or the layer that rejected its input.
    public let field: String
    /// What is wrong.
    public let reason: String

    /// Creates the error.
    public init(architecture: String, field: String, reason: String) {
        self.architecture = architecture
        self.field = field
        self.reason = reason
    }

    /// A one-line explanation.
    public var description: String { "\(architecture) forecaster, \(field): \(reason)" }
}
