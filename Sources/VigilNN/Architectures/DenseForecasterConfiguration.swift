/// A multilayer perceptron on the flattened window (MLAD's "Dense": layer-size multipliers and activations).
public struct DenseForecasterConfiguration: Sendable, Codable, Hashable {
    /// Hidden layer sizes as multiples of the flattened input size `window × inputs` (default
    /// `[0.5, 0.25]`: 512 → 256 → 128 for a 64 × 8 window).
    public var layerMultipliers: [Double]
    /// One activation per hidden layer (default relu for each).
    public var activations: [Activation]
    /// Dropout after each hidden layer (default 0).
    public var dropout: Float

    /// Creates a configuration.
    public init(layerMultipliers: [Double] = [0.5, 0.25], activations: [Activation]? = nil, dropout: Float = 0) {
        self.layerMultipliers = layerMultipliers
        self.activations = activations ?? Array(repeating: .relu, count: layerMultipliers.count)
        self.dropout = dropout
    }

    /// Decodes, taking the default for every missing key.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let multipliers = try container.decodeIfPresent([Double].self, forKey: .layerMultipliers) ?? [0.5, 0.25]
        self.init(
            layerMultipliers: multipliers, activations: try container.decodeIfPresent([Activation].self, forKey: .activations),
            dropout: try container.decodeIfPresent(Float.self, forKey: .dropout) ?? 0)
    }

    func build(_ builder: inout NetworkBuilder) throws(ArchitectureError) {
        guard activations.count == layerMultipliers.count else {
            throw builder.error("activations", "\(activations.count) activations for \(layerMultipliers.count) layers")
        }
        builder.append(Flatten())
        let flattened = builder.width
        for (index, (multiplier, activation)) in zip(layerMultipliers, activations).enumerated() {
            guard multiplier > 0 else { throw builder.error("layerMultipliers[\(index)]", "must be positive") }
            let units = max(1, Int((multiplier * Double(flattened)).rounded()))
            builder.dense(units, activation: activation, name: "dense\(index)")
            builder.dropout(dropout, index: index)
        }
    }
}
