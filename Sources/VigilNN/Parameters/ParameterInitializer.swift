/// How a parameter's initial values are drawn.
public enum ParameterInitializer: Sendable, Codable, Hashable {
    /// Every value equal to the constant (0 for biases, 1 for normalisation gains).
    case constant(Float)
    /// Uniform in [−bound, bound].
    case uniform(bound: Float)
    /// Normal with mean 0 and the given standard deviation.
    case normal(standardDeviation: Float)

    /// Glorot (Xavier) uniform, Keras's default for weights: bound √(6 / (fanIn + fanOut)).
    public static func glorotUniform(fanIn: Int, fanOut: Int) -> ParameterInitializer {
        .uniform(bound: (6 / Float(max(1, fanIn + fanOut))).squareRoot())
    }

    /// Fills `count` floats at `destination` from `generator`.
    func fill(_ destination: UnsafeMutablePointer<Float>, count: Int, generator: inout SeededRandom) {
        switch self {
        case .constant(let value):
            destination.update(repeating: value, count: count)
        case .uniform(let bound):
            for i in 0..<count { destination[i] = Float((generator.nextUniform() * 2 - 1) * Double(bound)) }
        case .normal(let deviation):
            for i in 0..<count { destination[i] = Float(generator.nextNormal() * Double(deviation)) }
        }
    }
}
