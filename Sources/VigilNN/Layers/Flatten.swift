/// Reshapes `[N, d1, d2, …]` to `[N, d1·d2·…]` without copying.
public struct Flatten: Layer {
    /// Creates the layer.
    public init() {}

    /// The input shape.
    public typealias Cache = [Int]

    /// `[N, product of the rest]`.
    public func outputShape(for inputShape: [Int]) throws(ShapeError) -> [Int] {
        guard inputShape.count >= 2 else { throw ShapeError(layer: "Flatten", expected: "[N, …]", actual: inputShape) }
        return [inputShape[0], inputShape.dropFirst().reduce(1, *)]
    }

    /// Reshapes.
    public func forward(_ input: Tensor, parameters: ParameterStore, context: ComputeContext) -> (output: Tensor, cache: Cache) {
        (input.reshaped([input.shape[0], input.count / max(1, input.shape[0])]), input.shape)
    }

    /// Reshapes the gradient back.
    public func backward(
        _ outputGradient: Tensor, cache: Cache, parameters: ParameterStore, gradients: inout ParameterStore, context: ComputeContext,
        needsInputGradient: Bool
    ) -> Tensor? {
        needsInputGradient ? outputGradient.reshaped(cache) : nil
    }
}
