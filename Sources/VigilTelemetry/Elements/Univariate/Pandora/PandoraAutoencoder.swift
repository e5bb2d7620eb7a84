/// The anomaly detector of Pandora FMS's `pandora_tf_anomaly` plugin: a small dense autoencoder over
/// sliding windows of one min-max-scaled series, with a threshold of mean + factor × standard
/// deviation of the training reconstruction errors.
///
/// The value is the configuration; ``fit(_:)`` trains a ``PandoraAutoencoderModel`` and
/// ``evaluateLastValue(_:)`` gives the plugin's verdict on the newest value. The defaults reproduce
/// the TensorFlow workload the plugin is measured against (`specs/peer-performance.md` §A), so the
/// same series gets the same kind of decision:
///
/// | option | default | why |
/// |---|---|---|
/// | ``window`` | 10 | the TensorFlow peer's windows; ten minutes of context at Pandora's 60 s interval let a value be judged against its neighbours, where a one-value model can judge it only by its level |
/// | ``hiddenSizes`` | [8, 4, 8] | the peer's 10 → 8 → 4 → 8 → 10; the bottleneck of 4 < 10 forces the network to learn the series' shape instead of copying its input |
/// | ``epochs`` | 10 | the peer's: 3,150 Adam steps on a week of minute data; 40 epochs moved the threshold only from 0.044 to 0.040 on the peer's kind of series |
/// | ``batchSize`` | 32 | the peer's (Keras's default) |
/// | ``learningRate`` | 0.001 | the peer's (Adam's usual default) |
/// | ``thresholdFactor`` | 3 | the peer's mean + 3·std: for roughly normal training errors one normal value in about 740 is flagged, where the factor 1 of the TensorFlow tutorial would flag one module in six on every five-minute run |
/// | ``seed`` | 0 | any fixed value: it makes every run of the plugin on the same data give the same decision |
///
/// Fixed, as in the peer: ReLU hidden layers and a linear output, Glorot-uniform weights and zero
/// biases (Keras's defaults), Adam, mean squared error as the training loss, shuffling every epoch,
/// one thread (the plugin runs modules in parallel instead).
///
/// ```swift
/// let decision = try PandoraAutoencoder().evaluateLastValue(history)
/// print("Reconstruction error: \(decision.error) / \(decision.threshold)", decision.isAnomalous ? 0 : 1)
/// ```
public struct PandoraAutoencoder: Sendable, Codable, Hashable {
    /// Values per sliding window, the autoencoder's input and output width (10).
    public var window: Int
    /// Widths of the hidden ReLU layers, encoder to decoder ([8, 4, 8]).
    public var hiddenSizes: [Int]
    /// Passes over the training windows (10).
    public var epochs: Int
    /// Windows per Adam step (32).
    public var batchSize: Int
    /// Adam's learning rate (0.001).
    public var learningRate: Double
    /// The threshold is the training errors' mean plus this many standard deviations (3).
    public var thresholdFactor: Double
    /// Seeds the initial weights and the shuffling (0).
    public var seed: UInt64

    /// Creates a configuration; every argument defaults to the TensorFlow plugin's value.
    public init(
        window: Int = 10, hiddenSizes: [Int] = [8, 4, 8], epochs: Int = 10, batchSize: Int = 32, learningRate: Double = 0.001,
        thresholdFactor: Double = 3, seed: UInt64 = 0
    ) {
        self.window = window
        self.hiddenSizes = hiddenSizes
        self.epochs = epochs
        self.batchSize = batchSize
        self.learningRate = learningRate
        self.thresholdFactor = thresholdFactor
        self.seed = seed
    }

    private enum CodingKeys: String, CodingKey {
        case window, hiddenSizes, epochs, batchSize, learningRate, thresholdFactor, seed
    }

    /// Decodes a configuration; missing keys take their defaults, so `{}` is the plugin's setup and
    /// `{"thresholdFactor": 4}` changes one thing.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = PandoraAutoencoder()
        self.init(
            window: try container.decodeIfPresent(Int.self, forKey: .window) ?? defaults.window,
            hiddenSizes: try container.decodeIfPresent([Int].self, forKey: .hiddenSizes) ?? defaults.hiddenSizes,
            epochs: try container.decodeIfPresent(Int.self, forKey: .epochs) ?? defaults.epochs,
            batchSize: try container.decodeIfPresent(Int.self, forKey: .batchSize) ?? defaults.batchSize,
            learningRate: try container.decodeIfPresent(Double.self, forKey: .learningRate) ?? defaults.learningRate,
            thresholdFactor: try container.decodeIfPresent(Double.self, forKey: .thresholdFactor) ?? defaults.thresholdFactor,
            seed: try container.decodeIfPresent(UInt64.self, forKey: .seed) ?? defaults.seed)
    }

    /// Checks every option's range.
    /// - Throws: ``PandoraAutoencoderError/invalidConfiguration(field:reason:)`` naming the first bad option.
    public func validate() throws(PandoraAutoencoderError) {
        guard window >= 1 else { throw .invalidConfiguration(field: "window", reason: "must be at least 1, got \(window)") }
        guard !hiddenSizes.isEmpty else { throw .invalidConfiguration(field: "hiddenSizes", reason: "must name at least one layer") }
        if let index = hiddenSizes.firstIndex(where: { $0 < 1 }) {
            throw .invalidConfiguration(field: "hiddenSizes[\(index)]", reason: "must be at least 1, got \(hiddenSizes[index])")
        }
        guard epochs >= 1 else { throw .invalidConfiguration(field: "epochs", reason: "must be at least 1, got \(epochs)") }
        guard batchSize >= 1 else { throw .invalidConfiguration(field: "batchSize", reason: "must be at least 1, got \(batchSize)") }
        guard learningRate.isFinite && learningRate > 0 else {
            throw .invalidConfiguration(field: "learningRate", reason: "must be a positive number, got \(learningRate)")
        }
        guard thresholdFactor.isFinite && thresholdFactor >= 0 else {
            throw .invalidConfiguration(field: "thresholdFactor", reason: "must be a number ≥ 0, got \(thresholdFactor)")
        }
    }

    /// The plugin's verdict on the newest value: train on every window that does not contain it, then
    /// compare its window's reconstruction error with the threshold.
    ///
    /// The values are scaled with the minimum and maximum of all but the last one (the last may lie
    /// outside). When those are equal but the last value differs, the span is taken as 1 (as the peer
    /// does): the autoencoder then reconstructs the flat history exactly, the threshold is 0, and the
    /// change is anomalous.
    /// - Parameter values: The module's history, oldest first, the value to judge last.
    /// - Returns: Whether the last value is anomalous, with its error and the threshold.
    /// - Throws: ``PandoraAutoencoderError``: fewer than `window + 1` values, a non-finite value, a
    ///   series whose values are all equal (nothing to learn and nothing to detect), or a bad option.
    public func evaluateLastValue(_ values: [Double]) throws(PandoraAutoencoderError) -> PandoraDecision {
        try validate()
        guard values.count >= window + 1 else { throw .tooShort(points: values.count, needed: window + 1) }
        try Self.checkFinite(values)
        if values.allSatisfy({ $0 == values[0] }) { throw .constantSeries(value: values[0], points: values.count) }
        let model = try fit(values.dropLast())
        let last = values.count - 1
        let reconstruction = model.reconstruct(values, windowsEndingAt: last..<values.count)
        let error = reconstruction.errors[0]
        return PandoraDecision(
            isAnomalous: error > model.threshold, error: error, threshold: model.threshold, value: values[last],
            reconstruction: reconstruction.value(window: 0, position: window - 1), errorMean: model.errorMean,
            errorStandardDeviation: model.errorStandardDeviation, trainingWindowCount: model.trainingWindowCount)
    }

    /// Throws for the first NaN or infinite value.
    static func checkFinite(_ values: some Collection<Double>) throws(PandoraAutoencoderError) {
        if let index = values.firstIndex(where: { !$0.isFinite }) {
            throw .nonFiniteValue(index: values.distance(from: values.startIndex, to: index))
        }
    }
}
