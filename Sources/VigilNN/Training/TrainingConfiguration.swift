/// How ``Trainer`` fits a network. The defaults are Kaspersky MLAD's training defaults.
public struct TrainingConfiguration: Sendable, Codable, Hashable {
    /// The share of samples held out for validation, taken from the end (0.2). 0 disables validation
    /// (early stopping then watches the training loss).
    public var validationSplit: Double
    /// The most passes over the training samples (500).
    public var maximumEpochs: Int
    /// Epochs without improvement of the monitored loss before stopping (15).
    public var patience: Int
    /// The smallest decrease that counts as an improvement (0).
    public var minimumImprovement: Float
    /// Samples per optimisation step (16).
    public var batchSize: Int
    /// A wall-clock limit for the whole fit, checked after each epoch, or nil for none.
    public var maximumDuration: Duration?
    /// Whether to shuffle the training samples every epoch (true).
    public var shuffles: Bool
    /// Seeds the shuffling (0).
    public var seed: UInt64
    /// The loss minimised (mean squared error).
    public var loss: Loss
    /// Clips the gradients to this global norm when set (nil).
    public var gradientClipNorm: Float?
    /// Whether to return the parameters of the best epoch rather than the last (true).
    public var restoresBestParameters: Bool
    /// The most threads the kernels may use.
    public var threads: Int
    /// How many parts each batch is cut into for data-parallel training (2). Together with the seed it
    /// fixes the results; the thread count only decides whether the parts run concurrently.
    public var shards: Int

    /// Creates a configuration; every argument has MLAD's (or a neutral) default.
    public init(
        validationSplit: Double = 0.2, maximumEpochs: Int = 500, patience: Int = 15, minimumImprovement: Float = 0, batchSize: Int = 16,
        maximumDuration: Duration? = nil, shuffles: Bool = true, seed: UInt64 = 0, loss: Loss = .meanSquaredError, gradientClipNorm: Float? = nil,
        restoresBestParameters: Bool = true, threads: Int = ComputeContext.defaultThreads, shards: Int = 2
    ) {
        self.validationSplit = validationSplit
        self.maximumEpochs = maximumEpochs
        self.patience = patience
        self.minimumImprovement = minimumImprovement
        self.batchSize = batchSize
        self.maximumDuration = maximumDuration
        self.shuffles = shuffles
        self.seed = seed
        self.loss = loss
        self.gradientClipNorm = gradientClipNorm
        self.restoresBestParameters = restoresBestParameters
        self.threads = threads
        self.shards = shards
    }
}
