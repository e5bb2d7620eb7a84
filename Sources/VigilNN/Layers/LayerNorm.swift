/// Layer normalisation over the last axis with a learned gain and offset:
/// `y = (x − mean) / √(var + ε) · γ + β`.
public struct LayerNorm: Layer {
    /// Size of the normalised (last) axis.
    public let size: Int
    /// Added to the variance.
    public let epsilon: Float
    /// The name prefix of its parameters.
    public let name: String
    /// γ, `[size]`, initialised to ones.
    public let gain: ParameterSlice
    /// β, `[size]`, initialised to zeros.
    public let offset: ParameterSlice

    /// Creates the layer and registers `name.gain` and `name.offset`.
    public init(size: Int, epsilon: Float = 1e-5, name: String, layout: inout ParameterLayout) {
        precondition(size > 0, "LayerNorm \(name) needs a positive size")
        self.size = size
        self.epsilon = epsilon
        self.name = name
        gain = layout.register("\(name).gain", shape: [size], initializer: .constant(1))
        offset = layout.register("\(name).offset", shape: [size], initializer: .constant(0))
    }

    /// The normalised input and each row's reciprocal standard deviation.
    public struct Cache: Sendable {
        let normalized: Tensor
        let reciprocalDeviation: [Float]
    }

    /// The input shape (its last axis must be `size`).
    public func outputShape(for inputShape: [Int]) throws(ShapeError) -> [Int] {
        guard inputShape.count >= 2, inputShape.last == size else {
            throw ShapeError(layer: "LayerNorm \(name)", expected: "[…, \(size)]", actual: inputShape)
        }
        return inputShape
    }

    /// Normalises every row.
    public func forward(_ input: Tensor, parameters: ParameterStore, context: ComputeContext) -> (output: Tensor, cache: Cache) {
        precondition(input.lastDimension == size, "LayerNorm \(name): input \(input.shape)")
        let rows = input.rowCount
        var normalized = Tensor(uninitializedShape: input.shape)
        var output = Tensor(uninitializedShape: input.shape)
        var deviations = [Float](repeating: 0, count: rows)
        let n = Float(size)
        parameters.withBase { p in
            input.withBase { x in
                normalized.withMutableBase { xhat in
                    output.withMutableBase { y in
                        for row in 0..<rows {
                            let line = x + row * size
                            var mean: Float = 0
                            for i in 0..<size { mean += line[i] }
                            mean /= n
                            var variance: Float = 0
                            for i in 0..<size { variance += (line[i] - mean) * (line[i] - mean) }
                            let reciprocal = 1 / (variance / n + epsilon).squareRoot()
                            deviations[row] = reciprocal
                            let h = xhat + row * size
                            let out = y + row * size
                            for i in 0..<size {
                                h[i] = (line[i] - mean) * reciprocal
                                out[i] = h[i] * p[gain.offset + i] + p[offset.offset + i]
                            }
                        }
                    }
                }
            }
        }
        return (output, Cache(normalized: normalized, reciprocalDeviation: deviations))
    }

    /// dγ += Σ dy·x̂, dβ += Σ dy, dx = r·(dx̂ − mean(dx̂) − x̂·mean(dx̂·x̂)) with dx̂ = dy·γ.
    public func backward(
        _ outputGradient: Tensor, cache: Cache, parameters: ParameterStore, gradients: inout ParameterStore, context: ComputeContext,
        needsInputGradient: Bool
    ) -> Tensor? {
        let rows = outputGradient.rowCount
        var dx = Tensor(uninitializedShape: outputGradient.shape)
        let n = Float(size)
        parameters.withBase { p in
            gradients.withMutableBase { g in
                outputGradient.withBase { dy in
                    cache.normalized.withBase { xhat in
                        dx.withMutableBase { out in
                            for row in 0..<rows {
                                let d = dy + row * size
                                let h = xhat + row * size
                                var meanGradient: Float = 0
                                var meanProduct: Float = 0
                                for i in 0..<size {
                                    g[gain.offset + i] += d[i] * h[i]
                                    g[offset.offset + i] += d[i]
                                    let dh = d[i] * p[gain.offset + i]
                                    meanGradient += dh
                                    meanProduct += dh * h[i]
                                }
                                guard needsInputGradient else { continue }
                                meanGradient /= n
                                meanProduct /= n
                                let reciprocal = cache.reciprocalDeviation[row]
                                let o = out + row * size
                                for i in 0..<size {
                                    o[i] = reciprocal * (d[i] * p[gain.offset + i] - meanGradient - h[i] * meanProduct)
                                }
                            }
                        }
                    }
                }
            }
        }
        return needsInputGradient ? dx : nil
    }
}
