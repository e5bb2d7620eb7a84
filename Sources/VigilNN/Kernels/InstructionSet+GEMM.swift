#if arch(x86_64)
    import VigilNNKernelsAVX512
#endif

extension InstructionSet {
    /// Rows of a GEMM micro-kernel tile, and of a packed A panel: 6 for the 6 × 16 tile of twelve
    /// `SIMD8` accumulators, 16 for the 16 × 16 tile of sixteen `SIMD16` accumulators.
    var gemmTileRows: Int {
        switch self {
        case .simd8: GEMM.mr
        #if arch(x86_64)
            case .avx512: AVX512Kernels.gemmTileRows
        #endif
        }
    }

    /// Computes `C = alpha·A·B + beta·C` for an `m × n` block over `depth` steps of k from A panels of
    /// ``gemmTileRows`` rows and B panels of ``GEMM/nr`` columns.
    ///
    /// A panel holds, for each step of k, one float per row, `aStride` floats after the previous step
    /// (packed, or a transposed A read in place); panels start `aPanelStride` apart, and `lastAPanel`,
    /// when given, holds the last `m % rows` rows packed and zero-padded. B likewise, per column.
    @inline(__always)
    func multiplyBlock(
        m: Int, n: Int, depth: Int, a: UnsafePointer<Float>, aStride: Int, aPanelStride: Int, lastAPanel: UnsafePointer<Float>?,
        b: UnsafePointer<Float>, bStride: Int, bPanelStride: Int, lastBPanel: UnsafePointer<Float>?, c: UnsafeMutablePointer<Float>, ldc: Int,
        alpha: Float, beta: Float, scratch: UnsafeMutablePointer<Float>
    ) {
        switch self {
        case .simd8:
            GEMM.multiplyBlock(
                m: m, n: n, depth: depth, a: a, aStride: aStride, aPanelStride: aPanelStride, lastAPanel: lastAPanel, b: b, bStride: bStride,
                bPanelStride: bPanelStride, lastBPanel: lastBPanel, c: c, ldc: ldc, alpha: alpha, beta: beta, scratch: scratch)
        #if arch(x86_64)
            case .avx512:
                AVX512Kernels.multiplyBlock(
                    m: m, n: n, depth: depth, a: a, aStride: aStride, aPanelStride: aPanelStride, lastAPanel: lastAPanel, b: b, bStride: bStride,
                    bPanelStride: bPanelStride, lastBPanel: lastBPanel, c: c, ldc: ldc, alpha: alpha, beta: beta, scratch: scratch)
        #endif
        }
    }
}
