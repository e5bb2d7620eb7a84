/// `y = activation(body(x) + shortcut(x))`, where the shortcut is the identity or, when the body
/// changes the channel count, a per-step linear projection (a 1 × 1 convolution).
///
/// A TCN block is two causal dilated ``Conv1D``s as the body; a post-norm transformer sub-layer is
/// an attention (or feed-forward) body followed by ``LayerNorm``.
public struct ResidualBlock: Layer {
    /// The residual branch.
    public let body: Sequential
    /// The projection on the skip path, if any.
    public let projection: Dense?
    /// Applied after the addition.
    public let activation: Activation

    /// Creates the block.
    /// - Parameters:
    ///   - body: The residual branch.
    ///   - projection: A projection for the skip path when the body changes the last axis.
    ///   - activation: Applied to the sum (linear by default).
    public init(_ body: Sequential, projection: Dense? = nil, activation: Activation = .linear) {
        self.body = body
        self.projection = projection
        self.activation = activation
    }

    /// What backward needs.
    public struct Cache: Sendable {
        let body: Sequential.Cache
        let projection: Dense.Cache?
        let preactivation: Tensor?
        let output: Tensor
    }

    /// The body's output shape, which must match the skip path's.
    public func outputShape(for inputShape: [Int]) throws(ShapeError) -> [Int] {
        let bodyShape = try body.outputShape(for: inputShape)
        let skipShape = try projection?.outputShape(for: inputShape) ?? inputShape
        guard bodyShape == skipShape else {
            throw ShapeError(layer: "ResidualBlock", expected: "a body that keeps the shape \(skipShape)", actual: bodyShape)
        }
        return bodyShape
    }

    /// Adds the body's output to the (projected) input and applies the activation.
    public func forward(_ input: Tensor, parameters: ParameterStore, context: ComputeContext) -> (output: Tensor, cache: Cache) {
        var (sum, bodyCache) = body.forward(input, parameters: parameters, context: context)
        let projected = projection?.forward(input, parameters: parameters, context: context)
        let skip = projected?.output ?? input
        precondition(skip.shape == sum.shape, "ResidualBlock: body output \(sum.shape) does not match skip \(skip.shape)")
        skip.withBase { s in sum.withMutableBase { VectorMath.add(s, into: $0, count: skip.count) } }
        let preactivation = Dense.activate(&sum, activation)
        return (sum, Cache(body: bodyCache, projection: projected?.cache, preactivation: preactivation, output: sum))
    }

    /// Back-propagates through both paths and adds their input gradients.
    public func backward(
        _ outputGradient: Tensor, cache: Cache, parameters: ParameterStore, gradients: inout ParameterStore, context: ComputeContext,
        needsInputGradient: Bool
    ) -> Tensor? {
        let dz = Dense.activationGradient(outputGradient, cache.output, cache.preactivation, activation)
        let bodyGradient = body.backward(
            dz, cache: cache.body, parameters: parameters, gradients: &gradients, context: context, needsInputGradient: needsInputGradient)
        var skipGradient: Tensor? = dz
        if let projection, let projectionCache = cache.projection {
            skipGradient = projection.backward(
                dz, cache: projectionCache, parameters: parameters, gradients: &gradients, context: context, needsInputGradient: needsInputGradient)
        }
        guard needsInputGradient, var dx = bodyGradient, let skipGradient else { return nil }
        skipGradient.withBase { s in dx.withMutableBase { VectorMath.add(s, into: $0, count: skipGradient.count) } }
        return dx
    }
}
