/// A gated recurrent unit over `[N, L, D]` with PyTorch's gate order (reset r, update z, candidate n):
///
///     r = σ(x·Wxr + bxr + h·Whr + bhr)      z = σ(x·Wxz + bxz + h·Whz + bhz)
///     n = tanh(x·Wxn + bxn + r ⊙ (h·Whn + bhn))      h' = (1 − z) ⊙ n + z ⊙ h
///
/// The input projection of every step is one GEMM before the time loop; only `h·Wh` runs per step.
/// The batch is split across threads for the whole loop (rows are independent), and the weight
/// gradients are single large GEMMs after it. Returns every step `[N, L, H]` or the last `[N, H]`.
public struct GRU: Layer {
    /// Input features D.
    public let inputSize: Int
    /// Hidden units H.
    public let hiddenSize: Int
    /// Whether the output is every step (`[N, L, H]`) or only the last (`[N, H]`).
    public let returnsSequences: Bool
    /// The name prefix of its parameters.
    public let name: String
    /// `[D, 3H]`, gates r, z, n side by side.
    public let inputWeight: ParameterSlice
    /// `[H, 3H]`.
    public let recurrentWeight: ParameterSlice
    /// `[3H]`, added to the input projection.
    public let inputBias: ParameterSlice
    /// `[3H]`, added to the recurrent projection (its n part is multiplied by r).
    public let recurrentBias: ParameterSlice

    /// Creates the layer; all four parameters start uniform in ±1/√H (PyTorch's rule).
    public init(inputSize: Int, hiddenSize: Int, returnsSequences: Bool, name: String, layout: inout ParameterLayout) {
        precondition(inputSize > 0 && hiddenSize > 0, "GRU \(name) needs positive sizes")
        self.inputSize = inputSize
        self.hiddenSize = hiddenSize
        self.returnsSequences = returnsSequences
        self.name = name
        let bound = ParameterInitializer.uniform(bound: 1 / Float(hiddenSize).squareRoot())
        inputWeight = layout.register("\(name).inputWeight", shape: [inputSize, 3 * hiddenSize], initializer: bound)
        recurrentWeight = layout.register("\(name).recurrentWeight", shape: [hiddenSize, 3 * hiddenSize], initializer: bound)
        inputBias = layout.register("\(name).inputBias", shape: [3 * hiddenSize], initializer: bound)
        recurrentBias = layout.register("\(name).recurrentBias", shape: [3 * hiddenSize], initializer: bound)
    }

    /// Per-step activations, time-major (`[L, N, …]`).
    public struct Cache: Sendable {
        let input: Tensor
        let gates: Tensor
        let candidates: Tensor
        let states: Tensor
    }

    /// `[N, L, H]` or `[N, H]`.
    public func outputShape(for inputShape: [Int]) throws(ShapeError) -> [Int] {
        try requireShape(inputShape, [nil, nil, inputSize], name: name, description: "[N, L, \(inputSize)]")
        return returnsSequences ? [inputShape[0], inputShape[1], hiddenSize] : [inputShape[0], hiddenSize]
    }

    /// Runs the recurrence from h₀ = 0.
    public func forward(_ input: Tensor, parameters: ParameterStore, context: ComputeContext) -> (output: Tensor, cache: Cache) {
        precondition(input.rank == 3 && input.shape[2] == inputSize, "GRU \(name): input \(input.shape)")
        let (n, length) = (input.shape[0], input.shape[1])
        let h = hiddenSize
        let g = 3 * h
        let training = context.isTraining
        var projected = Tensor(uninitializedShape: [n * length, g])
        var states = Tensor(uninitializedShape: [length, n, h])
        var gates = Tensor(uninitializedShape: training ? [length, n, g] : [0])
        var candidates = Tensor(uninitializedShape: training ? [length, n, h] : [0])
        parameters.withBase { p in
            input.withBase { x in
                projected.withMutableBase { gx in
                    GEMM.multiply(
                        m: n * length, n: g, k: inputSize, a: x, lda: inputSize, b: p + inputWeight.offset, ldb: g, c: gx, ldc: g,
                        threads: context.threads)
                    VectorMath.addToRows(p + inputBias.offset, gx, rows: n * length, columns: g)
                }
            }
            let buffers = UncheckedBox(
                (
                    gx: projected.withBase { $0 }, states: states.withMutableBase { $0 }, gates: gates.withMutableBase { $0 },
                    candidates: candidates.withMutableBase { $0 }
                ))
            let recurrent = PackedOperand(transposed: false, depth: h, columns: g, b: p + recurrentWeight.offset, ldb: g)
            Parallel.forEachRange(count: n, threads: n >= 16 ? context.threads : 1) { range in
                let b = buffers.value
                forwardRows(
                    range, batch: n, length: length, p: p, recurrent: recurrent, gx: b.gx, states: b.states, gates: training ? b.gates : nil,
                    candidates: training ? b.candidates : nil)
            }
        }
        let output = returnsSequences ? Self.batchMajor(states, batch: n, length: length, width: h) : lastState(states, batch: n, length: length)
        let cache = Cache(
            input: training ? input : Tensor(shape: [0]), gates: gates, candidates: candidates, states: training ? states : Tensor(shape: [0]))
        return (output, cache)
    }

    /// The time loop for one contiguous range of batch rows.
    private func forwardRows(
        _ range: Range<Int>, batch: Int, length: Int, p: UnsafePointer<Float>, recurrent wh: PackedOperand, gx: UnsafePointer<Float>,
        states: UnsafeMutablePointer<Float>,
        gates: UnsafeMutablePointer<Float>?, candidates: UnsafeMutablePointer<Float>?
    ) {
        let h = hiddenSize
        let g = 3 * h
        let rows = range.count
        let recurrent = UnsafeMutablePointer<Float>.allocate(capacity: rows * g)
        defer { recurrent.deallocate() }
        let bh = p + recurrentBias.offset
        for t in 0..<length {
            for i in 0..<rows { (recurrent + i * g).update(from: bh, count: g) }
            if t > 0 {
                GEMM.multiply(m: rows, a: states + ((t - 1) * batch + range.lowerBound) * h, lda: h, packedB: wh, beta: 1, c: recurrent, ldc: g)
            }
            for i in 0..<rows {
                let sample = range.lowerBound + i
                let xg = gx + (sample * length + t) * g
                let hg = recurrent + i * g
                let previous = t > 0 ? UnsafePointer(states + ((t - 1) * batch + sample) * h) : nil
                let next = states + (t * batch + sample) * h
                let gateRow = gates.map { $0 + (t * batch + sample) * g }
                let candidateRow = candidates.map { $0 + (t * batch + sample) * h }
                VectorMath.forEachChunk(h) { j, w in
                    let r = VectorMath.sigmoid(VectorMath.load(xg + j, count: w) + VectorMath.load(hg + j, count: w))
                    let z = VectorMath.sigmoid(VectorMath.load(xg + h + j, count: w) + VectorMath.load(hg + h + j, count: w))
                    let hn = VectorMath.load(hg + 2 * h + j, count: w)
                    let candidate = VectorMath.tanh(VectorMath.load(xg + 2 * h + j, count: w).addingProduct(r, hn))
                    let before = previous == nil ? SIMD8<Float>() : VectorMath.load(previous! + j, count: w)
                    VectorMath.store(candidate.addingProduct(z, before - candidate), next + j, count: w)
                    if let gateRow, let candidateRow {
                        VectorMath.store(r, gateRow + j, count: w)
                        VectorMath.store(z, gateRow + h + j, count: w)
                        VectorMath.store(candidate, gateRow + 2 * h + j, count: w)
                        VectorMath.store(hn, candidateRow + j, count: w)
                    }
                }
            }
        }
    }

    /// Back-propagation through time; weight gradients are accumulated with one GEMM each afterwards.
    public func backward(
        _ outputGradient: Tensor, cache: Cache, parameters: ParameterStore, gradients: inout ParameterStore, context: ComputeContext,
        needsInputGradient: Bool
    ) -> Tensor? {
        let (n, length) = (cache.input.shape[0], cache.input.shape[1])
        let h = hiddenSize
        let g = 3 * h
        var inputGateGradient = Tensor(uninitializedShape: [n * length, g])
        var recurrentGateGradient = Tensor(uninitializedShape: [length * n, g])
        parameters.withBase { p in
            let buffers = UncheckedBox(
                (
                    dy: outputGradient.withBase { $0 }, gates: cache.gates.withBase { $0 }, candidates: cache.candidates.withBase { $0 },
                    states: cache.states.withBase { $0 }, dgx: inputGateGradient.withMutableBase { $0 },
                    dgh: recurrentGateGradient.withMutableBase { $0 }
                ))
            let recurrentTransposed = PackedOperand(transposed: true, depth: g, columns: h, b: p + recurrentWeight.offset, ldb: g)
            Parallel.forEachRange(count: n, threads: n >= 16 ? context.threads : 1) { range in
                let b = buffers.value
                backwardRows(
                    range, batch: n, length: length, recurrent: recurrentTransposed, dy: b.dy, gates: b.gates, candidates: b.candidates,
                    states: b.states,
                    dgx: b.dgx, dgh: b.dgh)
            }
        }
        gradients.withMutableBase { grad in
            recurrentGateGradient.withBase { dgh in
                cache.states.withBase { states in
                    GEMM.multiply(
                        transposeA: true, m: h, n: g, k: (length - 1) * n, a: states, lda: h, b: dgh + n * g, ldb: g, beta: 1,
                        c: grad + recurrentWeight.offset, ldc: g, threads: context.threads)
                }
                VectorMath.addColumnSums(dgh, rows: length * n, columns: g, into: grad + recurrentBias.offset)
            }
            inputGateGradient.withBase { dgx in
                cache.input.withBase { x in
                    GEMM.multiply(
                        transposeA: true, m: inputSize, n: g, k: n * length, a: x, lda: inputSize, b: dgx, ldb: g, beta: 1,
                        c: grad + inputWeight.offset, ldc: g, threads: context.threads)
                }
                VectorMath.addColumnSums(dgx, rows: n * length, columns: g, into: grad + inputBias.offset)
            }
        }
        guard needsInputGradient else { return nil }
        var dx = Tensor(uninitializedShape: cache.input.shape)
        parameters.withBase { p in
            inputGateGradient.withBase { dgx in
                dx.withMutableBase { out in
                    GEMM.multiply(
                        transposeB: true, m: n * length, n: inputSize, k: g, a: dgx, lda: g, b: p + inputWeight.offset, ldb: g, c: out,
                        ldc: inputSize, threads: context.threads)
                }
            }
        }
        return dx
    }

    /// The reverse time loop for one range of batch rows: writes the gate gradients (dGx batch-major,
    /// dGh time-major) and carries dh backwards through `Wh`.
    private func backwardRows(
        _ range: Range<Int>, batch: Int, length: Int, recurrent: PackedOperand, dy: UnsafePointer<Float>, gates: UnsafePointer<Float>,
        candidates: UnsafePointer<Float>, states: UnsafePointer<Float>, dgx: UnsafeMutablePointer<Float>, dgh: UnsafeMutablePointer<Float>
    ) {
        let h = hiddenSize
        let g = 3 * h
        let rows = range.count
        let dh = UnsafeMutablePointer<Float>.allocate(capacity: rows * h)
        defer { dh.deallocate() }
        dh.initialize(repeating: 0, count: rows * h)
        for t in stride(from: length - 1, through: 0, by: -1) {
            for i in 0..<rows {
                let sample = range.lowerBound + i
                if returnsSequences {
                    VectorMath.add(dy + (sample * length + t) * h, into: dh + i * h, count: h)
                } else if t == length - 1 {
                    (dh + i * h).update(from: dy + sample * h, count: h)
                }
                let gateRow = gates + (t * batch + sample) * g
                let candidateRow = candidates + (t * batch + sample) * h
                let previous = t > 0 ? states + ((t - 1) * batch + sample) * h : nil
                let xg = dgx + (sample * length + t) * g
                let hg = dgh + (t * batch + sample) * g
                let d = dh + i * h
                VectorMath.forEachChunk(h) { j, w in
                    let grad = VectorMath.load(d + j, count: w)
                    let r = VectorMath.load(gateRow + j, count: w)
                    let z = VectorMath.load(gateRow + h + j, count: w)
                    let candidate = VectorMath.load(gateRow + 2 * h + j, count: w)
                    let hn = VectorMath.load(candidateRow + j, count: w)
                    let before = previous == nil ? SIMD8<Float>() : VectorMath.load(previous! + j, count: w)
                    let dn = grad * (1 - z)
                    let dz = grad * (before - candidate)
                    let dan = dn * (1 - candidate * candidate)
                    let dar = dan * hn * r * (1 - r)
                    let daz = dz * z * (1 - z)
                    VectorMath.store(dar, xg + j, count: w)
                    VectorMath.store(daz, xg + h + j, count: w)
                    VectorMath.store(dan, xg + 2 * h + j, count: w)
                    VectorMath.store(dar, hg + j, count: w)
                    VectorMath.store(daz, hg + h + j, count: w)
                    VectorMath.store(dan * r, hg + 2 * h + j, count: w)
                    VectorMath.store(grad * z, d + j, count: w)
                }
            }
            if t > 0 {
                GEMM.multiply(m: rows, a: dgh + (t * batch + range.lowerBound) * g, lda: g, packedB: recurrent, beta: 1, c: dh, ldc: h)
            }
        }
    }

    /// The last step of time-major states, `[N, H]`.
    private func lastState(_ states: Tensor, batch: Int, length: Int) -> Tensor {
        let start = (length - 1) * batch * hiddenSize
        return Tensor(shape: [batch, hiddenSize], scalars: Array(states.scalars[start..<start + batch * hiddenSize]))
    }

    /// Converts time-major `[L, N, W]` to batch-major `[N, L, W]`.
    static func batchMajor(_ values: Tensor, batch: Int, length: Int, width: Int) -> Tensor {
        var result = Tensor(uninitializedShape: [batch, length, width])
        values.withBase { source in
            result.withMutableBase { destination in
                for t in 0..<length {
                    for sample in 0..<batch {
                        (destination + (sample * length + t) * width).update(from: source + (t * batch + sample) * width, count: width)
                    }
                }
            }
        }
        return result
    }
}
