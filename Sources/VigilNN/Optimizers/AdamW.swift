/// AdamW (Loshchilov & Hutter): Adam with decoupled weight decay, as PyTorch's `torch.optim.AdamW`:
/// first `θ ← θ·(1 − lr·weightDecay)`, then the bias-corrected Adam step.
public struct AdamW: Optimizer, Codable, Hashable {
    /// The step size (1e-3 by default).
    public var learningRate: Float
    /// Decay of the first moment (0.9).
    public var beta1: Float
    /// Decay of the second moment (0.999).
    public var beta2: Float
    /// Added to the denominator (1e-8).
    public var epsilon: Float
    /// The decoupled decay coefficient (0.01, PyTorch's default).
    public var weightDecay: Float

    /// Creates the rule.
    public init(learningRate: Float = 1e-3, beta1: Float = 0.9, beta2: Float = 0.999, epsilon: Float = 1e-8, weightDecay: Float = 0.01) {
        self.learningRate = learningRate
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
        self.weightDecay = weightDecay
    }

    /// Zero moments.
    public func makeState(for layout: ParameterLayout) -> AdamState { AdamState(layout: layout) }

    /// Decays the parameters, then takes one bias-corrected Adam step.
    public func update(_ parameters: inout ParameterStore, gradients: ParameterStore, state: inout AdamState) {
        state.apply(
            to: &parameters, gradients: gradients, learningRate: learningRate, beta1: beta1, beta2: beta2, epsilon: epsilon, coupledDecay: 0,
            decoupledDecay: weightDecay)
    }
}
