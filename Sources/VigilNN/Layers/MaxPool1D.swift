/// Max pooling over time: `[N, L, C]` → `[N, (L − window) / stride + 1, C]`.
public struct MaxPool1D: Layer {
    /// Steps pooled into one.
    public let window: Int
    /// Step between windows (the window by default).
    public let stride: Int

    /// Creates the layer.
    public init(window: Int, stride: Int? = nil) {
        precondition(window > 0 && (stride ?? window) > 0, "MaxPool1D needs a positive window and stride")
        self.window = window
        self.stride = stride ?? window
    }

    /// For each output element, the flat index of the input element that won.
    public struct Cache: Sendable {
        let inputShape: [Int]
        let winners: [Int32]
    }

    /// `[N, (L − window) / stride + 1, C]`.
    public func outputShape(for inputShape: [Int]) throws(ShapeError) -> [Int] {
        try requireShape(inputShape, [nil, nil, nil], name: "", description: "[N, L ≥ \(window), C]")
        guard inputShape[1] >= window else { throw ShapeError(layer: "MaxPool1D", expected: "[N, L ≥ \(window), C]", actual: inputShape) }
        return [inputShape[0], (inputShape[1] - window) / stride + 1, inputShape[2]]
    }

    /// Takes the maximum of each window, per channel (the first maximum on ties).
    public func forward(_ input: Tensor, parameters: ParameterStore, context: ComputeContext) -> (output: Tensor, cache: Cache) {
        let (n, length, channels) = (input.shape[0], input.shape[1], input.shape[2])
        precondition(length >= window, "MaxPool1D: \(length) steps is shorter than the window \(window)")
        let outLength = (length - window) / stride + 1
        var output = Tensor(uninitializedShape: [n, outLength, channels])
        var winners = [Int32](repeating: 0, count: context.isTraining ? output.count : 0)
        input.withBase { x in
            output.withMutableBase { y in
                winners.withUnsafeMutableBufferPointer { w in
                    for sample in 0..<n {
                        for t in 0..<outLength {
                            let outRow = (sample * outLength + t) * channels
                            let first = (sample * length + t * stride) * channels
                            for channel in 0..<channels {
                                var best = first + channel
                                for tap in 1..<window where x[first + tap * channels + channel] > x[best] {
                                    best = first + tap * channels + channel
                                }
                                y[outRow + channel] = x[best]
                                if !w.isEmpty { w[outRow + channel] = Int32(best) }
                            }
                        }
                    }
                }
            }
        }
        return (output, Cache(inputShape: input.shape, winners: winners))
    }

    /// Routes each gradient to the input element that won its window.
    public func backward(
        _ outputGradient: Tensor, cache: Cache, parameters: ParameterStore, gradients: inout ParameterStore, context: ComputeContext,
        needsInputGradient: Bool
    ) -> Tensor? {
        guard needsInputGradient else { return nil }
        var dx = Tensor(shape: cache.inputShape)
        outputGradient.withBase { g in
            dx.withMutableBase { d in
                for (index, winner) in cache.winners.enumerated() { d[Int(winner)] += g[index] }
            }
        }
        return dx
    }
}
