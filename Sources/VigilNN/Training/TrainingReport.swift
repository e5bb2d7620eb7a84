/// The outcome of ``Trainer/fit(parameters:inputs:targets:optimizer:progress:)``.
public struct TrainingReport: Sendable {
    /// Why training ended.
    public enum StopReason: String, Sendable, Codable, Hashable {
        /// The maximum number of epochs was reached.
        case maximumEpochs
        /// The monitored loss did not improve for `patience` epochs.
        case earlyStopping
        /// The maximum duration was reached.
        case maximumDuration
    }

    /// The trained parameters (the best epoch's when so configured).
    public let parameters: ParameterStore
    /// One entry per finished epoch.
    public let history: [TrainingProgress]
    /// The epoch whose parameters were returned.
    public let bestEpoch: Int
    /// Why training ended.
    public let stopReason: StopReason
    /// The number of training samples (after the validation split).
    public let trainingSampleCount: Int
    /// The number of validation samples.
    public let validationSampleCount: Int
}
