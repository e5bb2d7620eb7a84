import Foundation

/// The vector instruction set the hot kernels (GEMM's micro-kernel, the Adam update) run with,
/// chosen once per process.
///
/// Both compute every element with the same operations in the same order, so they give
/// bit-identical results: only the speed differs.
///
/// `VIGIL_NN_ISA=avx2` in the environment forces ``simd8`` on an AVX-512 machine (to compare or test
/// the portable path); without it, or with `avx512`, the widest set the processor supports runs.
enum InstructionSet: Sendable, CaseIterable, CustomStringConvertible {
    /// `SIMD8<Float>` code built with the package's flags: AVX2 + FMA on x86_64 (`haswell`), NEON on
    /// arm64. Always available.
    case simd8
    #if arch(x86_64)
        /// `SIMD16<Float>` code in zmm registers (`AVX512Kernels` in the `VigilNNKernelsAVX512` target,
        /// built for `skylake-avx512`): twice the width of ``simd8``.
        case avx512
    #endif

    /// The set every kernel uses unless told otherwise.
    static let preferred: InstructionSet = {
        let requested = ProcessInfo.processInfo.environment["VIGIL_NN_ISA"]?.lowercased()
        if requested == "avx2" || requested == "simd8" { return .simd8 }
        return available.last!
    }()

    /// The sets this processor can run, narrowest first.
    static let available: [InstructionSet] = {
        #if arch(x86_64)
            return ProcessorFeatures.supportsAVX512 ? [.simd8, .avx512] : [.simd8]
        #else
            return [.simd8]
        #endif
    }()

    /// The name used by `VIGIL_NN_ISA` and in test output.
    var description: String {
        switch self {
        case .simd8: "simd8"
        #if arch(x86_64)
            case .avx512: "avx512"
        #endif
        }
    }
}
