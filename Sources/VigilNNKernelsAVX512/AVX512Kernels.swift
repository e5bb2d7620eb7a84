#if arch(x86_64)
    /// VigilNN's AVX-512 kernels, in a target of their own because they are compiled for
    /// `-target-cpu skylake-avx512` (AVX-512 F, CD, BW, DQ, VL) while the rest of the package is built
    /// for `haswell`. VigilNN calls them only after checking that the processor has those extensions
    /// (and never when `VIGIL_NN_ISA=avx2`); see `InstructionSet` in VigilNN and `docs/nn.md`.
    ///
    /// Each computes every element with the same operations in the same order as VigilNN's `SIMD8`
    /// code, so both give bit-identical results; the vectors are just twice as wide.
    ///
    /// The GEMM kernel multiplies the packed panels of one block of a BLIS-style GEMM: A in panels
    /// of ``gemmTileRows`` rows (for each step of k, 16 consecutive floats, one per row) and B in
    /// panels of ``gemmTileColumns`` columns (for each step of k, 16 consecutive floats). Its 16 × 16
    /// tile keeps sixteen `SIMD16<Float>` accumulators (zmm registers); each step of k loads one B
    /// vector and issues sixteen fused multiply–adds with a broadcast A scalar (one fused
    /// multiply–add per element and step from zero, then `alpha·sum + beta·C`, as VigilNN's 6 × 16
    /// `SIMD8` kernel does).
    public enum AVX512Kernels {
        /// Rows of a GEMM tile (and of a packed A panel).
        public static let gemmTileRows = 16
        /// Columns of a GEMM tile (and of a packed B panel).
        public static let gemmTileColumns = 16

        /// GEMM: computes `C = alpha·A·B + beta·C` for an `m × n` block over `depth` steps of k, tile by tile.
        ///
        /// - Parameters:
        ///   - m: Rows of the block.
        ///   - n: Columns of the block.
        ///   - depth: Steps of k.
        ///   - a: The first A panel: for each step of k, 16 consecutive floats (one per row).
        ///   - aStride: Distance between steps of k in an A panel (16 when packed, `lda` when a
        ///     transposed A is read in place).
        ///   - aPanelStride: Distance between consecutive A panels.
        ///   - lastAPanel: When not nil, the panel of the last `m % 16` rows (packed, stride 16, rows past `m` zero).
        ///   - b: The first B panel: for each step of k, 16 consecutive floats (one per column).
        ///   - bStride: Distance between steps of k in a B panel (16 when packed, `ldb` when read in place).
        ///   - bPanelStride: Distance between consecutive B panels.
        ///   - lastBPanel: When not nil, the panel of the last `n % 16` columns (packed, stride 16).
        ///   - c: The block's first element.
        ///   - ldc: Distance between C's rows.
        ///   - alpha: Scale of the product.
        ///   - beta: Scale of C's previous contents; 0 means they are not read.
        ///   - scratch: 16 × 16 floats for partial tiles.
        @inline(never)
        public static func multiplyBlock(
            m: Int, n: Int, depth: Int, a: UnsafePointer<Float>, aStride: Int, aPanelStride: Int, lastAPanel: UnsafePointer<Float>?,
            b: UnsafePointer<Float>, bStride: Int, bPanelStride: Int, lastBPanel: UnsafePointer<Float>?, c: UnsafeMutablePointer<Float>, ldc: Int,
            alpha: Float, beta: Float, scratch: UnsafeMutablePointer<Float>
        ) {
            var jr = 0
            while jr < n {
                let columns = min(gemmTileColumns, n - jr)
                let partialB = columns < gemmTileColumns ? lastBPanel : nil
                let panelB = partialB ?? b + jr / gemmTileColumns * bPanelStride
                var ir = 0
                while ir < m {
                    let rows = min(gemmTileRows, m - ir)
                    let partialA = rows < gemmTileRows ? lastAPanel : nil
                    tile(
                        depth: depth, a: partialA ?? a + ir / gemmTileRows * aPanelStride, aStride: partialA == nil ? aStride : gemmTileRows,
                        b: panelB, bStride: partialB == nil ? bStride : gemmTileColumns, c: c + ir * ldc + jr, ldc: ldc, rows: rows,
                        columns: columns, alpha: alpha, beta: beta, scratch: scratch)
                    ir += gemmTileRows
                }
                jr += gemmTileColumns
            }
        }

        /// One 16 × 16 tile; only `rows × columns` of it are written.
        @inline(__always)
        static func tile(
            depth: Int, a: UnsafePointer<Float>, aStride: Int, b: UnsafePointer<Float>, bStride: Int, c: UnsafeMutablePointer<Float>, ldc: Int,
            rows: Int, columns: Int, alpha: Float, beta: Float, scratch: UnsafeMutablePointer<Float>
        ) {
            typealias V = SIMD16<Float>
            var c0 = V(), c1 = V(), c2 = V(), c3 = V(), c4 = V(), c5 = V(), c6 = V(), c7 = V()
            var c8 = V(), c9 = V(), c10 = V(), c11 = V(), c12 = V(), c13 = V(), c14 = V(), c15 = V()
            var pa = a
            var pb = UnsafeRawPointer(b)
            let byteStride = bStride * 4
            for _ in 0..<depth {
                let bv = pb.loadUnaligned(as: V.self)
                c0 = c0.addingProduct(V(repeating: pa[0]), bv)
                c1 = c1.addingProduct(V(repeating: pa[1]), bv)
                c2 = c2.addingProduct(V(repeating: pa[2]), bv)
                c3 = c3.addingProduct(V(repeating: pa[3]), bv)
                c4 = c4.addingProduct(V(repeating: pa[4]), bv)
                c5 = c5.addingProduct(V(repeating: pa[5]), bv)
                c6 = c6.addingProduct(V(repeating: pa[6]), bv)
                c7 = c7.addingProduct(V(repeating: pa[7]), bv)
                c8 = c8.addingProduct(V(repeating: pa[8]), bv)
                c9 = c9.addingProduct(V(repeating: pa[9]), bv)
                c10 = c10.addingProduct(V(repeating: pa[10]), bv)
                c11 = c11.addingProduct(V(repeating: pa[11]), bv)
                c12 = c12.addingProduct(V(repeating: pa[12]), bv)
                c13 = c13.addingProduct(V(repeating: pa[13]), bv)
                c14 = c14.addingProduct(V(repeating: pa[14]), bv)
                c15 = c15.addingProduct(V(repeating: pa[15]), bv)
                pa += aStride
                pb += byteStride
            }
            // Partial tiles run the same write-back on a full-size copy in `scratch`, then keep the valid part.
            let full = rows == gemmTileRows && columns == gemmTileColumns
            let target = full ? c : scratch
            let stride = full ? ldc : gemmTileColumns
            if !full {
                for i in 0..<gemmTileRows {
                    for j in 0..<gemmTileColumns {
                        scratch[i * gemmTileColumns + j] = i < rows && j < columns && beta != 0 ? c[i * ldc + j] : 0
                    }
                }
            }
            store(c0, target, alpha, beta)
            store(c1, target + stride, alpha, beta)
            store(c2, target + 2 * stride, alpha, beta)
            store(c3, target + 3 * stride, alpha, beta)
            store(c4, target + 4 * stride, alpha, beta)
            store(c5, target + 5 * stride, alpha, beta)
            store(c6, target + 6 * stride, alpha, beta)
            store(c7, target + 7 * stride, alpha, beta)
            store(c8, target + 8 * stride, alpha, beta)
            store(c9, target + 9 * stride, alpha, beta)
            store(c10, target + 10 * stride, alpha, beta)
            store(c11, target + 11 * stride, alpha, beta)
            store(c12, target + 12 * stride, alpha, beta)
            store(c13, target + 13 * stride, alpha, beta)
            store(c14, target + 14 * stride, alpha, beta)
            store(c15, target + 15 * stride, alpha, beta)
            if !full {
                for i in 0..<rows {
                    for j in 0..<columns { c[i * ldc + j] = scratch[i * gemmTileColumns + j] }
                }
            }
        }

        /// Writes `alpha·sum + beta·C` to sixteen consecutive floats of C (the `SIMD8` kernel's arithmetic).
        @inline(__always)
        static func store(_ sum: SIMD16<Float>, _ destination: UnsafeMutablePointer<Float>, _ alpha: Float, _ beta: Float) {
            let raw = UnsafeMutableRawPointer(destination)
            var value = alpha == 1 ? sum : sum * alpha
            if beta == 1 {
                value += raw.loadUnaligned(as: SIMD16<Float>.self)
            } else if beta != 0 {
                value = value.addingProduct(raw.loadUnaligned(as: SIMD16<Float>.self), SIMD16<Float>(repeating: beta))
            }
            raw.storeBytes(of: value, as: SIMD16<Float>.self)
        }
    }
#endif
