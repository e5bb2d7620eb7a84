@testable import VigilNN

/// Compares a layer's backward pass with central finite differences of `L = Σ y·R` for a fixed
/// random R; the loss is accumulated in Double.
struct GradientCheck {
    var step: Float = 1e-2
    var relativeTolerance: Double = 2e-2
    var samplesPerTensor = 48
    var seed: UInt64 = 1

    struct Failure: CustomStringConvertible {
        let what: String
        let analytic: Double
        let numeric: Double
        var description: String { "\(what): analytic \(analytic), numeric \(numeric)" }
    }

    static func randomTensor(_ shape: [Int], seed: UInt64, scale: Double = 1) -> Tensor {
        var generator = SeededRandom(seed: seed)
        return Tensor(shape: shape, scalars: (0..<shape.reduce(1, *)).map { _ in Float((generator.nextUniform() * 2 - 1) * scale) })
    }

    static func objective(_ output: Tensor, _ weights: Tensor) -> Double {
        zip(output.scalars, weights.scalars).reduce(0) { $0 + Double($1.0) * Double($1.1) }
    }

    /// Returns the mismatches (empty when the gradients agree).
    func failures<L: Layer>(_ layer: L, input: Tensor, parameters: ParameterStore, context: ComputeContext = .training(step: 3, threads: 1))
        -> [Failure]
    {
        let (output, cache) = layer.forward(input, parameters: parameters, context: context)
        let weights = Self.randomTensor(output.shape, seed: seed &+ 17)
        var gradients = ParameterStore(zerosFor: parameters.layout)
        let dx = layer.backward(weights, cache: cache, parameters: parameters, gradients: &gradients, context: context)
        func loss(_ x: Tensor, _ p: ParameterStore) -> Double {
            Self.objective(layer.forward(x, parameters: p, context: context).output, weights)
        }
        var checks: [(String, Double, Double)] = []
        var generator = SeededRandom(seed: seed)
        for index in indices(count: input.count, &generator) {
            var plus = input
            var minus = input
            plus.withUnsafeMutableBufferPointer { $0[index] += step }
            minus.withUnsafeMutableBufferPointer { $0[index] -= step }
            let numeric = (loss(plus, parameters) - loss(minus, parameters)) / Double(2 * step)
            checks.append(("input[\(index)]", Double(dx.scalars[index]), numeric))
        }
        for entry in parameters.layout.entries {
            for local in indices(count: entry.count, &generator) {
                let index = entry.offset + local
                var plus = parameters
                var minus = parameters
                plus.withUnsafeMutableBufferPointer { $0[index] += step }
                minus.withUnsafeMutableBufferPointer { $0[index] -= step }
                let numeric = (loss(input, plus) - loss(input, minus)) / Double(2 * step)
                checks.append(("\(entry.name)[\(local)]", Double(gradients.scalars[index]), numeric))
            }
        }
        let scale = checks.map { max(abs($0.1), abs($0.2)) }.max() ?? 1
        return checks.filter { _, analytic, numeric in
            abs(analytic - numeric) > relativeTolerance * max(abs(analytic), abs(numeric)) + 1e-3 * max(scale, 1e-3)
        }.map { Failure(what: $0.0, analytic: $0.1, numeric: $0.2) }
    }

    private func indices(count: Int, _ generator: inout SeededRandom) -> [Int] {
        if count <= samplesPerTensor { return Array(0..<count) }
        return (0..<samplesPerTensor).map { _ in generator.nextIndex(below: count) }
    }
}
