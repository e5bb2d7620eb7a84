#if arch(x86_64)
    /// Twelve independent `SIMD16<Float>` fused multiply–add chains, built for `skylake-avx512` (zmm
    /// registers): the AVX-512 counterpart of `PeakProbe.chains`, to measure the peak that VigilNN's
    /// AVX-512 GEMM kernel is compared with. Call it only on a processor with AVX-512.
    /// - Parameter count: Steps of each chain (16 · 2 FLOP each).
    /// - Returns: A sum that depends on every chain, so no chain is optimised away.
    @inline(never)
    public func avx512Chains(_ count: Int) -> Float {
        var a0 = SIMD16<Float>(repeating: 1), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0
        var a6 = a0, a7 = a0, a8 = a0, a9 = a0, a10 = a0, a11 = a0
        // a ← a + a·m with m tiny: a true dependent FMA per chain that stays at 1 (no overflow, no denormals).
        let m = SIMD16<Float>(repeating: 1e-10)
        for _ in 0..<count {
            a0 = a0.addingProduct(a0, m)
            a1 = a1.addingProduct(a1, m)
            a2 = a2.addingProduct(a2, m)
            a3 = a3.addingProduct(a3, m)
            a4 = a4.addingProduct(a4, m)
            a5 = a5.addingProduct(a5, m)
            a6 = a6.addingProduct(a6, m)
            a7 = a7.addingProduct(a7, m)
            a8 = a8.addingProduct(a8, m)
            a9 = a9.addingProduct(a9, m)
            a10 = a10.addingProduct(a10, m)
            a11 = a11.addingProduct(a11, m)
        }
        return (a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + a10 + a11).sum()
    }
#endif
