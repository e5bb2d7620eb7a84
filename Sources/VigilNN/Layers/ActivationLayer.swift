/// A standalone elementwise activation (for use where no ``Dense`` or ``Conv1D`` precedes it).
public struct ActivationLayer: Layer {
    /// The function applied.
    public let activation: Activation

    /// Creates the layer.
    public init(_ activation: Activation) {
        self.activation = activation
    }

    /// What backward needs.
    public struct Cache: Sendable {
        let output: Tensor
        let preactivation: Tensor?
    }

    /// The input shape, unchanged.
    public func outputShape(for inputShape: [Int]) throws(ShapeError) -> [Int] { inputShape }

    /// Applies the activation elementwise.
    public func forward(_ input: Tensor, parameters: ParameterStore, context: ComputeContext) -> (output: Tensor, cache: Cache) {
        var output = Tensor(uninitializedShape: input.shape)
        input.withBase { x in output.withMutableBase { activation.apply(x, $0, count: input.count) } }
        return (output, Cache(output: output, preactivation: activation.needsPreactivation && context.isTraining ? input : nil))
    }

    /// Multiplies by the activation's derivative.
    public func backward(
        _ outputGradient: Tensor, cache: Cache, parameters: ParameterStore, gradients: inout ParameterStore, context: ComputeContext,
        needsInputGradient: Bool
    ) -> Tensor? {
        guard needsInputGradient else { return nil }
        return Dense.activationGradient(outputGradient, cache.output, cache.preactivation, activation)
    }
}
