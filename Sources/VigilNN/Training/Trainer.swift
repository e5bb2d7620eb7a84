/// Fits a ``Network`` with mini-batches, seeded shuffling, a validation split, early stopping,
/// limits on epochs and duration, and a progress callback.
///
/// Freed step buffers are kept in the heap for reuse (see `MemoryTuning`).
///
/// Training is deterministic: the same network, data, configuration and seed give the same
/// parameters and losses, whatever the thread count.
///
/// ```swift
/// let trainer = Trainer(network: network, configuration: TrainingConfiguration(maximumEpochs: 50, batchSize: 64))
/// let report = try trainer.fit(parameters: network.initialParameters(seed: 1), inputs: x, targets: y,
///                              optimizer: Adam()) { p in print(p.epoch, p.loss, p.validationLoss ?? .nan) }
/// ```
public struct Trainer: Sendable {
    /// The network being fitted.
    public let network: Network
    /// How it is fitted.
    public let configuration: TrainingConfiguration

    /// Creates a trainer.
    public init(network: Network, configuration: TrainingConfiguration = TrainingConfiguration()) {
        self.network = network
        self.configuration = configuration
    }

    /// Trains on `inputs` `[S] + sampleShape` and `targets` `[S] + outputShape`, timing with the system's continuous clock.
    /// - Throws: ``TrainingError`` when the data or configuration is unusable.
    public func fit<O: Optimizer>(
        parameters: ParameterStore, inputs: Tensor, targets: Tensor, optimizer: O, progress: (TrainingProgress) -> Void = { _ in }
    ) throws(TrainingError) -> TrainingReport {
        try fit(parameters: parameters, inputs: inputs, targets: targets, optimizer: optimizer, clock: ContinuousClock(), progress: progress)
    }

    /// Trains, measuring durations with `clock`.
    /// - Parameters:
    ///   - parameters: The starting weights.
    ///   - inputs: `[S] + network.sampleShape`.
    ///   - targets: `[S] + network.outputShape`.
    ///   - optimizer: The update rule.
    ///   - clock: Measures elapsed time for the maximum duration and the ETA.
    ///   - progress: Called after every epoch.
    /// - Returns: The trained parameters and the history.
    /// - Throws: ``TrainingError`` when the data or configuration is unusable.
    public func fit<O: Optimizer, C: Clock>(
        parameters: ParameterStore, inputs: Tensor, targets: Tensor, optimizer: O, clock: C, progress: (TrainingProgress) -> Void = { _ in }
    ) throws(TrainingError) -> TrainingReport where C.Duration == Duration {
        try validate(inputs: inputs, targets: targets)
        _ = MemoryTuning.applied
        let sampleCount = inputs.shape[0]
        let validationCount = Int((Double(sampleCount) * configuration.validationSplit).rounded())
        let trainingCount = sampleCount - validationCount
        guard trainingCount > 0 else { throw .notEnoughSamples(samples: sampleCount, validationSplit: configuration.validationSplit) }

        let start = clock.now
        var parameters = parameters
        var best = parameters
        var gradients = ParameterStore(zerosFor: network.layout)
        var workspaces = ShardGradients(layout: network.layout)
        var state = optimizer.makeState(for: network.layout)
        var stopping = EarlyStopping(patience: configuration.patience, minimumImprovement: configuration.minimumImprovement)
        var generator = SeededRandom(seed: configuration.seed)
        var order = Array(0..<trainingCount)
        var history: [TrainingProgress] = []
        var step: UInt64 = 0
        var stopReason = TrainingReport.StopReason.maximumEpochs
        let batchSize = min(configuration.batchSize, trainingCount)
        var batchInputs = Tensor(uninitializedShape: [batchSize] + network.sampleShape)
        var batchTargets = Tensor(uninitializedShape: [batchSize] + network.outputShape)

        for epoch in 1...configuration.maximumEpochs {
            if configuration.shuffles { generator.shuffle(&order) }
            var totalLoss: Double = 0
            var first = 0
            while first < trainingCount {
                let indices = order[first..<min(first + batchSize, trainingCount)]
                if indices.count != batchInputs.shape[0] {
                    batchInputs = Tensor(uninitializedShape: [indices.count] + network.sampleShape)
                    batchTargets = Tensor(uninitializedShape: [indices.count] + network.outputShape)
                }
                Self.gather(inputs, indices, into: &batchInputs)
                Self.gather(targets, indices, into: &batchTargets)
                let context = ComputeContext.training(step: step, threads: configuration.threads)
                let loss = network.gradientStep(
                    input: batchInputs, targets: batchTargets, loss: configuration.loss, parameters: parameters, gradients: &gradients,
                    overwriting: true, workspaces: &workspaces, context: context,
                    shards: min(configuration.shards, max(1, indices.count / Network.minimumShardSamples)))
                if let norm = configuration.gradientClipNorm { gradients.clipGlobalNorm(to: norm) }
                optimizer.update(&parameters, gradients: gradients, state: &state)
                totalLoss += Double(loss) * Double(indices.count)
                step += 1
                first += batchSize
            }
            let loss = Float(totalLoss / Double(trainingCount))
            let validationLoss =
                validationCount > 0 ? evaluate(parameters, inputs: inputs, targets: targets, range: trainingCount..<sampleCount) : nil
            let decision = stopping.record(loss: validationLoss ?? loss, epoch: epoch)
            if decision == .improved { best = parameters }
            let elapsed = start.duration(to: clock.now)
            var remaining = elapsed / epoch * (configuration.maximumEpochs - epoch)
            if let limit = configuration.maximumDuration { remaining = min(remaining, max(.zero, limit - elapsed)) }
            let report = TrainingProgress(
                epoch: epoch, maximumEpochs: configuration.maximumEpochs, loss: loss, validationLoss: validationLoss, isBest: decision == .improved,
                elapsed: elapsed, estimatedRemaining: remaining)
            history.append(report)
            progress(report)
            if decision == .stop {
                stopReason = .earlyStopping
                break
            }
            if let limit = configuration.maximumDuration, elapsed >= limit, epoch < configuration.maximumEpochs {
                stopReason = .maximumDuration
                break
            }
        }
        let useBest = configuration.restoresBestParameters && stopping.bestEpoch != nil
        return TrainingReport(
            parameters: useBest ? best : parameters, history: history, bestEpoch: useBest ? stopping.bestEpoch! : history.count,
            stopReason: stopReason,
            trainingSampleCount: trainingCount, validationSampleCount: validationCount)
    }

    /// The mean loss of `parameters` over a range of samples, predicted in batches of 256.
    public func evaluate(_ parameters: ParameterStore, inputs: Tensor, targets: Tensor, range: Range<Int>) -> Float {
        var total: Double = 0
        var first = range.lowerBound
        while first < range.upperBound {
            let indices = first..<min(first + 256, range.upperBound)
            var batchInputs = Tensor(uninitializedShape: [indices.count] + network.sampleShape)
            var batchTargets = Tensor(uninitializedShape: [indices.count] + network.outputShape)
            Self.gather(inputs, indices, into: &batchInputs)
            Self.gather(targets, indices, into: &batchTargets)
            let predictions = network.predict(batchInputs, parameters: parameters, threads: configuration.threads)
            total += Double(configuration.loss.value(predictions: predictions, targets: batchTargets)) * Double(indices.count)
            first = indices.upperBound
        }
        return Float(total / Double(max(1, range.count)))
    }

    private func validate(inputs: Tensor, targets: Tensor) throws(TrainingError) {
        guard inputs.rank >= 1, Array(inputs.shape.dropFirst()) == network.sampleShape else {
            throw .shapeMismatch(what: "inputs", expected: [-1] + network.sampleShape, actual: inputs.shape)
        }
        guard targets.rank >= 1, targets.shape[0] == inputs.shape[0], Array(targets.shape.dropFirst()) == network.outputShape else {
            throw .shapeMismatch(what: "targets", expected: [inputs.shape.first ?? 0] + network.outputShape, actual: targets.shape)
        }
        guard configuration.batchSize > 0 else { throw .invalidConfiguration(field: "batchSize", reason: "must be positive") }
        guard configuration.maximumEpochs > 0 else { throw .invalidConfiguration(field: "maximumEpochs", reason: "must be positive") }
        guard configuration.shards > 0 else { throw .invalidConfiguration(field: "shards", reason: "must be positive") }
        guard configuration.validationSplit >= 0 && configuration.validationSplit < 1 else {
            throw .invalidConfiguration(field: "validationSplit", reason: "must be in [0, 1)")
        }
    }

    /// Copies the samples at `indices` (first axis) into `destination`.
    static func gather<S: Sequence<Int>>(_ source: Tensor, _ indices: S, into destination: inout Tensor) {
        let width = source.count / max(1, source.shape[0])
        source.withBase { s in
            destination.withMutableBase { d in
                var row = 0
                for index in indices {
                    (d + row * width).update(from: s + index * width, count: width)
                    row += 1
                }
            }
        }
    }
}
