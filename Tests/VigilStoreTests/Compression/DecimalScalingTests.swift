import Testing
import VigilCore

@testable import VigilStore

@Suite("Decimal scaling")
struct DecimalScalingTests {
    private func exponent(_ values: [Double]) -> Int? {
        var mantissas = [Int64](repeating: 0, count: values.count)
        return values.withUnsafeBufferPointer { buffer in
            mantissas.withUnsafeMutableBufferPointer { DecimalScaling.scale(buffer, into: $0.baseAddress!) }
        }
    }

    @Test("the smallest exponent that makes every value exact is chosen")
    func smallestExponent() {
        #expect(exponent([26.8508, 26.86, 27]) == 4)
        #expect(exponent([0.1, 0.2, 0.3]) == 1)
        #expect(exponent([1, 2, -3]) == 0)
        #expect(exponent([0.0265878]) == 7)
        #expect(exponent([1e-20]) == 20)
        #expect(exponent([123_456.789_012]) == 6)
    }

    @Test("values no power of ten represents exactly fall back")
    func fallback() {
        #expect(exponent([1.0 / 3.0]) == 16, "0.3333333333333333 has 16 digits and fits 2^53")
        #expect(exponent([0.1 + 0.2]) == nil, "0.30000000000000004 needs 17 digits, beyond 2^53")
        #expect(exponent([-0.0]) == nil)
        #expect(exponent([.nan]) == nil)
        #expect(exponent([.infinity]) == nil)
        #expect(exponent([1e300]) == nil)
        #expect(exponent([1, 2, 1.0 / 3.0]) == nil)
    }

    @Test("mantissas decode to the same bits")
    func bitExact() {
        var random = SeededGenerator(seed: 11)
        for _ in 0..<10_000 {
            let digits = Int.random(in: 0...9, using: &random)
            let integer = Int64.random(in: -9_999_999...9_999_999, using: &random)
            let value = Double(integer) / DecimalScaling.powersOfTen[digits]
            let mantissa = DecimalScaling.mantissa(of: value, exponent: digits)
            #expect(mantissa == integer)
            #expect(DecimalScaling.value(mantissa: integer, exponent: digits).bitPattern == value.bitPattern)
        }
    }
}
