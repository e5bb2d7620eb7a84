#if canImport(Glibc)
    import Glibc
#endif

/// Keeps freed activation buffers in the process heap for reuse.
///
/// Training and batched inference allocate and free the same multi-megabyte buffers on every step.
/// With glibc's defaults, blocks above the (dynamic) mmap threshold are mapped and unmapped each
/// time and the heap top is trimmed, so every step pays page faults for memory it just released
/// (measured: a third of a transformer training step; GEMM's packing workspace likewise). Raising the
/// mmap threshold to 64 MiB and the trim threshold to 512 MiB makes those buffers come back from the
/// heap. Applied once per process, on first use of ``Trainer``, ``Network/predict(_:parameters:threads:)``
/// or a threaded ``GEMM`` product; no effect outside glibc.
enum MemoryTuning {
    static let applied: Bool = {
        #if canImport(Glibc)
            // mallopt is declared in <malloc.h>, which the Glibc module does not export; look it up.
            typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return false }
            let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
            let trimThreshold: Int32 = -1, mmapThreshold: Int32 = -3  // M_TRIM_THRESHOLD, M_MMAP_THRESHOLD
            _ = mallopt(mmapThreshold, 64 << 20)
            _ = mallopt(trimThreshold, 512 << 20)
            return true
        #else
            return false
        #endif
    }()
}
