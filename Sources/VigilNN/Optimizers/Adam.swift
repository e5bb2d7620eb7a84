/// Adam (Kingma & Ba) with bias correction, as PyTorch's `torch.optim.Adam`, and AdamW (Loshchilov &
/// Hutter) as `torch.optim.AdamW`:
///
///     m ← β₁m + (1 − β₁)g     v ← β₂v + (1 − β₂)g²
///     θ ← θ − lr · (m / (1 − β₁ᵗ)) / (√(v / (1 − β₂ᵗ)) + ε)
///
/// Weight decay is either L2 (`weightDecay·θ` added to the gradient, Adam's) or decoupled (θ shrunk
/// by `1 − lr·weightDecay` before the step, AdamW's):
///
/// ```swift
/// let adam = Adam(learningRate: 1e-3)
/// let adamW = Adam.adamW(learningRate: 1e-3, weightDecay: 0.01)
/// ```
public struct Adam: Optimizer, Codable, Hashable {
    /// How the parameters decay toward zero.
    public enum WeightDecay: Codable, Hashable, Sendable {
        /// No decay.
        case none
        /// `coefficient·θ` added to the gradient (Adam with L2 regularisation).
        case l2(Float)
        /// `θ ← θ·(1 − lr·coefficient)` before each step (AdamW).
        case decoupled(Float)
    }

    /// The step size (1e-3 by default).
    public var learningRate: Float
    /// Decay of the first moment (0.9).
    public var beta1: Float
    /// Decay of the second moment (0.999).
    public var beta2: Float
    /// Added to the denominator (1e-8).
    public var epsilon: Float
    /// Weight decay (none by default).
    public var weightDecay: WeightDecay

    /// Creates the rule; the defaults are PyTorch's and Keras's.
    public init(learningRate: Float = 1e-3, beta1: Float = 0.9, beta2: Float = 0.999, epsilon: Float = 1e-8, weightDecay: WeightDecay = .none) {
        self.learningRate = learningRate
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
        self.weightDecay = weightDecay
    }

    /// AdamW: Adam with decoupled weight decay (PyTorch's default coefficient 0.01).
    public static func adamW(
        learningRate: Float = 1e-3, beta1: Float = 0.9, beta2: Float = 0.999, epsilon: Float = 1e-8, weightDecay: Float = 0.01
    ) -> Adam {
        Adam(learningRate: learningRate, beta1: beta1, beta2: beta2, epsilon: epsilon, weightDecay: .decoupled(weightDecay))
    }

    /// Zero moments.
    public func makeState(for layout: ParameterLayout) -> AdamState { AdamState(layout: layout) }

    /// One bias-corrected step, with the configured decay.
    public func update(_ parameters: inout ParameterStore, gradients: ParameterStore, state: inout AdamState) {
        var coupled: Float = 0
        var decoupled: Float = 0
        switch weightDecay {
        case .none: break
        case .l2(let coefficient): coupled = coefficient
        case .decoupled(let coefficient): decoupled = coefficient
        }
        state.apply(
            to: &parameters, gradients: gradients, learningRate: learningRate, beta1: beta1, beta2: beta2, epsilon: epsilon,
            coupledDecay: coupled, decoupledDecay: decoupled)
    }
}
