/// What the trainer reports after each epoch.
public struct TrainingProgress: Sendable, Hashable {
    /// The epoch just finished, from 1.
    public let epoch: Int
    /// The configured maximum number of epochs.
    public let maximumEpochs: Int
    /// The mean training loss of the epoch.
    public let loss: Float
    /// The validation loss after the epoch, when there is a validation set.
    public let validationLoss: Float?
    /// Whether this epoch has the best monitored loss so far.
    public let isBest: Bool
    /// Time since training started.
    public let elapsed: Duration
    /// Estimated time to the end: the remaining epochs at the mean epoch time, capped by the remaining maximum duration.
    public let estimatedRemaining: Duration
}
