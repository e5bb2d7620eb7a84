/// A 1-D convolution over channels-last sequences `[N, L, Cin]` → `[N, Lout, Cout]`, with stride,
/// dilation, padding (including causal) and a fused activation.
///
/// The weight is `[kernel, Cin, Cout]` (Keras's orientation). The forward pass gathers every
/// receptive field into a row (im2col, `[N·Lout, kernel·Cin]`) and multiplies by the weight viewed
/// as `[kernel·Cin, Cout]` in one GEMM; the backward pass is two GEMMs and a scatter-add (col2im).
///
/// ```swift
/// let conv = Conv1D(inputChannels: 8, outputChannels: 32, kernelSize: 3, dilation: 2, padding: .causal,
///                   activation: .relu, name: "tcn0", layout: &layout)
/// ```
public struct Conv1D: Layer {
    /// Channels of the input.
    public let inputChannels: Int
    /// Channels of the output (filters).
    public let outputChannels: Int
    /// Taps per filter.
    public let kernelSize: Int
    /// Step between output positions.
    public let stride: Int
    /// Spacing between taps.
    public let dilation: Int
    /// How the time axis is padded.
    public let padding: Padding
    /// Applied to the convolution plus bias.
    public let activation: Activation
    /// The name prefix of its parameters.
    public let name: String
    /// `[kernelSize, inputChannels, outputChannels]`.
    public let weight: ParameterSlice
    /// `[outputChannels]`.
    public let bias: ParameterSlice

    /// Creates the layer and registers `name.weight` (Glorot uniform) and `name.bias` (zeros).
    public init(
        inputChannels: Int, outputChannels: Int, kernelSize: Int, stride: Int = 1, dilation: Int = 1, padding: Padding = .valid,
        activation: Activation = .linear, name: String, layout: inout ParameterLayout
    ) {
        precondition(
            inputChannels > 0 && outputChannels > 0 && kernelSize > 0 && stride > 0 && dilation > 0, "Conv1D \(name): sizes must be positive")
        self.inputChannels = inputChannels
        self.outputChannels = outputChannels
        self.kernelSize = kernelSize
        self.stride = stride
        self.dilation = dilation
        self.padding = padding
        self.activation = activation
        self.name = name
        weight = layout.register(
            "\(name).weight", shape: [kernelSize, inputChannels, outputChannels],
            initializer: .glorotUniform(fanIn: kernelSize * inputChannels, fanOut: kernelSize * outputChannels))
        bias = layout.register("\(name).bias", shape: [outputChannels], initializer: .constant(0))
    }

    /// What backward needs.
    public struct Cache: Sendable {
        let inputShape: [Int]
        let columns: Tensor
        let preactivation: Tensor?
        let output: Tensor
    }

    /// The output length for an input of `length` steps (may be ≤ 0 when the input is too short).
    public func outputLength(for length: Int) -> Int {
        let (left, right) = padding.amounts(length: length, kernelSize: kernelSize, stride: stride, dilation: dilation)
        let span = (kernelSize - 1) * dilation + 1
        let padded = length + left + right
        return padded < span ? 0 : (padded - span) / stride + 1
    }

    /// `[N, outputLength(L), outputChannels]`.
    public func outputShape(for inputShape: [Int]) throws(ShapeError) -> [Int] {
        try requireShape(inputShape, [nil, nil, inputChannels], name: name, description: "[N, L, \(inputChannels)]")
        let length = outputLength(for: inputShape[1])
        guard length > 0 else {
            throw ShapeError(
                layer: "Conv1D \(name)", expected: "a sequence long enough for kernel \(kernelSize) × dilation \(dilation)", actual: inputShape)
        }
        return [inputShape[0], length, outputChannels]
    }

    /// Whether the convolution is a plain per-step product (kernel 1, stride 1, no padding): no im2col needed.
    private var isPointwise: Bool { kernelSize == 1 && stride == 1 && padding.amounts(length: 1, kernelSize: 1, stride: 1, dilation: 1) == (0, 0) }

    /// Convolves, adds the bias and applies the activation.
    public func forward(_ input: Tensor, parameters: ParameterStore, context: ComputeContext) -> (output: Tensor, cache: Cache) {
        precondition(input.rank == 3 && input.shape[2] == inputChannels, "Conv1D \(name): input \(input.shape)")
        let (n, length) = (input.shape[0], input.shape[1])
        let outLength = outputLength(for: length)
        precondition(outLength > 0, "Conv1D \(name): input of \(length) steps is too short")
        let columns = isPointwise ? input : im2col(input, outputLength: outLength)
        let rows = n * outLength
        let depth = kernelSize * inputChannels
        var z = Tensor(uninitializedShape: [n, outLength, outputChannels])
        parameters.withBase { p in
            columns.withBase { x in
                z.withMutableBase { out in
                    GEMM.multiply(
                        m: rows, n: outputChannels, k: depth, a: x, lda: depth, b: p + weight.offset, ldb: outputChannels, c: out,
                        ldc: outputChannels, threads: context.threads)
                    VectorMath.addToRows(p + bias.offset, out, rows: rows, columns: outputChannels)
                }
            }
        }
        let preactivation = Dense.activate(&z, activation)
        let cache = Cache(
            inputShape: input.shape, columns: context.isTraining ? columns : Tensor(shape: [0]),
            preactivation: context.isTraining ? preactivation : nil, output: z)
        return (z, cache)
    }

    /// dW += colsᵀ·dz, db += Σ dz, dx = col2im(dz·Wᵀ).
    public func backward(
        _ outputGradient: Tensor, cache: Cache, parameters: ParameterStore, gradients: inout ParameterStore, context: ComputeContext,
        needsInputGradient: Bool
    ) -> Tensor? {
        let dz = Dense.activationGradient(outputGradient, cache.output, cache.preactivation, activation)
        let rows = dz.rowCount
        let depth = kernelSize * inputChannels
        gradients.withMutableBase { g in
            dz.withBase { dzp in
                cache.columns.withBase { x in
                    GEMM.multiply(
                        transposeA: true, m: depth, n: outputChannels, k: rows, a: x, lda: depth, b: dzp, ldb: outputChannels, beta: 1,
                        c: g + weight.offset, ldc: outputChannels, threads: context.threads)
                }
                VectorMath.addColumnSums(dzp, rows: rows, columns: outputChannels, into: g + bias.offset)
            }
        }
        guard needsInputGradient else { return nil }
        var dColumns = Tensor(uninitializedShape: [rows, depth])
        parameters.withBase { p in
            dz.withBase { dzp in
                dColumns.withMutableBase { out in
                    GEMM.multiply(
                        transposeB: true, m: rows, n: depth, k: outputChannels, a: dzp, lda: outputChannels, b: p + weight.offset,
                        ldb: outputChannels, c: out, ldc: depth, threads: context.threads)
                }
            }
        }
        return isPointwise ? dColumns.reshaped(cache.inputShape) : col2im(dColumns, inputShape: cache.inputShape, outputLength: dz.shape[1])
    }

    /// Gathers each output position's taps into one row of `[N·Lout, kernel·Cin]` (zeros for padding).
    private func im2col(_ input: Tensor, outputLength: Int) -> Tensor {
        let (n, length) = (input.shape[0], input.shape[1])
        let left = padding.amounts(length: length, kernelSize: kernelSize, stride: stride, dilation: dilation).left
        let depth = kernelSize * inputChannels
        var columns = Tensor(uninitializedShape: [n * outputLength, depth])
        input.withBase { x in
            columns.withMutableBase { out in
                for sample in 0..<n {
                    for t in 0..<outputLength {
                        var row = out + (sample * outputLength + t) * depth
                        for tap in 0..<kernelSize {
                            let position = t * stride + tap * dilation - left
                            if position >= 0 && position < length {
                                row.update(from: x + (sample * length + position) * inputChannels, count: inputChannels)
                            } else {
                                row.update(repeating: 0, count: inputChannels)
                            }
                            row += inputChannels
                        }
                    }
                }
            }
        }
        return columns
    }

    /// Adds each row of `[N·Lout, kernel·Cin]` back onto the input positions it was gathered from.
    private func col2im(_ columns: Tensor, inputShape: [Int], outputLength: Int) -> Tensor {
        let (n, length) = (inputShape[0], inputShape[1])
        let left = padding.amounts(length: length, kernelSize: kernelSize, stride: stride, dilation: dilation).left
        let depth = kernelSize * inputChannels
        var dx = Tensor(shape: inputShape)
        columns.withBase { c in
            dx.withMutableBase { out in
                for sample in 0..<n {
                    for t in 0..<outputLength {
                        let row = c + (sample * outputLength + t) * depth
                        for tap in 0..<kernelSize {
                            let position = t * stride + tap * dilation - left
                            if position >= 0 && position < length {
                                VectorMath.add(
                                    row + tap * inputChannels, into: out + (sample * length + position) * inputChannels, count: inputChannels)
                            }
                        }
                    }
                }
            }
        }
        return dx
    }
}
