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
                        let gainBase = p + gain.offset
                        let offsetBase = p + offset.offset
                        for row in 0..<rows {
                            let line = x + row * size
                            var sums = SIMD8<Float>()
                            VectorMath.forEachChunk(size) { i, w in sums += VectorMath.load(line + i, count: w) }
                            let mean = SIMD8<Float>(repeating: sums.sum() / n)
                            var squares = SIMD8<Float>()
                            VectorMath.forEachChunk(size) { i, w in
                                var centered = VectorMath.load(line + i, count: w) - mean
                                if w < 8 { centered = centered.replacing(with: 0, where: SIMD8<Int32>(0, 1, 2, 3, 4, 5, 6, 7) .>= Int32(w)) }
                                squares = squares.addingProduct(centered, centered)
                            }
                            let reciprocal = 1 / (squares.sum() / n + epsilon).squareRoot()
                            deviations[row] = reciprocal
                            let h = xhat + row * size
                            let out = y + row * size
                            VectorMath.forEachChunk(size) { i, w in
                                let normalizedChunk = (VectorMath.load(line + i, count: w) - mean) * reciprocal
                                VectorMath.store(normalizedChunk, h + i, count: w)
                                VectorMath.store(
                                    VectorMath.load(offsetBase + i, count: w).addingProduct(normalizedChunk, VectorMath.load(gainBase + i, count: w)),
                                    out + i,
                                    count: w)
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
                            let gainBase = p + gain.offset
                            let gainGradient = g + gain.offset
                            let offsetGradient = g + offset.offset
                            for row in 0..<rows {
                                let d = dy + row * size
                                let h = xhat + row * size
                                var sumGradient = SIMD8<Float>()
                                var sumProduct = SIMD8<Float>()
                                VectorMath.forEachChunk(size) { i, w in
                                    let dyChunk = VectorMath.load(d + i, count: w)
                                    let hChunk = VectorMath.load(h + i, count: w)
                                    VectorMath.store(
                                        VectorMath.load(gainGradient + i, count: w).addingProduct(dyChunk, hChunk), gainGradient + i, count: w)
                                    VectorMath.store(VectorMath.load(offsetGradient + i, count: w) + dyChunk, offsetGradient + i, count: w)
                                    let dh = dyChunk * VectorMath.load(gainBase + i, count: w)
                                    sumGradient += dh
                                    sumProduct = sumProduct.addingProduct(dh, hChunk)
                                }
                                guard needsInputGradient else { continue }
                                let meanGradient = SIMD8<Float>(repeating: sumGradient.sum() / n)
                                let meanProduct = SIMD8<Float>(repeating: sumProduct.sum() / n)
                                let reciprocal = cache.reciprocalDeviation[row]
                                let o = out + row * size
                                VectorMath.forEachChunk(size) { i, w in
                                    let hChunk = VectorMath.load(h + i, count: w)
                                    let dh = VectorMath.load(d + i, count: w) * VectorMath.load(gainBase + i, count: w)
                                    VectorMath.store((dh - meanGradient - hChunk * meanProduct) * reciprocal, o + i, count: w)
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
