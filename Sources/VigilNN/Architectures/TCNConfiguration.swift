/// A temporal convolutional network (Bai et al.): causal dilated convolutions, optionally in
/// residual blocks, with a linear head on the last step (MLAD's "TCN": kernel size, filter count,
/// dilations, activation, residual blocks).
public struct TCNConfiguration: Sendable, Codable, Hashable {
    /// Taps per filter (default 3).
    public var kernelSize: Int
    /// Filters per convolution (default 32).
    public var filters: Int
    /// One convolution level per dilation (default `[1, 2, 4, 8]`).
    public var dilations: [Int]
    /// Applied after each convolution (default relu).
    public var activation: Activation
    /// Whether each level is a residual block (two convolutions plus a skip path; default true).
    /// False gives a plain stack of one convolution per level, as in the PyTorch reference benchmark.
    public var residual: Bool
    /// Dropout after each convolution (default 0).
    public var dropout: Float

    /// Creates a configuration.
    public init(
        kernelSize: Int = 3, filters: Int = 32, dilations: [Int] = [1, 2, 4, 8], activation: Activation = .relu, residual: Bool = true,
        dropout: Float = 0
    ) {
        self.kernelSize = kernelSize
        self.filters = filters
        self.dilations = dilations
        self.activation = activation
        self.residual = residual
        self.dropout = dropout
    }

    /// Decodes, taking the default for every missing key.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            kernelSize: try c.decodeIfPresent(Int.self, forKey: .kernelSize) ?? 3, filters: try c.decodeIfPresent(Int.self, forKey: .filters) ?? 32,
            dilations: try c.decodeIfPresent([Int].self, forKey: .dilations) ?? [1, 2, 4, 8],
            activation: try c.decodeIfPresent(Activation.self, forKey: .activation) ?? .relu,
            residual: try c.decodeIfPresent(Bool.self, forKey: .residual) ?? true,
            dropout: try c.decodeIfPresent(Float.self, forKey: .dropout) ?? 0)
    }

    func build(_ builder: inout NetworkBuilder) throws(ArchitectureError) {
        guard kernelSize > 0, filters > 0, !dilations.isEmpty, dilations.allSatisfy({ $0 > 0 }) else {
            throw builder.error("kernelSize/filters/dilations", "must be positive and non-empty")
        }
        let receptiveField = 1 + dilations.reduce(0) { $0 + (residual ? 2 : 1) * (kernelSize - 1) * $1 }
        if receptiveField < builder.length { builder.append(LastSteps(count: receptiveField)) }
        for (level, dilation) in dilations.enumerated() {
            if residual {
                let inputChannels = builder.width
                let block = builder.residualBlock(name: "block\(level)", activation: activation) { body in
                    for index in 0..<2 {
                        body.conv(
                            filters, kernelSize: kernelSize, dilation: dilation, padding: .causal, activation: activation,
                            name: "block\(level).conv\(index)")
                        body.dropout(dropout, index: level * 2 + index)
                    }
                }
                try builder.appendResidual(block, inputWidth: inputChannels)
            } else {
                builder.conv(filters, kernelSize: kernelSize, dilation: dilation, padding: .causal, activation: activation, name: "conv\(level)")
                builder.dropout(dropout, index: level)
            }
        }
        builder.lastTimeStep()
    }
}
