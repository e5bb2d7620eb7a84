/// Stacked GRUs with a time-distributed dense decoder (MLAD's "RNN": GRU units per layer,
/// time-distributed decoder units).
///
/// The forecast reads the last step, so the decoder runs on the last GRU state only: a
/// time-distributed layer followed by taking the last step gives the same result.
public struct RNNConfiguration: Sendable, Codable, Hashable {
    /// Hidden units of each GRU layer (default `[64]`).
    public var units: [Int]
    /// Units of each decoder layer, applied per step before the head (default none).
    public var decoderUnits: [Int]
    /// The decoder's activation (default relu).
    public var decoderActivation: Activation
    /// Dropout between GRU layers (default 0).
    public var dropout: Float

    /// Creates a configuration.
    public init(units: [Int] = [64], decoderUnits: [Int] = [], decoderActivation: Activation = .relu, dropout: Float = 0) {
        self.units = units
        self.decoderUnits = decoderUnits
        self.decoderActivation = decoderActivation
        self.dropout = dropout
    }

    /// Decodes, taking the default for every missing key.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            units: try c.decodeIfPresent([Int].self, forKey: .units) ?? [64],
            decoderUnits: try c.decodeIfPresent([Int].self, forKey: .decoderUnits) ?? [],
            decoderActivation: try c.decodeIfPresent(Activation.self, forKey: .decoderActivation) ?? .relu,
            dropout: try c.decodeIfPresent(Float.self, forKey: .dropout) ?? 0)
    }

    func build(_ builder: inout NetworkBuilder) throws(ArchitectureError) {
        guard !units.isEmpty, units.allSatisfy({ $0 > 0 }), decoderUnits.allSatisfy({ $0 > 0 }) else {
            throw builder.error("units/decoderUnits", "need at least one GRU layer and positive sizes")
        }
        for (index, size) in units.enumerated() {
            builder.gru(size, returnsSequences: index < units.count - 1, name: "gru\(index)")
            if index < units.count - 1 { builder.dropout(dropout, index: index) }
        }
        for (index, size) in decoderUnits.enumerated() {
            builder.dense(size, activation: decoderActivation, name: "decoder\(index)")
        }
    }
}
