/// Single-precision general matrix multiply: `C = alpha·op(A)·op(B) + beta·C`, in Swift SIMD.
///
/// All matrices are row-major. `op(A)` is `m × k` and `op(B)` is `k × n`; a transposed operand is
/// stored the other way round (`A` as `k × m`, `B` as `n × k`) and the transpose is absorbed by the
/// packing routines, so it costs nothing. `beta = 0` ignores C's previous contents (it may hold
/// garbage), `beta = 1` accumulates (gradients).
///
/// The algorithm is the BLIS one: C is computed in blocks of `nc` columns; for each slice of `kc`
/// along k, a block of B is packed into 16-column panels and blocks of `mc` rows of A into panels
/// of the micro-kernel's rows; the micro-kernel keeps its tile of C in registers and issues one
/// fused multiply–add per accumulator per step of k — a 6 × 16 tile of `SIMD8<Float>`, or a 16 × 16
/// tile of `SIMD16<Float>` on processors with AVX-512 (see ``InstructionSet``; both give the same
/// bits). Partial tiles are zero-padded, so edges use the same kernel and the same order of
/// operations.
///
/// Above ``parallelThreshold`` multiply–adds, the rows (or columns) of C are split across threads.
/// Every element is computed by one thread, in the same order as on one thread, so the result is
/// bit-identical whatever the thread count.
///
/// ```swift
/// // C[2×2] = A[2×3] · B[3×2]
/// GEMM.multiply(m: 2, n: 2, k: 3, a: a, lda: 3, b: b, ldb: 2, c: c, ldc: 2)
/// ```
public enum GEMM {
    /// Columns of a micro-kernel tile and of a packed B panel (the rows depend on the ``InstructionSet``).
    static let nr = 16
    /// Depth of a packed block: a 16-column B panel of this depth (16 KiB) stays in L1.
    static let kc = 256
    /// Rows of A packed at once (L2-resident; a multiple of every kernel's tile rows).
    static let mc = 144
    /// Columns of B packed at once.
    static let nc = 2048

    /// Products with at most this many rows read a non-transposed B in place instead of packing it.
    static let directRowLimit = 48

    /// The instruction set of the micro-kernel this process runs: `"avx512"` or `"simd8"` (AVX2 + FMA
    /// on x86_64, NEON on arm64), for logs and benchmarks. Both give bit-identical results.
    public static var kernelName: String { InstructionSet.preferred.description }

    /// The number of multiply–adds (`m·n·k`) from which a product is split across threads.
    public static let parallelThreshold = 1 << 19
    /// Largest B (in floats) that threads splitting the rows of C pack once and share.
    static let sharedPackingLimit = 1 << 22

    /// Computes `C = alpha·op(A)·op(B) + beta·C`.
    ///
    /// - Parameters:
    ///   - transposeA: Whether A is stored as `k × m` (op(A) = Aᵀ).
    ///   - transposeB: Whether B is stored as `n × k` (op(B) = Bᵀ).
    ///   - m: Rows of C.
    ///   - n: Columns of C.
    ///   - k: The inner dimension.
    ///   - alpha: Scale of the product.
    ///   - a: A's first element.
    ///   - lda: Distance between A's stored rows.
    ///   - b: B's first element.
    ///   - ldb: Distance between B's stored rows.
    ///   - beta: Scale of C's previous contents; 0 means they are not read.
    ///   - c: C's first element.
    ///   - ldc: Distance between C's rows.
    ///   - threads: The most threads to use; products below ``parallelThreshold`` use one.
    public static func multiply(
        transposeA: Bool = false,
        transposeB: Bool = false,
        m: Int,
        n: Int,
        k: Int,
        alpha: Float = 1,
        a: UnsafePointer<Float>,
        lda: Int,
        b: UnsafePointer<Float>,
        ldb: Int,
        beta: Float = 0,
        c: UnsafeMutablePointer<Float>,
        ldc: Int,
        threads: Int = 1
    ) {
        multiply(
            isa: .preferred, transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k, alpha: alpha, a: a, lda: lda, b: b, ldb: ldb,
            beta: beta, c: c, ldc: ldc, threads: threads)
    }

    /// ``multiply(transposeA:transposeB:m:n:k:alpha:a:lda:b:ldb:beta:c:ldc:threads:)`` with a given
    /// instruction set for the micro-kernel (the tests run every set the processor has).
    static func multiply(
        isa: InstructionSet, transposeA: Bool = false, transposeB: Bool = false, m: Int, n: Int, k: Int, alpha: Float = 1, a: UnsafePointer<Float>,
        lda: Int, b: UnsafePointer<Float>, ldb: Int, beta: Float = 0, c: UnsafeMutablePointer<Float>, ldc: Int, threads: Int = 1
    ) {
        precondition(m >= 0 && n >= 0 && k >= 0, "negative GEMM dimension m=\(m) n=\(n) k=\(k)")
        guard m > 0, n > 0 else { return }
        guard k > 0 else {
            scale(c, rows: m, columns: n, ldc: ldc, by: beta)
            return
        }
        if m == 1 && !transposeB {
            rowTimesMatrix(n: n, k: k, alpha: alpha, a: a, stride: transposeA ? lda : 1, b: b, ldb: ldb, beta: beta, c: c)
            return
        }
        _ = MemoryTuning.applied
        let operands = Operands(
            isa: isa, transposeA: transposeA, transposeB: transposeB, a: a, lda: lda, b: b, ldb: ldb, c: c, ldc: ldc)
        let work = m * n * k
        guard threads > 1, work >= parallelThreshold else {
            serial(operands, m: m, n: n, k: k, alpha: alpha, beta: beta)
            return
        }
        let splitRows = (m + isa.gemmTileRows - 1) / isa.gemmTileRows >= (n + nr - 1) / nr
        let ranges = Parallel.split(count: splitRows ? m : n, parts: threads, alignment: splitRows ? isa.gemmTileRows : nr)
        var shared = operands
        if splitRows && operands.packedB == nil && m > directRowLimit && k * n <= sharedPackingLimit {
            // Pack B once, half by each thread, instead of once per thread.
            shared.packedB = PackedOperand(transposed: transposeB, depth: k, columns: n, b: b, ldb: ldb, threads: threads)
            shared.transposeB = false
        }
        let box = UncheckedBox(shared)
        Parallel.forEach(parts: ranges.count, threads: threads) { part in
            let range = ranges[part]
            if splitRows {
                serial(box.value.rows(range.lowerBound), m: range.count, n: n, k: k, alpha: alpha, beta: beta)
            } else {
                serial(box.value.columns(range.lowerBound), m: m, n: range.count, k: k, alpha: alpha, beta: beta)
            }
        }
    }

    /// Computes `C = alpha·op(A)·B + beta·C` on one thread with B already packed (reused across many
    /// products, such as the recurrent weight in every GRU step). Same results as the unpacked call.
    static func multiply(
        isa: InstructionSet = .preferred, transposeA: Bool = false, m: Int, alpha: Float = 1, a: UnsafePointer<Float>, lda: Int,
        packedB: PackedOperand, beta: Float = 0, c: UnsafeMutablePointer<Float>, ldc: Int
    ) {
        let (n, k) = (packedB.columns, packedB.depth)
        guard m > 0, n > 0 else { return }
        guard k > 0 else {
            scale(c, rows: m, columns: n, ldc: ldc, by: beta)
            return
        }
        var operands = Operands(isa: isa, transposeA: transposeA, transposeB: false, a: a, lda: lda, b: a, ldb: 0, c: c, ldc: ldc)
        operands.packedB = packedB
        serial(operands, m: m, n: n, k: k, alpha: alpha, beta: beta)
    }

    /// The pointers and strides of one product; `rows`/`columns` shift it to a sub-block of C.
    struct Operands {
        var isa: InstructionSet
        var transposeA: Bool
        var transposeB: Bool
        var a: UnsafePointer<Float>
        var lda: Int
        var b: UnsafePointer<Float>
        var ldb: Int
        var c: UnsafeMutablePointer<Float>
        var ldc: Int
        /// op(B) already in panel layout (see ``PackedOperand``), and the first column of this product in it.
        var packedB: PackedOperand?
        var packedColumn = 0

        func rows(_ first: Int) -> Operands {
            var shifted = self
            shifted.a = transposeA ? a + first : a + first * lda
            shifted.c = c + first * ldc
            return shifted
        }

        func columns(_ first: Int) -> Operands {
            var shifted = self
            shifted.b = transposeB ? b + first * ldb : b + first
            shifted.packedColumn = packedColumn + first
            shifted.c = c + first
            return shifted
        }
    }

    /// The single-threaded blocked algorithm.
    static func serial(_ operands: Operands, m: Int, n: Int, k: Int, alpha: Float, beta: Float) {
        var o = operands
        // A product of a few rows (a GRU step at batch 1) fills a 6-row tile better than a 16-row
        // one; the kernels give the same bits, so only the speed changes.
        if m <= mr { o.isa = .simd8 }
        let mr = o.isa.gemmTileRows
        let kBlock = min(k, kc)
        let nBlock = min(roundUp(n, nr), nc)
        let mBlock = min(roundUp(m, mr), mc)
        // One allocation: packed A, packed B, and the edge tile.
        let aCount = kBlock * mBlock
        // Few rows of A reuse each B panel too little to repay packing: read a row-major B in place.
        let direct = o.packedB == nil && !o.transposeB && m <= directRowLimit
        let bCount = o.packedB != nil ? 0 : (direct ? kBlock * nr : kBlock * nBlock)
        let scratchCount = mr * nr
        let workspace = UnsafeMutableRawPointer.allocate(byteCount: (roundUp(bCount, 16) + roundUp(aCount, 16) + scratchCount) * 4, alignment: 64)
        defer { workspace.deallocate() }
        let packedB = workspace.bindMemory(to: Float.self, capacity: roundUp(bCount, 16) + roundUp(aCount, 16) + scratchCount)
        let packedA = packedB + roundUp(bCount, 16)
        let scratch = packedA + roundUp(aCount, 16)
        var jc = 0
        while jc < n {
            let nb = min(nc, n - jc)
            var pc = 0
            while pc < k {
                let kb = min(kc, k - pc)
                let blockBeta: Float = pc == 0 ? beta : 1
                // Where the panels of this block's B are: prepacked, packed here, or (direct) in place
                // with only a partial last panel packed.
                var panelsB = UnsafePointer(packedB)
                var bStride = nr
                var bPanelStride = nr * kb
                var lastBPanel: UnsafePointer<Float>? = nil
                if let prepacked = o.packedB {
                    panelsB = prepacked.panels(depthOffset: pc, depth: kb, column: o.packedColumn + jc)
                } else if !direct {
                    packB(o, row: pc, column: jc, depth: kb, width: nb, into: packedB)
                } else {
                    panelsB = o.b + pc * o.ldb + jc
                    bStride = o.ldb
                    bPanelStride = nr
                    if nb % nr != 0 {
                        packB(o, row: pc, column: jc + nb - nb % nr, depth: kb, width: nb % nr, into: packedB)
                        lastBPanel = UnsafePointer(packedB)
                    }
                }
                var ic = 0
                while ic < m {
                    let mb = min(mc, m - ic)
                    // A transposed A already has each step's rows side by side: its full panels are read
                    // in place and only a partial last panel is packed.
                    var panelsA = UnsafePointer(packedA)
                    var aStride = mr
                    var aPanelStride = mr * kb
                    var lastAPanel: UnsafePointer<Float>? = nil
                    if o.transposeA {
                        panelsA = o.a + pc * o.lda + ic
                        aStride = o.lda
                        aPanelStride = mr
                        if mb % mr != 0 {
                            packA(o, row: ic + mb - mb % mr, column: pc, height: mb % mr, depth: kb, into: packedA)
                            lastAPanel = UnsafePointer(packedA)
                        }
                    } else {
                        packA(o, row: ic, column: pc, height: mb, depth: kb, into: packedA)
                    }
                    o.isa.multiplyBlock(
                        m: mb, n: nb, depth: kb, a: panelsA, aStride: aStride, aPanelStride: aPanelStride, lastAPanel: lastAPanel, b: panelsB,
                        bStride: bStride, bPanelStride: bPanelStride, lastBPanel: lastBPanel, c: o.c + ic * o.ldc + jc, ldc: o.ldc, alpha: alpha,
                        beta: blockBeta, scratch: scratch)
                    ic += mc
                }
                pc += kc
            }
            jc += nc
        }
    }

    /// One row of C (batch-1 inference): `c = alpha·a·B + beta·c`, streaming B's rows with 32 columns
    /// of accumulators at a time instead of padding A to a 6-row panel. The sums restart every
    /// ``kc`` steps of k and are added to C as the micro-kernel does, so a row comes out bit-identical
    /// to the same row computed inside a larger product.
    static func rowTimesMatrix(
        n: Int, k: Int, alpha: Float, a: UnsafePointer<Float>, stride: Int, b: UnsafePointer<Float>, ldb: Int, beta: Float,
        c: UnsafeMutablePointer<Float>
    ) {
        var column = 0
        while column < n {
            let width = min(32, n - column)
            var depthStart = 0
            while depthStart < k {
                let depthEnd = min(k, depthStart + kc)
                var s0 = SIMD8<Float>(), s1 = SIMD8<Float>(), s2 = SIMD8<Float>(), s3 = SIMD8<Float>()
                if width == 32 {
                    for p in depthStart..<depthEnd {
                        let av = SIMD8<Float>(repeating: a[p * stride])
                        let row = b + p * ldb + column
                        s0 = s0.addingProduct(av, VectorMath.load(row))
                        s1 = s1.addingProduct(av, VectorMath.load(row + 8))
                        s2 = s2.addingProduct(av, VectorMath.load(row + 16))
                        s3 = s3.addingProduct(av, VectorMath.load(row + 24))
                    }
                } else {
                    for p in depthStart..<depthEnd {
                        let av = SIMD8<Float>(repeating: a[p * stride])
                        let row = b + p * ldb + column
                        s0 = s0.addingProduct(av, VectorMath.load(row, count: min(8, width)))
                        s1 = s1.addingProduct(av, VectorMath.load(row + 8, count: max(0, min(8, width - 8))))
                        s2 = s2.addingProduct(av, VectorMath.load(row + 16, count: max(0, min(8, width - 16))))
                        s3 = s3.addingProduct(av, VectorMath.load(row + 24, count: max(0, min(8, width - 24))))
                    }
                }
                let blockBeta: Float = depthStart == 0 ? beta : 1
                for (index, sum) in [s0, s1, s2, s3].enumerated() where index * 8 < width {
                    let lanes = min(8, width - index * 8)
                    let destination = c + column + index * 8
                    var value = alpha == 1 ? sum : sum * alpha
                    if blockBeta == 1 {
                        value += VectorMath.load(destination, count: lanes)
                    } else if blockBeta != 0 {
                        value = value.addingProduct(VectorMath.load(destination, count: lanes), SIMD8<Float>(repeating: blockBeta))
                    }
                    VectorMath.store(value, destination, count: lanes)
                }
                depthStart = depthEnd
            }
            column += 32
        }
    }

    /// `C = beta·C` (zero when beta is 0, whatever C held).
    static func scale(_ c: UnsafeMutablePointer<Float>, rows: Int, columns: Int, ldc: Int, by beta: Float) {
        for row in 0..<rows {
            let line = c + row * ldc
            if beta == 0 {
                line.update(repeating: 0, count: columns)
            } else if beta != 1 {
                for column in 0..<columns { line[column] *= beta }
            }
        }
    }

    @inline(__always)
    static func roundUp(_ value: Int, _ multiple: Int) -> Int { (value + multiple - 1) / multiple * multiple }
}
