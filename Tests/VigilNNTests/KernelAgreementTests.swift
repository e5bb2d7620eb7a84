import Foundation
import Testing

@testable import VigilNN

/// The instruction sets give bit-identical results: GEMM on many shapes (tile edges of both
/// kernels, in-place and packed operands, depth blocks, both thread paths) and Adam on a buffer
/// with a ragged tail. On a processor without AVX-512 only the portable set runs, and the tests
/// check that it is the one chosen.
struct KernelAgreementTests {
    static let shapes: [GEMMTests.Case] = [
        .init(m: 2, n: 3, k: 4), .init(m: 6, n: 16, k: 8), .init(m: 16, n: 16, k: 16), .init(m: 17, n: 15, k: 33), .init(m: 31, n: 47, k: 129),
        .init(m: 32, n: 256, k: 512), .init(m: 48, n: 100, k: 260), .init(m: 64, n: 64, k: 16), .init(m: 100, n: 8, k: 300),
        .init(m: 150, n: 33, k: 64), .init(m: 512, n: 40, k: 32), .init(m: 2048, n: 32, k: 64),
    ]

    @Test(arguments: shapes)
    func gemmKernelsAgreeBitForBit(_ shape: GEMMTests.Case) {
        var generator = SeededRandom(seed: UInt64(shape.m * 7919 + shape.n * 31 + shape.k))
        let a = GEMMTests.random(shape.m * shape.k, &generator)
        let b = GEMMTests.random(shape.k * shape.n, &generator)
        let c = GEMMTests.random(shape.m * shape.n, &generator)
        for transposeA in [false, true] {
            for transposeB in [false, true] {
                for (alpha, beta) in [(Float(1), Float(0)), (1, 1), (-0.5, 0.25)] {
                    for threads in [1, 2] {
                        let results = InstructionSet.available.map { isa in
                            GEMMTests.run(
                                isa: isa, transposeA: transposeA, transposeB: transposeB, m: shape.m, n: shape.n, k: shape.k, alpha: alpha, a: a,
                                b: b,
                                beta: beta, c: c, threads: threads
                            ).map(\.bitPattern)
                        }
                        #expect(
                            results.allSatisfy { $0 == results[0] },
                            "transA \(transposeA) transB \(transposeB) alpha \(alpha) beta \(beta) threads \(threads)")
                    }
                }
            }
        }
    }

    @Test func adamUpdatesAgreeBitForBit() {
        var layout = ParameterLayout()
        _ = layout.register("w", shape: [1_003], initializer: .glorotUniform(fanIn: 10, fanOut: 10))
        var generator = SeededRandom(seed: 3)
        let initial = ParameterStore(initializing: layout, seed: 11)
        let gradients = (0..<3).map { _ in ParameterStore(layout: layout, scalars: GEMMTests.random(1_003, &generator)) }
        for (coupled, decoupled) in [(Float(0), Float(0)), (0.01, 0), (0, 0.02)] {
            let results = InstructionSet.available.map { isa in
                var parameters = initial
                var state = AdamState(layout: layout)
                for gradient in gradients {
                    state.apply(
                        to: &parameters, gradients: gradient, learningRate: 1e-2, beta1: 0.9, beta2: 0.999, epsilon: 1e-8, coupledDecay: coupled,
                        decoupledDecay: decoupled, isa: isa)
                }
                return parameters.scalars.map(\.bitPattern) + state.firstMoment.scalars.map(\.bitPattern)
                    + state.secondMoment.scalars.map(\.bitPattern)
            }
            #expect(results.allSatisfy { $0 == results[0] }, "coupled \(coupled) decoupled \(decoupled)")
        }
    }

    @Test func theWidestAvailableSetIsPreferredUnlessOverridden() {
        #expect(InstructionSet.available.first == .simd8)
        let override = ProcessInfo.processInfo.environment["VIGIL_NN_ISA"]?.lowercased()
        let forced = override == "avx2" || override == "simd8"
        #expect(InstructionSet.preferred == (forced ? .simd8 : InstructionSet.available.last!))
    }

    @Test func cpuinfoFlagsAreParsed() {
        let cpuinfo = """
            processor\t: 0
            model name\t: AMD EPYC
            flags\t\t: fpu sse avx2 fma avx512f avx512dq avx512cd avx512bw avx512vl
            processor\t: 1
            flags\t\t: fpu
            """
        #expect(ProcessorFeatures.hasAll(ProcessorFeatures.avx512Subsets, inFlagsOf: cpuinfo))
        #expect(!ProcessorFeatures.hasAll(["avx512f", "avx512vnni"], inFlagsOf: cpuinfo))
        #expect(!ProcessorFeatures.hasAll(["avx512f"], inFlagsOf: "flags\t\t: fpu sse avx2"))
        #expect(!ProcessorFeatures.hasAll(["fpu"], inFlagsOf: "no flags here"))
    }
}
