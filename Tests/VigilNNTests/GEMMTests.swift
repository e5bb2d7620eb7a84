import Testing

@testable import VigilNN

/// GEMM against an i-k-j reference in Double, over odd shapes, every transpose combination,
/// alpha/beta, both the single- and the two-thread paths, and every instruction set the processor
/// has (``KernelAgreementTests`` checks that they agree bit for bit).
struct GEMMTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let m: Int, n: Int, k: Int
        var testDescription: String { "\(m)×\(n)×\(k)" }
    }

    static let shapes: [Case] = [
        Case(m: 1, n: 1, k: 1), Case(m: 1, n: 17, k: 3), Case(m: 5, n: 1, k: 7), Case(m: 6, n: 16, k: 1), Case(m: 7, n: 17, k: 9),
        Case(m: 13, n: 33, k: 260), Case(m: 64, n: 64, k: 64), Case(m: 150, n: 40, k: 300), Case(m: 33, n: 2100, k: 5), Case(m: 1, n: 70, k: 300),
        Case(m: 48, n: 40, k: 20), Case(m: 49, n: 40, k: 20),
    ]

    /// op(A)·op(B)·alpha + beta·C, computed in Double.
    static func reference(
        transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int, alpha: Float, a: [Float], b: [Float], beta: Float, c: [Float]
    ) -> [Double] {
        var result = [Double](repeating: 0, count: m * n)
        for i in 0..<m {
            for p in 0..<k {
                let av = Double(transposeA ? a[p * m + i] : a[i * k + p])
                for j in 0..<n { result[i * n + j] += av * Double(transposeB ? b[j * k + p] : b[p * n + j]) }
            }
        }
        for index in result.indices {
            result[index] = Double(alpha) * result[index] + (beta == 0 ? 0 : Double(beta) * Double(c[index]))
        }
        return result
    }

    static func run(
        isa: InstructionSet = .preferred, transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int, alpha: Float, a: [Float], b: [Float],
        beta: Float, c: [Float], threads: Int
    ) -> [Float] {
        var out = c
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                out.withUnsafeMutableBufferPointer { pc in
                    GEMM.multiply(
                        isa: isa, transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k, alpha: alpha, a: pa.baseAddress!,
                        lda: transposeA ? m : k,
                        b: pb.baseAddress!, ldb: transposeB ? k : n, beta: beta, c: pc.baseAddress!, ldc: n, threads: threads)
                }
            }
        }
        return out
    }

    static func random(_ count: Int, _ generator: inout SeededRandom) -> [Float] {
        (0..<count).map { _ in Float(generator.nextUniform() * 2 - 1) }
    }

    @Test(arguments: shapes)
    func matchesReferenceForEveryTransposeAndScale(_ shape: Case) {
        var generator = SeededRandom(seed: UInt64(shape.m * 1000 + shape.n * 10 + shape.k))
        let a = Self.random(shape.m * shape.k, &generator)
        let b = Self.random(shape.k * shape.n, &generator)
        let c = Self.random(shape.m * shape.n, &generator)
        for isa in InstructionSet.available {
            for transposeA in [false, true] {
                for transposeB in [false, true] {
                    for (alpha, beta) in [(Float(1), Float(0)), (1, 1), (0.5, -2), (-1.5, 0)] {
                        let expected = Self.reference(
                            transposeA: transposeA, transposeB: transposeB, m: shape.m, n: shape.n, k: shape.k, alpha: alpha, a: a, b: b, beta: beta,
                            c: c)
                        let actual = Self.run(
                            isa: isa, transposeA: transposeA, transposeB: transposeB, m: shape.m, n: shape.n, k: shape.k, alpha: alpha, a: a, b: b,
                            beta: beta, c: c, threads: 1)
                        let worst = zip(actual, expected).map { abs(Double($0) - $1) / max(1, abs($1)) }.max() ?? 0
                        #expect(worst < 1e-5, "\(isa) transA \(transposeA) transB \(transposeB) alpha \(alpha) beta \(beta): error \(worst)")
                    }
                }
            }
        }
    }

    @Test(arguments: InstructionSet.available)
    func betaZeroIgnoresGarbageInC(isa: InstructionSet) {
        let a: [Float] = [1, 2, 3, 4]
        let b: [Float] = [1, 0, 0, 1]
        let c = [Float](repeating: .nan, count: 4)
        let out = Self.run(isa: isa, transposeA: false, transposeB: false, m: 2, n: 2, k: 2, alpha: 1, a: a, b: b, beta: 0, c: c, threads: 1)
        #expect(out == [1, 2, 3, 4])
    }

    @Test func zeroDepthScalesC() {
        let out = Self.run(transposeA: false, transposeB: false, m: 2, n: 2, k: 0, alpha: 1, a: [], b: [], beta: 0.5, c: [2, 4, 6, 8], threads: 1)
        #expect(out == [1, 2, 3, 4])
    }

    @Test(arguments: [Case(m: 200, n: 150, k: 90), Case(m: 20, n: 700, k: 80), Case(m: 301, n: 257, k: 129)], InstructionSet.available)
    func twoThreadsGiveBitIdenticalResults(_ shape: Case, isa: InstructionSet) {
        #expect(shape.m * shape.n * shape.k >= GEMM.parallelThreshold)
        var generator = SeededRandom(seed: 99)
        let a = Self.random(shape.m * shape.k, &generator)
        let b = Self.random(shape.k * shape.n, &generator)
        let c = Self.random(shape.m * shape.n, &generator)
        for transposeA in [false, true] {
            for transposeB in [false, true] {
                let one = Self.run(
                    isa: isa, transposeA: transposeA, transposeB: transposeB, m: shape.m, n: shape.n, k: shape.k, alpha: 0.75, a: a, b: b, beta: 1,
                    c: c, threads: 1)
                let two = Self.run(
                    isa: isa, transposeA: transposeA, transposeB: transposeB, m: shape.m, n: shape.n, k: shape.k, alpha: 0.75, a: a, b: b, beta: 1,
                    c: c, threads: 2)
                let expected = Self.reference(
                    transposeA: transposeA, transposeB: transposeB, m: shape.m, n: shape.n, k: shape.k, alpha: 0.75, a: a, b: b, beta: 1, c: c)
                #expect(one.map(\.bitPattern) == two.map(\.bitPattern))
                let worst = zip(two, expected).map { abs(Double($0) - $1) / max(1, abs($1)) }.max() ?? 0
                #expect(worst < 1e-5)
            }
        }
    }

    @Test(arguments: InstructionSet.available)
    func aRowComesOutTheSameAloneAsInsideALargerProduct(isa: InstructionSet) {
        var generator = SeededRandom(seed: 5)
        let (m, n, k) = (60, 45, 600)
        let a = Self.random(m * k, &generator)
        let b = Self.random(k * n, &generator)
        let zeros = [Float](repeating: 0, count: m * n)
        let whole = Self.run(isa: isa, transposeA: false, transposeB: false, m: m, n: n, k: k, alpha: 1, a: a, b: b, beta: 0, c: zeros, threads: 1)
        for row in [0, 7, 59] {
            let single = Self.run(
                isa: isa, transposeA: false, transposeB: false, m: 1, n: n, k: k, alpha: 1, a: Array(a[(row * k)..<((row + 1) * k)]), b: b,
                beta: 0, c: [Float](repeating: 0, count: n), threads: 1)
            #expect(single.map(\.bitPattern) == whole[(row * n)..<((row + 1) * n)].map(\.bitPattern))
        }
        let few = Self.run(
            isa: isa, transposeA: false, transposeB: false, m: 20, n: n, k: k, alpha: 1, a: Array(a[0..<(20 * k)]), b: b, beta: 0,
            c: Array(zeros[0..<(20 * n)]), threads: 1)
        #expect(few.map(\.bitPattern) == whole[0..<(20 * n)].map(\.bitPattern))
    }

    @Test(arguments: [false, true], InstructionSet.available)
    func prepackedOperandGivesTheSameBits(transposeB: Bool, isa: InstructionSet) {
        var generator = SeededRandom(seed: 8)
        let (m, n, k) = (20, 37, 300)
        let a = Self.random(m * k, &generator)
        let b = Self.random(k * n, &generator)
        let c = Self.random(m * n, &generator)
        let expected = Self.run(
            isa: isa, transposeA: false, transposeB: transposeB, m: m, n: n, k: k, alpha: 1, a: a, b: b, beta: 1, c: c, threads: 1)
        var actual = c
        b.withUnsafeBufferPointer { pb in
            let packed = PackedOperand(transposed: transposeB, depth: k, columns: n, b: pb.baseAddress!, ldb: transposeB ? k : n)
            a.withUnsafeBufferPointer { pa in
                actual.withUnsafeMutableBufferPointer { pc in
                    GEMM.multiply(isa: isa, m: m, a: pa.baseAddress!, lda: k, packedB: packed, beta: 1, c: pc.baseAddress!, ldc: n)
                }
            }
        }
        #expect(actual.map(\.bitPattern) == expected.map(\.bitPattern))
    }

    @Test func splitsCoverTheRangeWithAlignedBounds() {
        let ranges = Parallel.split(count: 100, parts: 3, alignment: 6)
        #expect(ranges.first?.lowerBound == 0 && ranges.last?.upperBound == 100)
        #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound && $1.lowerBound % 6 == 0 })
        #expect(Parallel.split(count: 5, parts: 4, alignment: 6) == [0..<5])
    }
}
