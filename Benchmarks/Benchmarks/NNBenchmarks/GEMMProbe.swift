import VigilNN

/// Times square SGEMMs: one warm-up call, then calls until at least 0.5 s has passed; best call.
enum GEMMProbe {
    static func gflops(size n: Int, threads: Int) -> Double {
        var generator = SeededRandom(seed: UInt64(n))
        let a = (0..<(n * n)).map { _ in Float(generator.nextUniform() - 0.5) }
        let b = (0..<(n * n)).map { _ in Float(generator.nextUniform() - 0.5) }
        var c = [Float](repeating: 0, count: n * n)
        var best = Double.infinity
        var total = 0.0
        var calls = 0
        while calls < 4 || total < 0.5 {
            let start = ContinuousClock.now
            a.withUnsafeBufferPointer { pa in
                b.withUnsafeBufferPointer { pb in
                    c.withUnsafeMutableBufferPointer { pc in
                        GEMM.multiply(
                            m: n, n: n, k: n, a: pa.baseAddress!, lda: n, b: pb.baseAddress!, ldb: n, c: pc.baseAddress!, ldc: n, threads: threads)
                    }
                }
            }
            let seconds = (ContinuousClock.now - start).seconds
            if calls > 0 { best = min(best, seconds) }
            total += seconds
            calls += 1
        }
        return 2 * Double(n * n * n) / best / 1e9
    }
}
