/// Exact decimal scaling of Doubles: finds the smallest power of ten `10^e` such that every value
/// of a block is `m / 10^e` for an integer `m`, *to the bit*.
///
/// A value read from decimal text (`"26.8508"`) is the Double nearest to `268508 / 10^4`. Because
/// `Double(m)` and `10^e` are exact for `|m| ≤ 2^53` and `e ≤ 22`, the IEEE division
/// `Double(m) / 10^e` is correctly rounded to that same Double. Each candidate is verified by
/// comparing bit patterns, so the coding is lossless whatever the input; `-0.0`, NaN and infinities
/// never verify and send their block to the XOR coder.
enum DecimalScaling {
    /// The largest exponent tried: `10^22` is the largest exactly representable power of ten.
    static let maximumExponent = 22

    /// Largest magnitude of a scaled integer: every integer up to 2^53 is an exact Double.
    private static let maximumMantissa = 9_007_199_254_740_992.0

    /// `10^0 … 10^22`, all exact.
    static let powersOfTen: [Double] = {
        var powers: [Double] = [1]
        for _ in 1...maximumExponent { powers.append(powers[powers.count - 1] * 10) }
        return powers
    }()

    /// The integer `m` with `Double(m) / 10^exponent` bit-identical to `value`, if there is one.
    @inline(__always)
    static func mantissa(of value: Double, exponent: Int) -> Int64? {
        let scale = powersOfTen[exponent]
        let product = (value * scale).rounded()
        guard abs(product) <= maximumMantissa else { return nil }
        let candidate = Int64(product)
        guard (Double(candidate) / scale).bitPattern == value.bitPattern else { return nil }
        return candidate
    }

    /// The value an integer and exponent stand for.
    @inline(__always)
    static func value(mantissa: Int64, exponent: Int) -> Double {
        Double(mantissa) / powersOfTen[exponent]
    }

    /// Scales a block: the smallest exponent that represents every value exactly, with the
    /// integers written to `mantissas`; `nil` when no exponent up to 22 does.
    static func scale(_ values: UnsafeBufferPointer<Double>, into mantissas: UnsafeMutablePointer<Int64>) -> Int? {
        var exponent = 0
        for value in values where mantissa(of: value, exponent: exponent) == nil {
            guard let next = (exponent + 1...maximumExponent).first(where: { mantissa(of: value, exponent: $0) != nil }) else {
                return nil
            }
            exponent = next
        }
        for (index, value) in values.enumerated() {
            guard let scaled = mantissa(of: value, exponent: exponent) else { return nil }
            mantissas[index] = scaled
        }
        return exponent
    }
}
