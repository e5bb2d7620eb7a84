/// Adam (Kingma & Ba) with bias correction, as PyTorch's `torch.optim.Adam`:
///
///     m ← β₁m + (1 − β₁)g     v ← β₂v + (1 − β₂)g²
///     θ ← θ − lr · (m / (1 − β₁ᵗ)) / (√(v / (1 − β₂ᵗ)) + ε)
///
/// A non-zero `weightDecay` adds `weightDecay·θ` to the gradient (L2 regularisation); for decoupled
/// decay use ``AdamW``.
public struct Adam: Optimizer, Codable, Hashable {
    /// The step size (1e-3 by default).
    public var learningRate: Float
    /// Decay of the first moment (0.9).
    public var beta1: Float
    /// Decay of the second moment (0.999).
    public var beta2: Float
    /// Added to the denominator (1e-8).
    public var epsilon: Float
    /// L2 coefficient added to the gradient (0).
    public var weightDecay: Float

    /// Creates the rule; the defaults are PyTorch's and Keras's.
    public init(learningRate: Float = 1e-3, beta1: Float = 0.9, beta2: Float = 0.999, epsilon: Float = 1e-8, weightDecay: Float = 0) {
        self.learningRate = learningRate
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
        self.weightDecay = weightDecay
    }

    /// Zero moments.
    public func makeState(for layout: ParameterLayout) -> AdamState { AdamState(layout: layout) }

    /// One bias-corrected Adam step.
    public func update(_ parameters: inout ParameterStore, gradients: ParameterStore, state: inout AdamState) {
        state.apply(
            to: &parameters, gradients: gradients, learningRate: learningRate, beta1: beta1, beta2: beta2, epsilon: epsilon,
            coupledDecay: weightDecay,
            decoupledDecay: 0)
    }
}
