/// A differentiable operation with an explicit forward pass (which returns what backward needs) and
/// an explicit backward pass (which returns the input gradient and accumulates parameter gradients).
///
/// Layers are small immutable descriptions (sizes and ``ParameterSlice``s); the weights live in a
/// ``ParameterStore``. Networks compose layers with ``Sequential`` and ``ResidualBlock``.
///
/// ```swift
/// let (y, cache) = dense.forward(x, parameters: p, context: .training(step: 0))
/// let dx = dense.backward(dy, cache: cache, parameters: p, gradients: &g, context: .training(step: 0))
/// ```
public protocol Layer: Sendable {
    /// What the forward pass keeps for the backward pass.
    associatedtype Cache: Sendable

    /// The output shape for an input shape (both with the batch dimension first).
    /// - Throws: ``ShapeError`` when the layer cannot take the input.
    func outputShape(for inputShape: [Int]) throws(ShapeError) -> [Int]

    /// Computes the output.
    /// - Parameters:
    ///   - input: A tensor whose shape ``outputShape(for:)`` accepts.
    ///   - parameters: The network's parameters.
    ///   - context: Training or inference, step, threads.
    /// - Returns: The output and the cache for ``backward(_:cache:parameters:gradients:context:needsInputGradient:)``.
    func forward(_ input: Tensor, parameters: ParameterStore, context: ComputeContext) -> (output: Tensor, cache: Cache)

    /// Back-propagates `outputGradient`.
    /// - Parameters:
    ///   - outputGradient: dL/d(output), shaped like the forward output.
    ///   - cache: What the matching training forward pass returned.
    ///   - parameters: The parameters used by that forward pass.
    ///   - gradients: Receives dL/dθ, **added** to what it holds.
    ///   - context: Threads (the step must match the forward pass).
    ///   - needsInputGradient: Whether to compute dL/d(input) (false for a network's first layer).
    /// - Returns: dL/d(input), or nil when not requested.
    func backward(
        _ outputGradient: Tensor, cache: Cache, parameters: ParameterStore, gradients: inout ParameterStore, context: ComputeContext,
        needsInputGradient: Bool
    ) -> Tensor?
}

extension Layer {
    /// Inference: the output alone.
    public func callAsFunction(_ input: Tensor, parameters: ParameterStore, context: ComputeContext = .inference()) -> Tensor {
        forward(input, parameters: parameters, context: context).output
    }

    /// Back-propagates and returns dL/d(input).
    public func backward(
        _ outputGradient: Tensor, cache: Cache, parameters: ParameterStore, gradients: inout ParameterStore, context: ComputeContext
    ) -> Tensor {
        backward(outputGradient, cache: cache, parameters: parameters, gradients: &gradients, context: context, needsInputGradient: true)!
    }

    func erasedForward(_ input: Tensor, parameters: ParameterStore, context: ComputeContext) -> (output: Tensor, cache: any Sendable) {
        let result = forward(input, parameters: parameters, context: context)
        return (result.output, result.cache)
    }

    func erasedBackward(
        _ outputGradient: Tensor, cache: any Sendable, parameters: ParameterStore, gradients: inout ParameterStore, context: ComputeContext,
        needsInputGradient: Bool
    ) -> Tensor? {
        guard let typed = cache as? Cache else { preconditionFailure("\(Self.self) was given a cache of type \(type(of: cache))") }
        return backward(
            outputGradient, cache: typed, parameters: parameters, gradients: &gradients, context: context, needsInputGradient: needsInputGradient)
    }

    /// Checks that `shape` has the expected rank and, where given, the expected dimensions (nil = any).
    func requireShape(_ shape: [Int], _ expected: [Int?], name: String, description: String) throws(ShapeError) {
        guard shape.count == expected.count, zip(shape, expected).allSatisfy({ $1 == nil || $0 == $1 }), shape.allSatisfy({ $0 > 0 }) else {
            throw ShapeError(layer: "\(Self.self) \(name)", expected: description, actual: shape)
        }
    }
}
