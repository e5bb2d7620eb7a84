/// Keeps the last time step of a sequence: `[N, L, C]` → `[N, C]` (a head reading the last step).
public struct LastTimeStep: Layer {
    /// Creates the layer.
    public init() {}

    /// The input shape.
    public typealias Cache = [Int]

    /// `[N, C]`.
    public func outputShape(for inputShape: [Int]) throws(ShapeError) -> [Int] {
        try requireShape(inputShape, [nil, nil, nil], name: "", description: "[N, L, C]")
        return [inputShape[0], inputShape[2]]
    }

    /// Copies `x[:, L−1, :]`.
    public func forward(_ input: Tensor, parameters: ParameterStore, context: ComputeContext) -> (output: Tensor, cache: Cache) {
        let (n, l, c) = (input.shape[0], input.shape[1], input.shape[2])
        var output = Tensor(uninitializedShape: [n, c])
        input.withBase { x in
            output.withMutableBase { y in
                for row in 0..<n { (y + row * c).update(from: x + (row * l + l - 1) * c, count: c) }
            }
        }
        return (output, input.shape)
    }

    /// Scatters the gradient into the last step; the others get zero.
    public func backward(
        _ outputGradient: Tensor, cache: Cache, parameters: ParameterStore, gradients: inout ParameterStore, context: ComputeContext,
        needsInputGradient: Bool
    ) -> Tensor? {
        guard needsInputGradient else { return nil }
        let (n, l, c) = (cache[0], cache[1], cache[2])
        var dx = Tensor(shape: cache)
        outputGradient.withBase { g in
            dx.withMutableBase { d in
                for row in 0..<n { (d + (row * l + l - 1) * c).update(from: g + row * c, count: c) }
            }
        }
        return dx
    }
}
