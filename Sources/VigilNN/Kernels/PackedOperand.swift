/// A right-hand GEMM operand op(B) (`k × n`) packed once into the micro-kernel's 16-column panels,
/// for products that reuse the same B many times.
///
/// Layout: for each depth block of ``GEMM/kc`` rows starting at `p`, a region at `p · paddedColumns`
/// holding its panels side by side; the panel of columns `j…j+15` starts at `j · blockDepth` in it.
final class PackedOperand: @unchecked Sendable {
    let depth: Int
    let columns: Int
    let paddedColumns: Int
    private let storage: UnsafeMutablePointer<Float>

    /// Packs op(B) where B is stored `k × n` (or `n × k` when `transposed`) with row stride `ldb`,
    /// splitting the panels across up to `threads` threads.
    init(transposed: Bool, depth k: Int, columns n: Int, b: UnsafePointer<Float>, ldb: Int, threads: Int = 1) {
        depth = k
        columns = n
        paddedColumns = GEMM.roundUp(n, GEMM.nr)
        let count = max(1, k * paddedColumns)
        storage = UnsafeMutableRawPointer.allocate(byteCount: count * 4, alignment: 64).bindMemory(to: Float.self, capacity: count)
        let operands = GEMM.Operands(isa: .simd8, transposeA: false, transposeB: transposed, a: b, lda: 0, b: b, ldb: ldb, c: storage, ldc: 0)
        let destination = UncheckedBox(storage)
        Parallel.forEachRange(count: n, threads: threads, alignment: GEMM.nr) { columns in
            var p = 0
            while p < k {
                let blockDepth = min(GEMM.kc, k - p)
                let region = destination.value + p * paddedColumns + columns.lowerBound * blockDepth
                GEMM.packB(operands, row: p, column: columns.lowerBound, depth: blockDepth, width: columns.count, into: region)
                p += GEMM.kc
            }
        }
    }

    deinit { storage.deallocate() }

    /// The panels of the depth block starting at `depthOffset`, from column `column` (a multiple of 16).
    func panels(depthOffset: Int, depth blockDepth: Int, column: Int) -> UnsafePointer<Float> {
        UnsafePointer(storage + depthOffset * paddedColumns + column * blockDepth)
    }
}
