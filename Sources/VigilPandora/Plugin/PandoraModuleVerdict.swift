public import VigilTelemetry

/// What the plugin concluded about one module.
public struct PandoraModuleVerdict: Sendable, Hashable {
    /// The module's decoded name.
    public var module: String
    /// Points of its rebuilt history.
    public var points: Int
    /// The autoencoder's decision on its newest value.
    public var decision: PandoraDecision

    public init(module: String, points: Int, decision: PandoraDecision) {
        self.module = module
        self.points = points
        self.decision = decision
    }
}
