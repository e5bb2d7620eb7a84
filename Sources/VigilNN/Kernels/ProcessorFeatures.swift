import Foundation

#if canImport(Darwin)
    import Darwin
#endif

/// What the processor supports beyond the build's baseline, read once from the operating system
/// (`/proc/cpuinfo` on Linux, `sysctl hw.optional.*` on macOS), so no C target is needed for `cpuid`.
/// The kernel reports a feature only when it also saves the registers it needs.
enum ProcessorFeatures {
    /// The AVX-512 subsets that code built for `skylake-avx512` may use: F, CD, BW, DQ and VL.
    static let avx512Subsets = ["avx512f", "avx512cd", "avx512bw", "avx512dq", "avx512vl"]

    /// Whether every subset in ``avx512Subsets`` is available.
    static let supportsAVX512: Bool = {
        #if os(Linux)
            guard let cpuinfo = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8) else { return false }
            return hasAll(avx512Subsets, inFlagsOf: cpuinfo)
        #elseif canImport(Darwin)
            return avx512Subsets.allSatisfy { subset in
                var value: Int32 = 0
                var size = MemoryLayout<Int32>.size
                return sysctlbyname("hw.optional.\(subset)", &value, &size, nil, 0) == 0 && value != 0
            }
        #else
            return false
        #endif
    }()

    /// Whether the first `flags` line of a `/proc/cpuinfo` text lists every one of `features`.
    static func hasAll(_ features: [String], inFlagsOf cpuinfo: String) -> Bool {
        guard let line = cpuinfo.split(separator: "\n").first(where: { $0.hasPrefix("flags") }),
            let colon = line.firstIndex(of: ":")
        else { return false }
        let flags = Set(line[line.index(after: colon)...].split(separator: " ").map(String.init))
        return features.allSatisfy(flags.contains)
    }
}
