/// The Pandora plugin's verdict on a module's newest value (``PandoraAutoencoder/evaluateLastValue(_:)``).
///
/// The plugin writes `isAnomalous ? 0 : 1` as the `<module>.TF.ANOMALY` data and
/// `Reconstruction error: <error> / <threshold>` as its description.
public struct PandoraDecision: Sendable, Hashable, Codable {
    /// Whether the newest value's window is reconstructed worse than the threshold allows.
    public var isAnomalous: Bool
    /// The reconstruction error of the window ending at the newest value (mean absolute difference, scaled units).
    public var error: Double
    /// The training errors' mean plus factor × standard deviation.
    public var threshold: Double
    /// The newest value.
    public var value: Double
    /// The autoencoder's reconstruction of the newest value, in the series' units.
    public var reconstruction: Double
    /// The mean reconstruction error of the training windows.
    public var errorMean: Double
    /// The population standard deviation of the training windows' errors.
    public var errorStandardDeviation: Double
    /// How many windows the autoencoder was trained on.
    public var trainingWindowCount: Int

    /// Creates a decision.
    public init(
        isAnomalous: Bool, error: Double, threshold: Double, value: Double, reconstruction: Double, errorMean: Double,
        errorStandardDeviation: Double, trainingWindowCount: Int
    ) {
        self.isAnomalous = isAnomalous
        self.error = error
        self.threshold = threshold
        self.value = value
        self.reconstruction = reconstruction
        self.errorMean = errorMean
        self.errorStandardDeviation = errorStandardDeviation
        self.trainingWindowCount = trainingWindowCount
    }
}
