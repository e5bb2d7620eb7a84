/// A post-norm transformer encoder (Vaswani et al.) with a linear head on the last token (MLAD's
/// "Transformer": attention heads, encoder blocks).
public struct TransformerConfiguration: Sendable, Codable, Hashable {
    /// The model width d (default 32).
    public var modelSize: Int
    /// Attention heads; d must be a multiple (default 2).
    public var headCount: Int
    /// Encoder blocks (default 2).
    public var encoderBlocks: Int
    /// The feed-forward hidden width (default 64).
    public var feedForwardSize: Int
    /// The feed-forward activation (default relu).
    public var activation: Activation
    /// Learned or sinusoidal positions (default learned).
    public var positionalEncoding: PositionalEncoding.Kind
    /// Dropout on the attention and feed-forward outputs (default 0).
    public var dropout: Float

    /// Creates a configuration.
    public init(
        modelSize: Int = 32, headCount: Int = 2, encoderBlocks: Int = 2, feedForwardSize: Int = 64, activation: Activation = .relu,
        positionalEncoding: PositionalEncoding.Kind = .learned, dropout: Float = 0
    ) {
        self.modelSize = modelSize
        self.headCount = headCount
        self.encoderBlocks = encoderBlocks
        self.feedForwardSize = feedForwardSize
        self.activation = activation
        self.positionalEncoding = positionalEncoding
        self.dropout = dropout
    }

    /// Decodes, taking the default for every missing key.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            modelSize: try c.decodeIfPresent(Int.self, forKey: .modelSize) ?? 32, headCount: try c.decodeIfPresent(Int.self, forKey: .headCount) ?? 2,
            encoderBlocks: try c.decodeIfPresent(Int.self, forKey: .encoderBlocks) ?? 2,
            feedForwardSize: try c.decodeIfPresent(Int.self, forKey: .feedForwardSize) ?? 64,
            activation: try c.decodeIfPresent(Activation.self, forKey: .activation) ?? .relu,
            positionalEncoding: try c.decodeIfPresent(PositionalEncoding.Kind.self, forKey: .positionalEncoding) ?? .learned,
            dropout: try c.decodeIfPresent(Float.self, forKey: .dropout) ?? 0)
    }

    func build(_ builder: inout NetworkBuilder) throws(ArchitectureError) {
        guard modelSize > 0, headCount > 0, modelSize % headCount == 0 else {
            throw builder.error("modelSize/headCount", "the width \(modelSize) must be a positive multiple of \(headCount) heads")
        }
        guard encoderBlocks > 0, feedForwardSize > 0 else { throw builder.error("encoderBlocks/feedForwardSize", "must be positive") }
        builder.dense(modelSize, activation: .linear, name: "embedding")
        builder.append(
            PositionalEncoding(
                kind: positionalEncoding, maximumLength: builder.length, modelSize: modelSize, name: "positions", layout: &builder.layout))
        for block in 0..<encoderBlocks {
            let attention = builder.residualBlock(name: "encoder\(block).attention", activation: .linear) { body in
                body.append(
                    MultiHeadSelfAttention(modelSize: modelSize, headCount: headCount, name: "encoder\(block).attention", layout: &body.layout))
                body.dropout(dropout, index: block * 2)
            }
            try builder.appendResidual(attention, inputWidth: modelSize)
            builder.append(LayerNorm(size: modelSize, name: "encoder\(block).norm1", layout: &builder.layout))
            let feedForward = builder.residualBlock(name: "encoder\(block).feedForward", activation: .linear) { body in
                body.dense(feedForwardSize, activation: activation, name: "encoder\(block).feedForward0")
                body.dense(modelSize, activation: .linear, name: "encoder\(block).feedForward1")
                body.dropout(dropout, index: block * 2 + 1)
            }
            try builder.appendResidual(feedForward, inputWidth: modelSize)
            builder.append(LayerNorm(size: modelSize, name: "encoder\(block).norm2", layout: &builder.layout))
        }
        builder.lastTimeStep()
    }
}
