public import VigilNN

extension PandoraAutoencoder {
    /// The autoencoder: `window` → hidden ReLU layers → `window`, linear output.
    /// - Throws: ``PandoraAutoencoderError/invalidConfiguration(field:reason:)`` for a bad option.
    public func makeNetwork() throws(PandoraAutoencoderError) -> Network {
        try validate()
        var layout = ParameterLayout()
        var layers: [any Layer] = []
        var width = window
        for (index, size) in hiddenSizes.enumerated() {
            layers.append(Dense(inputSize: width, outputSize: size, activation: .relu, name: "hidden\(index)", layout: &layout))
            width = size
        }
        layers.append(Dense(inputSize: width, outputSize: window, name: "output", layout: &layout))
        // Dense layers chained by their widths always fit a window.
        return try! Network(body: Sequential(layers), layout: layout, sampleShape: [window])
    }

    /// Trains the autoencoder on every window of `values` and measures its training errors.
    ///
    /// The values are min-max scaled to [0, 1] with their own extremes (a flat series with a span of
    /// 1), cut into all `count − window + 1` overlapping windows, and fitted for ``epochs`` epochs of
    /// shuffled mini-batches. The errors of the fitted network on the same windows give the
    /// threshold.
    /// - Parameter values: The history to learn, oldest first.
    /// - Returns: The trained model.
    /// - Throws: ``PandoraAutoencoderError``: fewer than `window` values, a non-finite value, or a bad option.
    public func fit(_ values: some Collection<Double>) throws(PandoraAutoencoderError) -> PandoraAutoencoderModel {
        let network = try makeNetwork()
        let history = Array(values)
        guard history.count >= window else { throw .tooShort(points: history.count, needed: window) }
        try Self.checkFinite(history)
        let minimum = history.min()!
        let maximum = history.max()!
        let span = maximum > minimum ? maximum - minimum : 1
        let windows = PandoraAutoencoderModel.windows(of: history, minimum: minimum, span: span, window: window, ending: (window - 1)..<history.count)
        let configuration = TrainingConfiguration(
            validationSplit: 0, maximumEpochs: epochs, patience: epochs, batchSize: batchSize, seed: seed, loss: .meanSquaredError,
            restoresBestParameters: false, threads: 1, shards: 1)
        // A validated configuration and windows of the network's own width always train.
        let report = try! Trainer(network: network, configuration: configuration).fit(
            parameters: network.initialParameters(seed: seed), inputs: windows, targets: windows, optimizer: Adam(learningRate: Float(learningRate)))
        return PandoraAutoencoderModel(
            configuration: self, network: network, parameters: report.parameters, minimum: minimum, span: span, trainingValues: history,
            finalLoss: report.history.last!.loss)
    }
}
