/// A model's lifecycle status (MLAD 5.0): Not activated → Not trained → Trained →
/// Ready for publication (immutable) → Published.
public enum ModelStatus: String, Hashable, Sendable, Codable, CaseIterable {
    /// Imported but not activated.
    case notActivated = "not_activated"
    /// Defined, not trained.
    case notTrained = "not_trained"
    /// Trained: historical inference allowed.
    case trained
    /// Frozen for review: the model can no longer change.
    case readyForPublication = "ready_for_publication"
    /// Published: streaming inference allowed.
    case published

    /// Whether the definition and weights may still change.
    public var isMutable: Bool { self == .notActivated || self == .notTrained || self == .trained }

    /// Whether inference may run.
    public var allowsInference: Bool { self == .trained || self == .published }
}
