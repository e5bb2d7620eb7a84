/// Keeps the last `count` time steps of a sequence: `[N, L, C]` → `[N, min(L, count), C]`.
///
/// A causal convolution stack whose head reads only the last step depends only on the last
/// "receptive field" steps of its input; cropping to them first computes the same forecast with a
/// fraction of the work (see ``TCNConfiguration``).
public struct LastSteps: Layer {
    /// The number of trailing steps kept.
    public let count: Int

    /// Creates the layer.
    public init(count: Int) {
        precondition(count > 0, "LastSteps needs a positive count")
        self.count = count
    }

    /// The input shape.
    public typealias Cache = [Int]

    /// `[N, min(L, count), C]`.
    public func outputShape(for inputShape: [Int]) throws(ShapeError) -> [Int] {
        try requireShape(inputShape, [nil, nil, nil], name: "", description: "[N, L, C]")
        return [inputShape[0], min(inputShape[1], count), inputShape[2]]
    }

    /// Copies the trailing steps of every sample.
    public func forward(_ input: Tensor, parameters: ParameterStore, context: ComputeContext) -> (output: Tensor, cache: Cache) {
        let (n, length, channels) = (input.shape[0], input.shape[1], input.shape[2])
        guard length > count else { return (input, input.shape) }
        var output = Tensor(uninitializedShape: [n, count, channels])
        input.withBase { x in
            output.withMutableBase { y in
                for sample in 0..<n {
                    (y + sample * count * channels).update(from: x + (sample * length + length - count) * channels, count: count * channels)
                }
            }
        }
        return (output, input.shape)
    }

    /// Places the gradient on the trailing steps; earlier steps get zero.
    public func backward(
        _ outputGradient: Tensor, cache: Cache, parameters: ParameterStore, gradients: inout ParameterStore, context: ComputeContext,
        needsInputGradient: Bool
    ) -> Tensor? {
        guard needsInputGradient else { return nil }
        let (n, length, channels) = (cache[0], cache[1], cache[2])
        guard length > count else { return outputGradient }
        var dx = Tensor(shape: cache)
        outputGradient.withBase { g in
            dx.withMutableBase { d in
                for sample in 0..<n {
                    (d + (sample * length + length - count) * channels).update(from: g + sample * count * channels, count: count * channels)
                }
            }
        }
        return dx
    }
}
