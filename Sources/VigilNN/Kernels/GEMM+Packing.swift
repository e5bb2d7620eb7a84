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
                // op(B)[p][j] = B[j][p]: each stored row of B is one column of the panel.
                let source = o.b + (column + panelStart) * o.ldb + row
                for j in 0..<columns {
                    let line = source + j * o.ldb
                    for p in 0..<depth { destination[p * nr + j] = line[p] }
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

    /// Packs `height × depth` of op(A), starting at (row, column), into 6-row panels:
    /// panel `q` holds, for each step of k, 6 consecutive floats (one per row); rows past `height` are zero.
    static func packA(_ o: Operands, row: Int, column: Int, height: Int, depth: Int, into packed: UnsafeMutablePointer<Float>) {
        var destination = packed
        var panelStart = 0
        while panelStart < height {
            let rows = min(mr, height - panelStart)
            if !o.transposeA {
                let source = o.a + (row + panelStart) * o.lda + column
                if rows == mr {
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
                    for p in 0..<depth {
                        let d = destination + p * mr
                        for i in 0..<rows { d[i] = source[i * o.lda + p] }
                        for i in rows..<mr { d[i] = 0 }
                    }
                }
            } else {
                // op(A)[i][p] = A[p][i]: each stored row of A gives 6 consecutive floats. When two more
                // rows of this block follow, copy 8 at once; the 2 extra land in the next slot, which
                // is written afterwards (the buffer has 8 floats of slack).
                let source = o.a + column * o.lda + row + panelStart
                if panelStart + 8 <= height {
                    for p in 0..<depth {
                        VectorMath.store(VectorMath.load(source + p * o.lda), destination + p * mr)
                    }
                } else {
                    for p in 0..<depth {
                        let line = source + p * o.lda
                        let d = destination + p * mr
                        for i in 0..<rows { d[i] = line[i] }
                        for i in rows..<mr { d[i] = 0 }
                    }
                }
            }
            destination += depth * mr
            panelStart += mr
        }
    }
}
