import Foundation

/// Adds a position signal to a sequence `[N, L, d]`: fixed sinusoids (Vaswani et al.) or a learned
/// table `[maximumLength, d]`.
public struct PositionalEncoding: Layer {
    /// The kind of position signal.
    public enum Kind: String, Sendable, Codable, Hashable {
        /// sin/cos of the position at geometrically spaced frequencies; no parameters.
        case sinusoidal
        /// A trained table, initialised from N(0, 0.02²).
        case learned
    }

    /// Which signal.
    public let kind: Kind
    /// The longest sequence accepted.
    public let maximumLength: Int
    /// The model width d.
    public let modelSize: Int
    /// The learned table, for `.learned`.
    public let table: ParameterSlice?
    private let sinusoids: [Float]

    /// Creates the layer; `.learned` registers `name.table`.
    public init(kind: Kind, maximumLength: Int, modelSize: Int, name: String, layout: inout ParameterLayout) {
        precondition(maximumLength > 0 && modelSize > 0, "PositionalEncoding \(name) needs positive sizes")
        self.kind = kind
        self.maximumLength = maximumLength
        self.modelSize = modelSize
        switch kind {
        case .learned:
            table = layout.register("\(name).table", shape: [maximumLength, modelSize], initializer: .normal(standardDeviation: 0.02))
            sinusoids = []
        case .sinusoidal:
            table = nil
            var values = [Float](repeating: 0, count: maximumLength * modelSize)
            for position in 0..<maximumLength {
                for i in 0..<modelSize {
                    let frequency = pow(10_000, -Double(i / 2 * 2) / Double(modelSize))
                    let angle = Double(position) * frequency
                    values[position * modelSize + i] = Float(i % 2 == 0 ? sin(angle) : cos(angle))
                }
            }
            sinusoids = values
        }
    }

    /// Nothing: the gradient passes through unchanged.
    public typealias Cache = Void?

    /// The input shape, `[N, L ≤ maximumLength, d]`.
    public func outputShape(for inputShape: [Int]) throws(ShapeError) -> [Int] {
        try requireShape(inputShape, [nil, nil, modelSize], name: "", description: "[N, L ≤ \(maximumLength), \(modelSize)]")
        guard inputShape[1] <= maximumLength else {
            throw ShapeError(layer: "PositionalEncoding", expected: "[N, L ≤ \(maximumLength), \(modelSize)]", actual: inputShape)
        }
        return inputShape
    }

    /// x[n, t, :] + P[t, :].
    public func forward(_ input: Tensor, parameters: ParameterStore, context: ComputeContext) -> (output: Tensor, cache: Cache) {
        let (n, length) = (input.shape[0], input.shape[1])
        precondition(length <= maximumLength && input.shape[2] == modelSize, "PositionalEncoding: input \(input.shape)")
        var output = input
        let block = length * modelSize
        withTable(parameters) { p in
            output.withMutableBase { y in
                for sample in 0..<n { VectorMath.add(p, into: y + sample * block, count: block) }
            }
        }
        return (output, nil)
    }

    /// dx = dy; the learned table accumulates Σₙ dy[n].
    public func backward(
        _ outputGradient: Tensor, cache: Cache, parameters: ParameterStore, gradients: inout ParameterStore, context: ComputeContext,
        needsInputGradient: Bool
    ) -> Tensor? {
        if let table {
            let (n, length) = (outputGradient.shape[0], outputGradient.shape[1])
            let block = length * modelSize
            gradients.withMutableBase { g in
                outputGradient.withBase { dy in
                    for sample in 0..<n { VectorMath.add(dy + sample * block, into: g + table.offset, count: block) }
                }
            }
        }
        return needsInputGradient ? outputGradient : nil
    }

    private func withTable(_ parameters: ParameterStore, _ body: (UnsafePointer<Float>) -> Void) {
        if let table {
            parameters.withBase { body($0 + table.offset) }
        } else {
            sinusoids.withUnsafeBufferPointer { body($0.baseAddress!) }
        }
    }
}
