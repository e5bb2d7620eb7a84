import Foundation

/// The state of ``Adam`` and ``AdamW``: first and second moments (same layout as the parameters)
/// and the number of steps taken.
public struct AdamState: Sendable, Hashable {
    /// The exponential moving average of the gradients.
    public var firstMoment: ParameterStore
    /// The exponential moving average of the squared gradients.
    public var secondMoment: ParameterStore
    /// Steps taken so far.
    public var step: Int

    /// Zero moments at step 0.
    public init(layout: ParameterLayout) {
        firstMoment = ParameterStore(zerosFor: layout)
        secondMoment = ParameterStore(zerosFor: layout)
        step = 0
    }

    /// One fused Adam step over every scalar, with bias correction; `coupledDecay` is added to the
    /// gradient (L2), `decoupledDecay` shrinks the parameter directly (AdamW).
    mutating func apply(
        to parameters: inout ParameterStore, gradients: ParameterStore, learningRate: Float, beta1: Float, beta2: Float, epsilon: Float,
        coupledDecay: Float, decoupledDecay: Float
    ) {
        precondition(parameters.layout.scalarCount == gradients.layout.scalarCount, "gradients do not match the parameters")
        step += 1
        let correction1 = 1 - Float(pow(Double(beta1), Double(step)))
        let correction2 = 1 - Float(pow(Double(beta2), Double(step)))
        let count = parameters.scalars.count
        let stepSize = learningRate / correction1
        let shrink = 1 - learningRate * decoupledDecay
        let buffers = UncheckedBox(
            (
                p: parameters.withMutableBase { $0 }, g: gradients.withBase { $0 }, m: firstMoment.withMutableBase { $0 },
                v: secondMoment.withMutableBase { $0 }
            ))
        Parallel.forEachRange(count: count, threads: count >= 1 << 16 ? 2 : 1, alignment: 8) { range in
            typealias V = SIMD8<Float>
            let (p, g, m, v) = buffers.value
            let b1 = V(repeating: beta1), b2 = V(repeating: beta2)
            let oneMinusB1 = V(repeating: 1 - beta1), oneMinusB2 = V(repeating: 1 - beta2)
            let root2 = V(repeating: 1 / correction2.squareRoot())
            VectorMath.forEachChunk(range.count) { chunk, w in
                let i = range.lowerBound + chunk
                var parameter = VectorMath.load(p + i, count: w)
                var gradient = VectorMath.load(g + i, count: w)
                if coupledDecay != 0 { gradient = gradient.addingProduct(parameter, V(repeating: coupledDecay)) }
                let first = (VectorMath.load(m + i, count: w) * b1).addingProduct(gradient, oneMinusB1)
                let second = (VectorMath.load(v + i, count: w) * b2).addingProduct(gradient * gradient, oneMinusB2)
                if decoupledDecay != 0 { parameter *= shrink }
                parameter -= stepSize * first / ((second.squareRoot() * root2) + epsilon)
                VectorMath.store(first, m + i, count: w)
                VectorMath.store(second, v + i, count: w)
                VectorMath.store(parameter, p + i, count: w)
            }
        }
    }
}
