import Foundation

#if arch(x86_64)
    import VigilNNKernelsAVX512
#endif

/// The state of ``Adam`` (and AdamW): first and second moments (same layout as the parameters)
/// and the number of steps taken.
public struct AdamState: Sendable, Hashable {
    /// The exponential moving average of the gradients.
    public var firstMoment: ParameterStore
    /// The exponential moving average of the squared gradients.
    public var secondMoment: ParameterStore
    /// Steps taken so far.
    public var step: Int

    /// Stores from this many scalars are updated on two threads: below it, handing half of a pass that
    /// takes tens of microseconds to another core costs more than it saves.
    static let parallelCount = 1 << 20

    /// Zero moments at step 0.
    public init(layout: ParameterLayout) {
        firstMoment = ParameterStore(zerosFor: layout)
        secondMoment = ParameterStore(zerosFor: layout)
        step = 0
    }

    /// One fused Adam step over every scalar, with bias correction; `coupledDecay` is added to the
    /// gradient (L2), `decoupledDecay` shrinks the parameter directly (AdamW). With AVX-512 the bulk
    /// runs 16 lanes wide (`AVX512Kernels.adamStep`, the same arithmetic lane for lane).
    mutating func apply(
        to parameters: inout ParameterStore, gradients: ParameterStore, learningRate: Float, beta1: Float, beta2: Float, epsilon: Float,
        coupledDecay: Float, decoupledDecay: Float, isa: InstructionSet = .preferred
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
        let rule = AdamRule(
            beta1: beta1, beta2: beta2, stepSize: stepSize, inverseRootCorrection2: 1 / correction2.squareRoot(), epsilon: epsilon,
            coupledDecay: coupledDecay, shrink: shrink)
        Parallel.forEachRange(count: count, threads: count >= Self.parallelCount ? 2 : 1, alignment: 8) { range in
            let (p, g, m, v) = buffers.value
            var i = range.lowerBound
            #if arch(x86_64)
                if isa == .avx512 {
                    i += AVX512Kernels.adamStep(
                        parameters: p + i, gradients: g + i, firstMoment: m + i, secondMoment: v + i, count: range.count, beta1: beta1, beta2: beta2,
                        stepSize: stepSize, inverseRootCorrection2: rule.inverseRootCorrection2, epsilon: epsilon, coupledDecay: coupledDecay,
                        shrink: shrink)
                }
            #endif
            while i + 8 <= range.upperBound {
                rule.apply(p + i, g + i, m + i, v + i)
                i += 8
            }
            while i < range.upperBound {
                rule.applyScalar(p + i, g + i, m + i, v + i)
                i += 1
            }
        }
    }
}

/// The per-scalar Adam update with its constants, in SIMD8 and scalar form (same arithmetic).
private struct AdamRule {
    let beta1: Float
    let beta2: Float
    let stepSize: Float
    let inverseRootCorrection2: Float
    let epsilon: Float
    let coupledDecay: Float
    /// `1 − lr·decoupledDecay` (1 without decoupled decay).
    let shrink: Float

    @inline(__always)
    func apply(_ p: UnsafeMutablePointer<Float>, _ g: UnsafePointer<Float>, _ m: UnsafeMutablePointer<Float>, _ v: UnsafeMutablePointer<Float>) {
        typealias V = SIMD8<Float>
        var parameter = VectorMath.load(p)
        var gradient = VectorMath.load(g)
        if coupledDecay != 0 { gradient = gradient.addingProduct(parameter, V(repeating: coupledDecay)) }
        let first = (VectorMath.load(m) * beta1).addingProduct(gradient, V(repeating: 1 - beta1))
        let second = (VectorMath.load(v) * beta2).addingProduct(gradient * gradient, V(repeating: 1 - beta2))
        parameter *= shrink
        parameter -= stepSize * first / (VectorMath.squareRoot(second) * inverseRootCorrection2 + epsilon)
        VectorMath.store(first, m)
        VectorMath.store(second, v)
        VectorMath.store(parameter, p)
    }

    @inline(__always)
    func applyScalar(_ p: UnsafeMutablePointer<Float>, _ g: UnsafePointer<Float>, _ m: UnsafeMutablePointer<Float>, _ v: UnsafeMutablePointer<Float>)
    {
        var gradient = g.pointee
        if coupledDecay != 0 { gradient = gradient.addingProduct(p.pointee, coupledDecay) }
        let first = (m.pointee * beta1).addingProduct(gradient, 1 - beta1)
        let second = (v.pointee * beta2).addingProduct(gradient * gradient, 1 - beta2)
        m.pointee = first
        v.pointee = second
        p.pointee = p.pointee * shrink - stepSize * first / ((second + 1e-30).squareRoot() * inverseRootCorrection2 + epsilon)
    }
}
