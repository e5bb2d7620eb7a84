/// A fully connected layer over the last axis: `y = activation(x·W + b)`.
///
/// The weight is stored `[input, output]` (Keras's orientation, so the forward product needs no
/// transpose); leading axes are treated as rows, so on `[N, L, C]` it is applied to every time step
/// (time-distributed).
///
/// ```swift
/// var layout = ParameterLayout()
/// let hidden = Dense(inputSize: 512, outputSize: 256, activation: .relu, name: "hidden0", layout: &layout)
/// ```
public struct Dense: Layer {
    /// Size of the last input axis.
    public let inputSize: Int
    /// Size of the last output axis.
    public let outputSize: Int
    /// Applied to `x·W + b`.
    public let activation: Activation
    /// The name prefix of its parameters.
    public let name: String
    /// `[inputSize, outputSize]`.
    public let weight: ParameterSlice
    /// `[outputSize]`, absent when the layer has no bias.
    public let bias: ParameterSlice?

    /// Creates the layer and registers `name.weight` (Glorot uniform) and `name.bias` (zeros).
    public init(
        inputSize: Int, outputSize: Int, activation: Activation = .linear, useBias: Bool = true, name: String, layout: inout ParameterLayout
    ) {
        precondition(inputSize > 0 && outputSize > 0, "Dense \(name) needs positive sizes")
        self.inputSize = inputSize
        self.outputSize = outputSize
        self.activation = activation
        self.name = name
        weight = layout.register("\(name).weight", shape: [inputSize, outputSize], initializer: .glorotUniform(fanIn: inputSize, fanOut: outputSize))
        bias = useBias ? layout.register("\(name).bias", shape: [outputSize], initializer: .constant(0)) : nil
    }

    /// What backward needs.
    public struct Cache: Sendable {
        let input: Tensor
        let preactivation: Tensor?
        let output: Tensor
    }

    /// Replaces the last axis (which must be `inputSize`) by `outputSize`.
    public func outputShape(for inputShape: [Int]) throws(ShapeError) -> [Int] {
        guard inputShape.count >= 2, inputShape.last == inputSize else {
            throw ShapeError(layer: "Dense \(name)", expected: "[…, \(inputSize)]", actual: inputShape)
        }
        return inputShape.dropLast() + [outputSize]
    }

    /// `activation(x·W + b)`.
    public func forward(_ input: Tensor, parameters: ParameterStore, context: ComputeContext) -> (output: Tensor, cache: Cache) {
        precondition(input.lastDimension == inputSize, "Dense \(name): input \(input.shape), expected last axis \(inputSize)")
        let rows = input.rowCount
        var z = Tensor(uninitializedShape: input.shape.dropLast() + [outputSize])
        parameters.withBase { p in
            input.withBase { x in
                z.withMutableBase { out in
                    GEMM.multiply(
                        m: rows, n: outputSize, k: inputSize, a: x, lda: inputSize, b: p + weight.offset, ldb: outputSize, c: out,
                        ldc: outputSize, threads: context.threads)
                    if let bias { VectorMath.addToRows(p + bias.offset, out, rows: rows, columns: outputSize) }
                }
            }
        }
        let preactivation = Self.activate(&z, activation)
        return (z, Cache(input: input, preactivation: context.isTraining ? preactivation : nil, output: z))
    }

    /// dW += xᵀ·dz, db += Σ dz, dx = dz·Wᵀ.
    public func backward(
        _ outputGradient: Tensor, cache: Cache, parameters: ParameterStore, gradients: inout ParameterStore, context: ComputeContext,
        needsInputGradient: Bool
    ) -> Tensor? {
        let rows = cache.input.rowCount
        let dz = Self.activationGradient(outputGradient, cache.output, cache.preactivation, activation)
        gradients.withMutableBase { g in
            dz.withBase { dzp in
                cache.input.withBase { x in
                    GEMM.multiply(
                        transposeA: true, m: inputSize, n: outputSize, k: rows, a: x, lda: inputSize, b: dzp, ldb: outputSize, beta: 1,
                        c: g + weight.offset, ldc: outputSize, threads: context.threads)
                }
                if let bias { VectorMath.addColumnSums(dzp, rows: rows, columns: outputSize, into: g + bias.offset) }
            }
        }
        guard needsInputGradient else { return nil }
        var dx = Tensor(uninitializedShape: cache.input.shape)
        parameters.withBase { p in
            dz.withBase { dzp in
                dx.withMutableBase { out in
                    GEMM.multiply(
                        transposeB: true, m: rows, n: inputSize, k: outputSize, a: dzp, lda: outputSize, b: p + weight.offset, ldb: outputSize,
                        c: out, ldc: inputSize, threads: context.threads)
                }
            }
        }
        return dx
    }

    /// Applies `activation` to `values` in place; returns the values before it when the gradient needs them.
    static func activate(_ values: inout Tensor, _ activation: Activation) -> Tensor? {
        if activation == .linear { return nil }
        let count = values.count
        if activation.needsPreactivation {
            let z = values
            var y = Tensor(uninitializedShape: z.shape)
            z.withBase { zp in y.withMutableBase { activation.apply(zp, $0, count: count) } }
            values = y
            return z
        }
        values.withMutableBase { activation.apply($0, $0, count: count) }
        return nil
    }

    /// dL/dz from dL/dy for an activation applied by ``activate(_:_:)``.
    static func activationGradient(_ dy: Tensor, _ output: Tensor, _ preactivation: Tensor?, _ activation: Activation) -> Tensor {
        if activation == .linear { return dy }
        var dz = Tensor(uninitializedShape: dy.shape)
        dy.withBase { g in
            output.withBase { y in
                dz.withMutableBase { out in
                    if let preactivation {
                        preactivation.withBase { activation.backward(outputGradient: g, output: y, preactivation: $0, into: out, count: dy.count) }
                    } else {
                        activation.backward(outputGradient: g, output: y, preactivation: nil, into: out, count: dy.count)
                    }
                }
            }
        }
        return dz
    }
}
