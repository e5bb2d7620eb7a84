/// Multi-head scaled dot-product self-attention over `[N, L, d]`.
///
/// One fused projection `[d, 3d]` yields queries, keys and values; per sample and head,
/// `P = softmax(Q·Kᵀ/√(d/h))` (optionally causal) and the head output is `P·V`; the heads are
/// concatenated and projected by `[d, d]`. Samples are split across threads.
public struct MultiHeadSelfAttention: Layer {
    /// The model width d.
    public let modelSize: Int
    /// The number of heads h (d must be a multiple of it).
    public let headCount: Int
    /// Whether position i attends only to positions ≤ i.
    public let isCausal: Bool
    /// The name prefix of its parameters.
    public let name: String
    /// `[d, 3d]`: queries, keys, values side by side.
    public let projectionWeight: ParameterSlice
    /// `[3d]`.
    public let projectionBias: ParameterSlice
    /// `[d, d]`.
    public let outputWeight: ParameterSlice
    /// `[d]`.
    public let outputBias: ParameterSlice

    /// Creates the layer (Glorot-uniform weights, zero biases).
    public init(modelSize: Int, headCount: Int, isCausal: Bool = false, name: String, layout: inout ParameterLayout) {
        precondition(
            modelSize > 0 && headCount > 0 && modelSize % headCount == 0,
            "attention \(name): width \(modelSize) is not a multiple of \(headCount) heads")
        self.modelSize = modelSize
        self.headCount = headCount
        self.isCausal = isCausal
        self.name = name
        projectionWeight = layout.register(
            "\(name).projectionWeight", shape: [modelSize, 3 * modelSize], initializer: .glorotUniform(fanIn: modelSize, fanOut: modelSize))
        projectionBias = layout.register("\(name).projectionBias", shape: [3 * modelSize], initializer: .constant(0))
        outputWeight = layout.register(
            "\(name).outputWeight", shape: [modelSize, modelSize], initializer: .glorotUniform(fanIn: modelSize, fanOut: modelSize))
        outputBias = layout.register("\(name).outputBias", shape: [modelSize], initializer: .constant(0))
    }

    /// The projections, attention probabilities and concatenated heads.
    public struct Cache: Sendable {
        let input: Tensor
        let projections: Tensor
        let probabilities: Tensor
        let context: Tensor
    }

    private var headSize: Int { modelSize / headCount }

    /// The input shape `[N, L, d]`.
    public func outputShape(for inputShape: [Int]) throws(ShapeError) -> [Int] {
        try requireShape(inputShape, [nil, nil, modelSize], name: name, description: "[N, L, \(modelSize)]")
        return inputShape
    }

    /// Attends and projects.
    public func forward(_ input: Tensor, parameters: ParameterStore, context: ComputeContext) -> (output: Tensor, cache: Cache) {
        precondition(input.rank == 3 && input.shape[2] == modelSize, "attention \(name): input \(input.shape)")
        let (n, length) = (input.shape[0], input.shape[1])
        let d = modelSize
        let rows = n * length
        var qkv = Tensor(uninitializedShape: [rows, 3 * d])
        var heads = Tensor(uninitializedShape: [n, length, d])
        var probabilities = Tensor(uninitializedShape: context.isTraining ? [n, headCount, length, length] : [0])
        var output = Tensor(uninitializedShape: input.shape)
        parameters.withBase { p in
            input.withBase { x in
                qkv.withMutableBase { out in
                    GEMM.multiply(
                        m: rows, n: 3 * d, k: d, a: x, lda: d, b: p + projectionWeight.offset, ldb: 3 * d, c: out, ldc: 3 * d,
                        threads: context.threads)
                    VectorMath.addToRows(p + projectionBias.offset, out, rows: rows, columns: 3 * d)
                }
            }
            let buffers = UncheckedBox(
                (qkv: qkv.withBase { $0 }, heads: heads.withMutableBase { $0 }, probabilities: probabilities.withMutableBase { $0 }))
            let keep = context.isTraining
            Parallel.forEachRange(count: n, threads: context.threads) { range in
                let b = buffers.value
                let scratch = UnsafeMutablePointer<Float>.allocate(capacity: keep ? 0 : length * length)
                defer { scratch.deallocate() }
                for sample in range {
                    for head in 0..<headCount {
                        let scores = keep ? b.probabilities + (sample * headCount + head) * length * length : scratch
                        attend(sample: sample, head: head, length: length, qkv: b.qkv, scores: scores, heads: b.heads)
                    }
                }
            }
            heads.withBase { hp in
                output.withMutableBase { out in
                    GEMM.multiply(m: rows, n: d, k: d, a: hp, lda: d, b: p + outputWeight.offset, ldb: d, c: out, ldc: d, threads: context.threads)
                    VectorMath.addToRows(p + outputBias.offset, out, rows: rows, columns: d)
                }
            }
        }
        let cache = Cache(
            input: context.isTraining ? input : Tensor(shape: [0]), projections: context.isTraining ? qkv : Tensor(shape: [0]),
            probabilities: probabilities, context: context.isTraining ? heads : Tensor(shape: [0]))
        return (output, cache)
    }

    /// One sample and head: scores = softmax(Q·Kᵀ·scale) into `scores`, then P·V into the head's columns.
    private func attend(
        sample: Int, head: Int, length: Int, qkv: UnsafePointer<Float>, scores: UnsafeMutablePointer<Float>, heads: UnsafeMutablePointer<Float>
    ) {
        let d = modelSize
        let dh = headSize
        let base = qkv + sample * length * 3 * d + head * dh
        GEMM.multiply(
            transposeB: true, m: length, n: length, k: dh, alpha: 1 / Float(dh).squareRoot(), a: base, lda: 3 * d, b: base + d, ldb: 3 * d, c: scores,
            ldc: length)
        for i in 0..<length {
            let row = scores + i * length
            let visible = isCausal ? i + 1 : length
            VectorMath.softmax(row, count: visible)
            if visible < length { (row + visible).update(repeating: 0, count: length - visible) }
        }
        GEMM.multiply(
            m: length, n: dh, k: length, a: scores, lda: length, b: base + 2 * d, ldb: 3 * d, c: heads + sample * length * d + head * dh, ldc: d)
    }

    /// Back-propagates through the output projection, the attention and the input projection.
    public func backward(
        _ outputGradient: Tensor, cache: Cache, parameters: ParameterStore, gradients: inout ParameterStore, context: ComputeContext,
        needsInputGradient: Bool
    ) -> Tensor? {
        let (n, length) = (cache.input.shape[0], cache.input.shape[1])
        let d = modelSize
        let rows = n * length
        var headGradient = Tensor(uninitializedShape: [rows, d])
        var qkvGradient = Tensor(uninitializedShape: [rows, 3 * d])
        parameters.withBase { p in
            gradients.withMutableBase { g in
                outputGradient.withBase { dy in
                    cache.context.withBase { hp in
                        GEMM.multiply(
                            transposeA: true, m: d, n: d, k: rows, a: hp, lda: d, b: dy, ldb: d, beta: 1, c: g + outputWeight.offset, ldc: d,
                            threads: context.threads)
                    }
                    VectorMath.addColumnSums(dy, rows: rows, columns: d, into: g + outputBias.offset)
                    headGradient.withMutableBase { dh in
                        GEMM.multiply(
                            transposeB: true, m: rows, n: d, k: d, a: dy, lda: d, b: p + outputWeight.offset, ldb: d, c: dh, ldc: d,
                            threads: context.threads)
                    }
                }
            }
            let buffers = UncheckedBox(
                (
                    qkv: cache.projections.withBase { $0 }, probabilities: cache.probabilities.withBase { $0 }, dHeads: headGradient.withBase { $0 },
                    dqkv: qkvGradient.withMutableBase { $0 }
                ))
            Parallel.forEachRange(count: n, threads: context.threads) { range in
                let b = buffers.value
                let scratch = UnsafeMutablePointer<Float>.allocate(capacity: length * length)
                defer { scratch.deallocate() }
                for sample in range {
                    for head in 0..<headCount {
                        attendBackward(
                            sample: sample, head: head, length: length, qkv: b.qkv,
                            probabilities: b.probabilities + (sample * headCount + head) * length * length, dHeads: b.dHeads, dqkv: b.dqkv,
                            scratch: scratch)
                    }
                }
            }
        }
        gradients.withMutableBase { g in
            qkvGradient.withBase { dq in
                cache.input.withBase { x in
                    GEMM.multiply(
                        transposeA: true, m: d, n: 3 * d, k: rows, a: x, lda: d, b: dq, ldb: 3 * d, beta: 1, c: g + projectionWeight.offset,
                        ldc: 3 * d,
                        threads: context.threads)
                }
                VectorMath.addColumnSums(dq, rows: rows, columns: 3 * d, into: g + projectionBias.offset)
            }
        }
        guard needsInputGradient else { return nil }
        var dx = Tensor(uninitializedShape: cache.input.shape)
        parameters.withBase { p in
            qkvGradient.withBase { dq in
                dx.withMutableBase { out in
                    GEMM.multiply(
                        transposeB: true, m: rows, n: d, k: 3 * d, a: dq, lda: 3 * d, b: p + projectionWeight.offset, ldb: 3 * d, c: out, ldc: d,
                        threads: context.threads)
                }
            }
        }
        return dx
    }

    /// One sample and head: dV = Pᵀ·dO, dP = dO·Vᵀ, dS = P ⊙ (dP − rowsum(dP ⊙ P))·scale, dQ = dS·K, dK = dSᵀ·Q.
    private func attendBackward(
        sample: Int, head: Int, length: Int, qkv: UnsafePointer<Float>, probabilities: UnsafePointer<Float>, dHeads: UnsafePointer<Float>,
        dqkv: UnsafeMutablePointer<Float>, scratch: UnsafeMutablePointer<Float>
    ) {
        let d = modelSize
        let dh = headSize
        let scale = 1 / Float(dh).squareRoot()
        let base = qkv + sample * length * 3 * d + head * dh
        let dBase = dqkv + sample * length * 3 * d + head * dh
        let dOut = dHeads + sample * length * d + head * dh
        GEMM.multiply(transposeA: true, m: length, n: dh, k: length, a: probabilities, lda: length, b: dOut, ldb: d, c: dBase + 2 * d, ldc: 3 * d)
        GEMM.multiply(transposeB: true, m: length, n: length, k: dh, a: dOut, lda: d, b: base + 2 * d, ldb: 3 * d, c: scratch, ldc: length)
        for i in 0..<length {
            let pRow = probabilities + i * length
            let row = scratch + i * length
            var products = SIMD8<Float>()
            VectorMath.forEachChunk(length) { j, w in
                products = products.addingProduct(VectorMath.load(row + j, count: w), VectorMath.load(pRow + j, count: w))
            }
            let dot = SIMD8<Float>(repeating: products.sum())
            VectorMath.forEachChunk(length) { j, w in
                let gradient = VectorMath.load(pRow + j, count: w) * (VectorMath.load(row + j, count: w) - dot) * scale
                VectorMath.store(gradient, row + j, count: w)
            }
        }
        GEMM.multiply(m: length, n: dh, k: length, a: scratch, lda: length, b: base + d, ldb: 3 * d, c: dBase, ldc: 3 * d)
        GEMM.multiply(transposeA: true, m: length, n: dh, k: length, a: scratch, lda: length, b: base, ldb: 3 * d, c: dBase + d, ldc: 3 * d)
    }
}
