public import VigilNN

/// A trained ``PandoraAutoencoder``: the network's weights, the scaling of the history it learned,
/// and the distribution of its reconstruction errors on that history, which sets the threshold.
///
/// A window's reconstruction error is the mean absolute difference between its scaled values and the
/// network's reconstruction of them (the plugin's definition); the threshold is the mean of the
/// training windows' errors plus ``PandoraAutoencoder/thresholdFactor`` population standard
/// deviations (numpy's `std`, as the peer computes it).
///
/// ```swift
/// let model = try PandoraAutoencoder().fit(history)
/// let errors = model.reconstructionErrors(newValues, windowsEndingAt: 9..<newValues.count)
/// let anomalous = errors.map { $0 > model.threshold }
/// ```
public struct PandoraAutoencoderModel: Sendable {
    /// The options it was trained with.
    public let configuration: PandoraAutoencoder
    /// The autoencoder.
    public let network: Network
    /// Its trained weights.
    public let parameters: ParameterStore
    /// The history's minimum, scaled to 0.
    public let minimum: Double
    /// The history's maximum minus its minimum (1 for a flat history), scaled to 1.
    public let span: Double
    /// How many windows it was trained on.
    public let trainingWindowCount: Int
    /// The mean reconstruction error of the training windows.
    public let errorMean: Double
    /// The population standard deviation of the training windows' reconstruction errors.
    public let errorStandardDeviation: Double
    /// The training loss (mean squared error) of the last epoch.
    public let finalLoss: Float

    /// Measures the errors of the trained network on its own training windows.
    init(
        configuration: PandoraAutoencoder, network: Network, parameters: ParameterStore, minimum: Double, span: Double, trainingValues: [Double],
        finalLoss: Float
    ) {
        self.configuration = configuration
        self.network = network
        self.parameters = parameters
        self.minimum = minimum
        self.span = span
        self.finalLoss = finalLoss
        let errors = Self.reconstruct(
            network: network, parameters: parameters, minimum: minimum, span: span, values: trainingValues,
            windowsEndingAt: (configuration.window - 1)..<trainingValues.count
        ).errors
        trainingWindowCount = errors.count
        let mean = errors.reduce(0, +) / Double(errors.count)
        errorMean = mean
        errorStandardDeviation = (errors.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(errors.count)).squareRoot()
    }

    /// Errors above this are anomalous: ``errorMean`` + factor × ``errorStandardDeviation``.
    public var threshold: Double { errorMean + configuration.thresholdFactor * errorStandardDeviation }

    /// The reconstruction error of each window of `values` ending at an index of `ends`, scaled with
    /// the training history's extremes, computed in one batch.
    /// - Parameters:
    ///   - values: A series in the units of the training history.
    ///   - ends: Indices of the windows' last values; each must be at least `window − 1`.
    /// - Returns: One error per index of `ends`.
    public func reconstructionErrors(_ values: [Double], windowsEndingAt ends: Range<Int>) -> [Double] {
        reconstruct(values, windowsEndingAt: ends).errors
    }

    /// An anomaly score in [0, 1] for a reconstruction error: its ratio to the threshold mapped to
    /// `error / (error + threshold)`.
    ///
    /// It is 0 for a perfect reconstruction, 0.5 exactly at the threshold (so a score above 0.5 means
    /// the error is above it), 2/3 at twice the threshold and 0.9 at nine times, and it approaches 1
    /// without reaching it, so large errors stay ordered: a map that saturates (a clipped ratio, a
    /// logistic in units of the training errors' standard deviation) ties every large error at 1,
    /// and on NAB that left the threshold sweep nothing to choose but the null detector. When the
    /// threshold is 0 (a flat history, reconstructed exactly) it is 1 for any error and 0 otherwise.
    /// - Parameter error: A reconstruction error.
    /// - Returns: The score.
    public func score(forError error: Double) -> Double {
        guard threshold > 0 else { return error > 0 ? 1 : 0 }
        return error / (error + threshold)
    }

    /// The windows of `values` ending at `ends` and the network's reconstructions of them.
    func reconstruct(_ values: [Double], windowsEndingAt ends: Range<Int>) -> Reconstructions {
        Self.reconstruct(network: network, parameters: parameters, minimum: minimum, span: span, values: values, windowsEndingAt: ends)
    }

    private static func reconstruct(
        network: Network, parameters: ParameterStore, minimum: Double, span: Double, values: [Double], windowsEndingAt ends: Range<Int>
    ) -> Reconstructions {
        let window = network.sampleShape[0]
        let inputs = windows(of: values, minimum: minimum, span: span, window: window, ending: ends)
        let outputs = network.predict(inputs, parameters: parameters, threads: 1)
        return Reconstructions(window: window, minimum: minimum, span: span, inputs: inputs, outputs: outputs)
    }

    /// The scaled windows `[ends.count, window]` of `values` whose last values are at `ends`.
    static func windows(of values: [Double], minimum: Double, span: Double, window: Int, ending ends: Range<Int>) -> Tensor {
        precondition(ends.lowerBound >= window - 1 && ends.upperBound <= values.count, "windows ending at \(ends) of \(values.count) values")
        let first = ends.lowerBound - (window - 1)
        let scaled = values[first..<ends.upperBound].map { Float(($0 - minimum) / span) }
        var scalars = [Float]()
        scalars.reserveCapacity(ends.count * window)
        for start in 0..<ends.count { scalars.append(contentsOf: scaled[start..<(start + window)]) }
        return Tensor(shape: [ends.count, window], scalars: scalars)
    }
}
