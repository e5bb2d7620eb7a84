/// Inverted dropout: in training, each element is zeroed with probability `rate` and the rest are
/// scaled by 1 / (1 − rate); in inference it is the identity.
///
/// The mask is a pure function of (seed, step, element index), so it is reproducible, independent
/// of threading, and the backward pass recomputes it instead of storing it.
public struct Dropout: Layer {
    /// The probability of zeroing an element, in [0, 1).
    public let rate: Float
    /// Selects this layer's masks.
    public let seed: UInt64

    /// Creates the layer.
    public init(rate: Float, seed: UInt64) {
        precondition(rate >= 0 && rate < 1, "dropout rate \(rate) is outside [0, 1)")
        self.rate = rate
        self.seed = seed
    }

    /// Whether a mask was applied.
    public typealias Cache = Bool

    /// The input shape.
    public func outputShape(for inputShape: [Int]) throws(ShapeError) -> [Int] { inputShape }

    /// Applies the mask for `context.step` when training.
    public func forward(_ input: Tensor, parameters: ParameterStore, context: ComputeContext) -> (output: Tensor, cache: Cache) {
        guard context.isTraining, rate > 0 else { return (input, false) }
        return (masked(input, step: context.step), true)
    }

    /// Applies the same mask to the gradient.
    public func backward(
        _ outputGradient: Tensor, cache: Cache, parameters: ParameterStore, gradients: inout ParameterStore, context: ComputeContext,
        needsInputGradient: Bool
    ) -> Tensor? {
        guard needsInputGradient else { return nil }
        return cache ? masked(outputGradient, step: context.step) : outputGradient
    }

    private func masked(_ values: Tensor, step: UInt64) -> Tensor {
        var result = values
        let threshold = UInt64(Double(rate) * 4_294_967_296)
        let scale = 1 / (1 - rate)
        let base = SeededRandom.mix(seed ^ SeededRandom.mix(step &+ 0x9E37_79B9_7F4A_7C15))
        result.withMutableBase { p in
            for i in 0..<values.count {
                let bits = SeededRandom.mix(base &+ UInt64(i)) >> 32
                p[i] = bits < threshold ? 0 : p[i] * scale
            }
        }
        return result
    }
}
