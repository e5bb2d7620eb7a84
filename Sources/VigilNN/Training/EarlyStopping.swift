/// Early stopping as a pure state machine: feed it each epoch's monitored loss, it says whether the
/// loss improved and whether patience has run out.
///
/// ```swift
/// var stopping = EarlyStopping(patience: 15)
/// switch stopping.record(loss: validationLoss, epoch: epoch) {
/// case .improved: best = parameters
/// case .noImprovement: break
/// case .stop: return
/// }
/// ```
public struct EarlyStopping: Sendable, Hashable {
    /// What an epoch's loss means for training.
    public enum Decision: Sendable, Hashable {
        /// A new best loss.
        case improved
        /// No improvement, patience left.
        case noImprovement
        /// No improvement for `patience` epochs in a row.
        case stop
    }

    /// Epochs without improvement tolerated.
    public let patience: Int
    /// The smallest decrease that counts as an improvement.
    public let minimumImprovement: Float
    /// The best loss so far.
    public private(set) var bestLoss: Float = .infinity
    /// The epoch of the best loss.
    public private(set) var bestEpoch: Int?
    /// Epochs since the last improvement.
    public private(set) var epochsWithoutImprovement = 0

    /// Creates the state machine.
    public init(patience: Int, minimumImprovement: Float = 0) {
        precondition(patience >= 0, "patience must not be negative")
        self.patience = patience
        self.minimumImprovement = minimumImprovement
    }

    /// Records an epoch's loss (a NaN never improves).
    public mutating func record(loss: Float, epoch: Int) -> Decision {
        if loss < bestLoss - minimumImprovement {
            bestLoss = loss
            bestEpoch = epoch
            epochsWithoutImprovement = 0
            return .improved
        }
        epochsWithoutImprovement += 1
        return epochsWithoutImprovement > patience ? .stop : .noImprovement
    }
}
