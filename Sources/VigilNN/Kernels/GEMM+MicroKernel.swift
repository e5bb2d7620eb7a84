extension GEMM {
    /// Rows of the ``InstructionSet/simd8`` tile.
    static let mr = 6

    /// The ``InstructionSet/simd8`` block loop: `C = alpha·A·B + beta·C` for an `m × n` block, tile by
    /// tile (the operands as in ``InstructionSet/multiplyBlock(m:n:depth:a:aStride:aPanelStride:lastAPanel:b:bStride:bPanelStride:lastBPanel:c:ldc:alpha:beta:scratch:)``).
    static func multiplyBlock(
        m: Int, n: Int, depth: Int, a: UnsafePointer<Float>, aStride: Int, aPanelStride: Int, lastAPanel: UnsafePointer<Float>?,
        b: UnsafePointer<Float>, bStride: Int, bPanelStride: Int, lastBPanel: UnsafePointer<Float>?, c: UnsafeMutablePointer<Float>, ldc: Int,
        alpha: Float, beta: Float, scratch: UnsafeMutablePointer<Float>
    ) {
        var jr = 0
        while jr < n {
            let columns = min(nr, n - jr)
            let partialB = columns < nr ? lastBPanel : nil
            let panelB = partialB ?? b + jr / nr * bPanelStride
            var ir = 0
            while ir < m {
                let rows = min(mr, m - ir)
                let partialA = rows < mr ? lastAPanel : nil
                microKernel(
                    depth: depth, a: partialA ?? a + ir / mr * aPanelStride, aStride: partialA == nil ? aStride : mr, b: panelB,
                    bStride: partialB == nil ? bStride : nr, c: c + ir * ldc + jr, ldc: ldc, rows: rows, columns: columns, alpha: alpha, beta: beta,
                    edge: scratch)
                ir += mr
            }
            jr += nr
        }
    }

    /// The 6 × 16 micro-kernel: `C[tile] = alpha·(Apanel·Bpanel) + beta·C[tile]` over `depth` steps of k.
    ///
    /// A's steps of k are `aStride` floats apart (6 when packed, `lda` when a transposed A is read in
    /// place) and B's `bStride` (16 when packed, `ldb` when read in place).
    /// Twelve `SIMD8<Float>` accumulators stay in registers; each step loads two B vectors, broadcasts
    /// six A scalars and issues twelve fused multiply–adds (`vfmadd231ps` with `-target-cpu haswell`).
    /// Only `rows × columns` of the tile are written; `edge` is scratch for 6 × 16 floats.
    @inline(__always)
    static func microKernel(
        depth: Int, a: UnsafePointer<Float>, aStride: Int, b: UnsafePointer<Float>, bStride: Int, c: UnsafeMutablePointer<Float>, ldc: Int,
        rows: Int, columns: Int, alpha: Float, beta: Float, edge: UnsafeMutablePointer<Float>
    ) {
        var c00 = SIMD8<Float>(), c01 = SIMD8<Float>(), c10 = SIMD8<Float>(), c11 = SIMD8<Float>()
        var c20 = SIMD8<Float>(), c21 = SIMD8<Float>(), c30 = SIMD8<Float>(), c31 = SIMD8<Float>()
        var c40 = SIMD8<Float>(), c41 = SIMD8<Float>(), c50 = SIMD8<Float>(), c51 = SIMD8<Float>()
        var pa = a
        var pb = UnsafeRawPointer(b)
        let byteStride = bStride * 4
        for _ in 0..<depth {
            let b0 = pb.loadUnaligned(as: SIMD8<Float>.self)
            let b1 = pb.loadUnaligned(fromByteOffset: 32, as: SIMD8<Float>.self)
            var av = SIMD8<Float>(repeating: pa[0])
            c00 = c00.addingProduct(av, b0)
            c01 = c01.addingProduct(av, b1)
            av = SIMD8<Float>(repeating: pa[1])
            c10 = c10.addingProduct(av, b0)
            c11 = c11.addingProduct(av, b1)
            av = SIMD8<Float>(repeating: pa[2])
            c20 = c20.addingProduct(av, b0)
            c21 = c21.addingProduct(av, b1)
            av = SIMD8<Float>(repeating: pa[3])
            c30 = c30.addingProduct(av, b0)
            c31 = c31.addingProduct(av, b1)
            av = SIMD8<Float>(repeating: pa[4])
            c40 = c40.addingProduct(av, b0)
            c41 = c41.addingProduct(av, b1)
            av = SIMD8<Float>(repeating: pa[5])
            c50 = c50.addingProduct(av, b0)
            c51 = c51.addingProduct(av, b1)
            pa += aStride
            pb += byteStride
        }
        // Edge tiles run the same write-back on a full-size copy in `edge`, then keep the valid part.
        let full = rows == mr && columns == nr
        let target = full ? c : edge
        let stride = full ? ldc : nr
        if !full {
            for i in 0..<mr {
                for j in 0..<nr { edge[i * nr + j] = i < rows && j < columns && beta != 0 ? c[i * ldc + j] : 0 }
            }
        }
        store(c00, target, alpha, beta)
        store(c01, target + 8, alpha, beta)
        store(c10, target + stride, alpha, beta)
        store(c11, target + stride + 8, alpha, beta)
        store(c20, target + 2 * stride, alpha, beta)
        store(c21, target + 2 * stride + 8, alpha, beta)
        store(c30, target + 3 * stride, alpha, beta)
        store(c31, target + 3 * stride + 8, alpha, beta)
        store(c40, target + 4 * stride, alpha, beta)
        store(c41, target + 4 * stride + 8, alpha, beta)
        store(c50, target + 5 * stride, alpha, beta)
        store(c51, target + 5 * stride + 8, alpha, beta)
        if !full {
            for i in 0..<rows {
                for j in 0..<columns { c[i * ldc + j] = edge[i * nr + j] }
            }
        }
    }

    /// Writes `alpha·acc + beta·C` to eight consecutive floats of C.
    @inline(__always)
    static func store(_ acc: SIMD8<Float>, _ destination: UnsafeMutablePointer<Float>, _ alpha: Float, _ beta: Float) {
        let raw = UnsafeMutableRawPointer(destination)
        var value = alpha == 1 ? acc : acc * alpha
        if beta == 1 {
            value += raw.loadUnaligned(as: SIMD8<Float>.self)
        } else if beta != 0 {
            value = value.addingProduct(raw.loadUnaligned(as: SIMD8<Float>.self), SIMD8<Float>(repeating: beta))
        }
        raw.storeBytes(of: value, as: SIMD8<Float>.self)
    }
}
