/// One of the five forecaster families of Kaspersky MLAD, with its configuration. Every family maps a
/// window `[N, L, C]` to a forecast `[N, outputs]`.
///
/// Encoded as `{"kind": "tcn", "configuration": {…}}`; missing configuration keys take their defaults.
///
/// ```swift
/// let architecture = ForecasterArchitecture.transformer(TransformerConfiguration(headCount: 4))
/// let network = try architecture.makeNetwork(windowLength: 64, inputCount: 8, outputCount: 8)
/// ```
public enum ForecasterArchitecture: Sendable, Hashable {
    /// A multilayer perceptron on the flattened window.
    case dense(DenseForecasterConfiguration)
    /// A temporal convolutional network.
    case tcn(TCNConfiguration)
    /// Convolution and max-pooling stages.
    case cnn(CNNConfiguration)
    /// Stacked GRUs with a dense decoder.
    case rnn(RNNConfiguration)
    /// A transformer encoder.
    case transformer(TransformerConfiguration)

    /// The family's name as encoded: dense, tcn, cnn, rnn, transformer.
    public var kind: String {
        switch self {
        case .dense: "dense"
        case .tcn: "tcn"
        case .cnn: "cnn"
        case .rnn: "rnn"
        case .transformer: "transformer"
        }
    }

    /// Builds the network.
    /// - Parameters:
    ///   - windowLength: Steps per input window L.
    ///   - inputCount: Input tags C.
    ///   - outputCount: Forecast values.
    ///   - seed: Selects the dropout masks (weights are seeded by ``Network/initialParameters(seed:)``).
    /// - Throws: ``ArchitectureError`` for an unusable configuration.
    public func makeNetwork(windowLength: Int, inputCount: Int, outputCount: Int, seed: UInt64 = 0) throws(ArchitectureError) -> Network {
        let sampleShape = [windowLength, inputCount]
        var builder = NetworkBuilder(architecture: kind, seed: seed, sampleShape: sampleShape)
        guard windowLength > 0, inputCount > 0, outputCount > 0 else {
            throw builder.error("window/inputs/outputs", "must be positive (got \(windowLength), \(inputCount), \(outputCount))")
        }
        switch self {
        case .dense(let configuration): try configuration.build(&builder)
        case .tcn(let configuration): try configuration.build(&builder)
        case .cnn(let configuration): try configuration.build(&builder)
        case .rnn(let configuration): try configuration.build(&builder)
        case .transformer(let configuration): try configuration.build(&builder)
        }
        return try builder.finish(outputCount: outputCount, sampleShape: sampleShape)
    }
}

extension ForecasterArchitecture: Codable {
    private enum CodingKeys: String, CodingKey {
        case kind
        case configuration
    }

    /// Decodes `{"kind": …, "configuration": {…}}` (the configuration may be omitted for all defaults).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try container.decode(String.self, forKey: .kind)
        let hasConfiguration = container.contains(.configuration)
        func decode<T: Decodable>(_ type: T.Type, _ fallback: T) throws -> T {
            hasConfiguration ? try container.decode(T.self, forKey: .configuration) : fallback
        }
        switch kind {
        case "dense": self = .dense(try decode(DenseForecasterConfiguration.self, DenseForecasterConfiguration()))
        case "tcn": self = .tcn(try decode(TCNConfiguration.self, TCNConfiguration()))
        case "cnn": self = .cnn(try decode(CNNConfiguration.self, CNNConfiguration()))
        case "rnn": self = .rnn(try decode(RNNConfiguration.self, RNNConfiguration()))
        case "transformer": self = .transformer(try decode(TransformerConfiguration.self, TransformerConfiguration()))
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .kind, in: container, debugDescription: "unknown forecaster kind \(kind); expected dense, tcn, cnn, rnn or transformer")
        }
    }

    /// Encodes `{"kind": …, "configuration": {…}}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        switch self {
        case .dense(let configuration): try container.encode(configuration, forKey: .configuration)
        case .tcn(let configuration): try container.encode(configuration, forKey: .configuration)
        case .cnn(let configuration): try container.encode(configuration, forKey: .configuration)
        case .rnn(let configuration): try container.encode(configuration, forKey: .configuration)
        case .transformer(let configuration): try container.encode(configuration, forKey: .configuration)
        }
    }
}
