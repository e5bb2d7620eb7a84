/// An elementwise activation function.
///
/// `gelu` is the tanh approximation (Hendrycks & Gimpel; GPT-2); `elu` uses α = 1; `selu` uses
/// λ ≈ 1.0507 and α ≈ 1.6733 (Klambauer et al.). All are vectorised with `SIMD8<Float>`.
public enum Activation: String, Sendable, Codable, CaseIterable, Hashable {
    /// The identity.
    case linear
    /// max(0, x).
    case relu
    /// 0.5·x·(1 + tanh(√(2/π)·(x + 0.044715·x³))).
    case gelu
    /// x for x > 0, eˣ − 1 otherwise.
    case elu
    /// λ·x for x > 0, λ·α·(eˣ − 1) otherwise.
    case selu
    /// The hyperbolic tangent.
    case tanh
    /// The logistic function 1 / (1 + e⁻ˣ).
    case sigmoid

    static let seluLambda: Float = 1.050_700_987_355_480_5
    static let seluAlpha: Float = 1.673_263_242_354_377_3
    static let geluScale: Float = 0.797_884_560_802_865_4

    /// Whether the gradient needs the input of the activation (otherwise its output suffices).
    var needsPreactivation: Bool { self == .gelu }

    /// Applies the function to `count` floats (`destination` may equal `source`).
    func apply(_ source: UnsafePointer<Float>, _ destination: UnsafeMutablePointer<Float>, count: Int) {
        typealias V = SIMD8<Float>
        switch self {
        case .linear:
            if UnsafePointer(destination) != source { destination.update(from: source, count: count) }
        case .relu:
            VectorMath.map(source, destination, count: count) { $0.replacing(with: 0, where: $0 .< 0) }
        case .gelu:
            VectorMath.map(source, destination, count: count) { x in
                let u = x.addingProduct(x * x * x, V(repeating: 0.044_715)) * Activation.geluScale
                return 0.5 * x * (1 + VectorMath.tanh(u))
            }
        case .elu:
            VectorMath.map(source, destination, count: count) { x in
                x.replacing(with: VectorMath.exp(x) - 1, where: x .<= 0)
            }
        case .selu:
            VectorMath.map(source, destination, count: count) { x in
                let negative = (VectorMath.exp(x) - 1) * (Activation.seluLambda * Activation.seluAlpha)
                return (x * Activation.seluLambda).replacing(with: negative, where: x .<= 0)
            }
        case .tanh:
            VectorMath.map(source, destination, count: count, VectorMath.tanh)
        case .sigmoid:
            VectorMath.map(source, destination, count: count, VectorMath.sigmoid)
        }
    }

    /// Writes dL/dz for `count` elements given dL/dy, the output y and (for gelu) the input z.
    /// `gradient` may be the same buffer as `outputGradient`.
    func backward(
        outputGradient dy: UnsafePointer<Float>, output y: UnsafePointer<Float>, preactivation z: UnsafePointer<Float>?,
        into gradient: UnsafeMutablePointer<Float>, count: Int
    ) {
        typealias V = SIMD8<Float>
        switch self {
        case .linear:
            if UnsafePointer(gradient) != dy { gradient.update(from: dy, count: count) }
        case .relu:
            VectorMath.map3(dy, y, y, gradient, count: count) { g, out, _ in g.replacing(with: 0, where: out .<= 0) }
        case .gelu:
            let input = z!
            VectorMath.map3(dy, input, input, gradient, count: count) { g, x, _ in
                let x2 = x * x
                let t = VectorMath.tanh(x.addingProduct(x2 * x, V(repeating: 0.044_715)) * Activation.geluScale)
                let du = (x2 * (3 * 0.044_715) + 1) * Activation.geluScale
                let derivative = 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * du
                return g * derivative
            }
        case .elu:
            VectorMath.map3(dy, y, y, gradient, count: count) { g, out, _ in
                (g * (out + 1)).replacing(with: g, where: out .> 0)
            }
        case .selu:
            VectorMath.map3(dy, y, y, gradient, count: count) { g, out, _ in
                let negative = g * (out + Activation.seluLambda * Activation.seluAlpha)
                return negative.replacing(with: g * Activation.seluLambda, where: out .> 0)
            }
        case .tanh:
            VectorMath.map3(dy, y, y, gradient, count: count) { g, out, _ in g * (1 - out * out) }
        case .sigmoid:
            VectorMath.map3(dy, y, y, gradient, count: count) { g, out, _ in g * out * (1 - out) }
        }
    }
}
