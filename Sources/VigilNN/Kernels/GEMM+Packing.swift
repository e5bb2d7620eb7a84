extension GEMM {
    /// Packs `depth × width` of op(B), starting at (row, column), into 16-column panels:
    /// panel `q` holds `depth` rows of 16 consecutive floats; columns past `width` are zero.
    static func packB(_ o: Operands, row: Int, column: Int, depth: Int, width: Int, into packed: UnsafeMutablePointer<Float>) {
        var destination = packed
        var panelStart = 0
        while panelStart < width {
            let columns = min(nr, width - panelStart)
            if !o.transposeB {
                let source = o.b + row * o.ldb + column + panelStart
                if columns == nr {
                    for p in 0..<depth {
                        let line = source + p * o.ldb
                        let d = UnsafeMutableRawPointer(destination + p * nr)
                        d.storeBytes(of: UnsafeRawPointer(line).loadUnaligned(as: SIMD8<Float>.self), as: SIMD8<Float>.self)
                        (d + 32).storeBytes(of: UnsafeRawPointer(line + 8).loadUnaligned(as: SIMD8<Float>.self), as: SIMD8<Float>.self)
                    }
                } else {
                    for p in 0..<depth {
                        let line = source + p * o.ldb
                        let d = destination + p * nr
                        for j in 0..<columns { d[j] = line[j] }
                        for j in columns..<nr { d[j] = 0 }
                    }
                }
            } else {
                // op(B)[p][j] = B[j][p]: each stored row of B is one column of the panel; 8 × 8 blocks
                // are transposed in registers, the rest element by element.
                let source = o.b + (column + panelStart) * o.ldb + row
                let blockColumns = columns & ~7
                let blockDepth = depth & ~7
                for j in stride(from: 0, to: blockColumns, by: 8) {
                    for p in stride(from: 0, to: blockDepth, by: 8) {
                        transpose8x8(source + j * o.ldb + p, stride: o.ldb, into: destination + p * nr + j, stride: nr)
                    }
                }
                for j in 0..<columns {
                    let line = source + j * o.ldb
                    for p in (j < blockColumns ? blockDepth : 0)..<depth { destination[p * nr + j] = line[p] }
                }
                if columns < nr {
                    for p in 0..<depth {
                        for j in columns..<nr { destination[p * nr + j] = 0 }
                    }
                }
            }
            destination += depth * nr
            panelStart += nr
        }
    }

    /// Packs `height × depth` of op(A), starting at (row, column), into panels of the kernel's tile rows
    /// (`mr`): panel `q` holds, for each step of k, `mr` consecutive floats (one per row); rows past
    /// `height` are zero. (``serial(_:m:n:k:alpha:beta:)`` reads the full panels of a transposed A in
    /// place and packs only its partial last panel.)
    static func packA(_ o: Operands, row: Int, column: Int, height: Int, depth: Int, into packed: UnsafeMutablePointer<Float>) {
        let mr = o.isa.gemmTileRows
        var destination = packed
        var panelStart = 0
        while panelStart < height {
            let rows = min(mr, height - panelStart)
            if !o.transposeA {
                let source = o.a + (row + panelStart) * o.lda + column
                if rows == 6 && mr == 6 {
                    let r0 = source, r1 = source + o.lda, r2 = r1 + o.lda, r3 = r2 + o.lda, r4 = r3 + o.lda, r5 = r4 + o.lda
                    for p in 0..<depth {
                        let d = destination + p * mr
                        d[0] = r0[p]
                        d[1] = r1[p]
                        d[2] = r2[p]
                        d[3] = r3[p]
                        d[4] = r4[p]
                        d[5] = r5[p]
                    }
                } else {
                    // 8 × 8 blocks of full 8-row groups are transposed in registers, the rest element by element.
                    let blockRows = rows & ~7
                    let blockDepth = depth & ~7
                    for i in stride(from: 0, to: blockRows, by: 8) {
                        for p in stride(from: 0, to: blockDepth, by: 8) {
                            transpose8x8(source + i * o.lda + p, stride: o.lda, into: destination + p * mr + i, stride: mr)
                        }
                    }
                    for i in 0..<rows {
                        let line = source + i * o.lda
                        for p in (i < blockRows ? blockDepth : 0)..<depth { destination[p * mr + i] = line[p] }
                    }
                    if rows < mr {
                        for p in 0..<depth {
                            for i in rows..<mr { destination[p * mr + i] = 0 }
                        }
                    }
                }
            } else {
                // op(A)[i][p] = A[p][i]: each stored row of A gives the panel's floats for one step of k.
                let source = o.a + column * o.lda + row + panelStart
                for p in 0..<depth {
                    let line = source + p * o.lda
                    let d = destination + p * mr
                    for i in 0..<rows { d[i] = line[i] }
                    for i in rows..<mr { d[i] = 0 }
                }
            }
            destination += depth * mr
            panelStart += mr
        }
    }

    /// Writes the transpose of the 8 × 8 block at `source` (rows `sourceStride` apart) to
    /// `destination` (rows `destinationStride` apart): three rounds of splitting row pairs into their
    /// even and odd elements rotate the six index bits by three, which swaps row and column.
    @inline(__always)
    static func transpose8x8(
        _ source: UnsafePointer<Float>, stride sourceStride: Int, into destination: UnsafeMutablePointer<Float>, stride destinationStride: Int
    ) {
        typealias V = SIMD8<Float>
        var r0 = VectorMath.load(source), r1 = VectorMath.load(source + sourceStride)
        var r2 = VectorMath.load(source + 2 * sourceStride), r3 = VectorMath.load(source + 3 * sourceStride)
        var r4 = VectorMath.load(source + 4 * sourceStride), r5 = VectorMath.load(source + 5 * sourceStride)
        var r6 = VectorMath.load(source + 6 * sourceStride), r7 = VectorMath.load(source + 7 * sourceStride)
        for _ in 0..<3 {
            let p0 = SIMD16(lowHalf: r0, highHalf: r1), p1 = SIMD16(lowHalf: r2, highHalf: r3)
            let p2 = SIMD16(lowHalf: r4, highHalf: r5), p3 = SIMD16(lowHalf: r6, highHalf: r7)
            (r0, r1, r2, r3) = (p0.evenHalf, p1.evenHalf, p2.evenHalf, p3.evenHalf)
            (r4, r5, r6, r7) = (p0.oddHalf, p1.oddHalf, p2.oddHalf, p3.oddHalf)
        }
        VectorMath.store(r0, destination)
        VectorMath.store(r1, destination + destinationStride)
        VectorMath.store(r2, destination + 2 * destinationStride)
        VectorMath.store(r3, destination + 3 * destinationStride)
        VectorMath.store(r4, destination + 4 * destinationStride)
        VectorMath.store(r5, destination + 5 * destinationStride)
        VectorMath.store(r6, destination + 6 * destinationStride)
        VectorMath.store(r7, destination + 7 * destinationStride)
    }
}
