/// Convolution and max-pooling stages, flattened into a linear head (MLAD's "CNN": convolutional
/// layers, filter sizes and counts, max-pool window).
public struct CNNConfiguration: Sendable, Codable, Hashable {
    /// One convolution stage.
    public struct Stage: Sendable, Codable, Hashable {
        /// Filters (output channels).
        public var filters: Int
        /// Taps per filter.
        public var kernelSize: Int

        /// Creates a stage.
        public init(filters: Int, kernelSize: Int) {
            self.filters = filters
            self.kernelSize = kernelSize
        }
    }

    /// The stages, each a "same"-padded convolution followed by max pooling (default two stages of 32 filters, kernel 3).
    public var stages: [Stage]
    /// The max-pool window (and stride) after each stage; 1 disables pooling (default 2).
    public var poolSize: Int
    /// Applied after each convolution (default relu).
    public var activation: Activation
    /// Dropout before the head (default 0).
    public var dropout: Float

    /// Creates a configuration.
    public init(
        stages: [Stage] = [Stage(filters: 32, kernelSize: 3), Stage(filters: 32, kernelSize: 3)], poolSize: Int = 2, activation: Activation = .relu,
        dropout: Float = 0
    ) {
        self.stages = stages
        self.poolSize = poolSize
        self.activation = activation
        self.dropout = dropout
    }

    /// Decodes, taking the default for every missing key.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = CNNConfiguration()
        self.init(
            stages: try c.decodeIfPresent([Stage].self, forKey: .stages) ?? defaults.stages,
            poolSize: try c.decodeIfPresent(Int.self, forKey: .poolSize) ?? 2,
            activation: try c.decodeIfPresent(Activation.self, forKey: .activation) ?? .relu,
            dropout: try c.decodeIfPresent(Float.self, forKey: .dropout) ?? 0)
    }

    func build(_ builder: inout NetworkBuilder) throws(ArchitectureError) {
        guard poolSize > 0, !stages.isEmpty, stages.allSatisfy({ $0.filters > 0 && $0.kernelSize > 0 }) else {
            throw builder.error("stages/poolSize", "need at least one stage and positive sizes")
        }
        for (index, stage) in stages.enumerated() {
            builder.conv(stage.filters, kernelSize: stage.kernelSize, dilation: 1, padding: .same, activation: activation, name: "conv\(index)")
            if poolSize > 1 {
                guard builder.length >= poolSize else {
                    throw builder.error("poolSize", "stage \(index) has \(builder.length) steps, fewer than the pool window")
                }
                builder.append(MaxPool1D(window: poolSize))
            }
        }
        builder.dropout(dropout, index: 0)
        builder.append(Flatten())
    }
}
