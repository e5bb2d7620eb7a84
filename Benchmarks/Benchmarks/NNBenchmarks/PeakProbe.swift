import Dispatch
import VigilNN

#if arch(x86_64)
    import PeakProbeAVX512
#endif

/// Measures the CPU's fp32 fused multiply–add throughput for the instruction set VigilNN's GEMM
/// runs (`GEMM.kernelName`): twelve independent FMA chains per thread (enough to cover the FMA
/// latency on every x86 core since Haswell) of `SIMD8<Float>` with the benchmark's own build flags,
/// or of `SIMD16<Float>` built for AVX-512; best of several runs.
enum PeakProbe {
    /// GFLOP/s on `threads` threads (2 FLOP per lane per FMA).
    static func measure(threads: Int) -> Double {
        let iterations = 20_000_000
        let lanes = GEMM.kernelName == "avx512" ? 16 : 8
        var best = 0.0
        for _ in 0..<5 {
            let start = ContinuousClock.now
            DispatchQueue.concurrentPerform(iterations: threads) { _ in
                blackHoleFloat(lanes == 16 ? wideChains(iterations) : chains(iterations))
            }
            let seconds = (ContinuousClock.now - start).seconds
            best = max(best, Double(threads * iterations * 12 * 2 * lanes) / seconds / 1e9)
        }
        return best
    }

    /// The measured peak of one and two threads, computed once.
    static let peak: (one: Double, two: Double) = (measure(threads: 1), measure(threads: 2))

    /// The AVX-512 chains (only called when VigilNN runs its AVX-512 kernel, so only on x86_64).
    static func wideChains(_ count: Int) -> Float {
        #if arch(x86_64)
            return avx512Chains(count)
        #else
            preconditionFailure("VigilNN reports an AVX-512 kernel on a processor without AVX-512")
        #endif
    }

    @inline(never)
    static func chains(_ count: Int) -> Float {
        var a0 = SIMD8<Float>(repeating: 1), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0
        var a6 = a0, a7 = a0, a8 = a0, a9 = a0, a10 = a0, a11 = a0
        // a ← a + a·m with m tiny: a true dependent FMA per chain that stays at 1 (no overflow, no denormals).
        let m = SIMD8<Float>(repeating: 1e-10)
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
}

@inline(never)
func blackHoleFloat(_ value: Float) {
    if value == .pi { print(value) }
}

extension Duration {
    /// The duration in seconds as a Double.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) * 1e-18 }
}
