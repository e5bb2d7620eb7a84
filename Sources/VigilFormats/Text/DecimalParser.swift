#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Parses decimal numbers from ASCII bytes without creating strings: the hot path of CSV import.
///
/// Grammar: `[+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?` with a dot as the decimal
/// separator. `inf`, `nan`, hexadecimal and digit-group separators are not numbers here.
/// Values with at most 19 significant digits and a decimal exponent within ±22 are converted
/// exactly by one multiplication or division (Clinger's fast path); anything else goes to `strtod`,
/// so every result is the correctly rounded `Double`.
enum DecimalParser {
    /// Exact powers of ten representable as `Double`.
    private static let powersOfTen: [Double] = (0...22).map { exponent in
        (0..<exponent).reduce(1.0) { value, _ in value * 10 }
    }

    /// The number in `bytes`, or `nil` when the bytes are not exactly one number.
    static func parse(_ bytes: UnsafeRawBufferPointer) -> Double? {
        let count = bytes.count
        guard count > 0, let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return nil }
        var index = 0
        var negative = false
        if base[0] == UInt8(ascii: "-") || base[0] == UInt8(ascii: "+") {
            negative = base[0] == UInt8(ascii: "-")
            index = 1
        }
        var mantissa: UInt64 = 0
        var significantDigits = 0
        var exponent = 0
        var digitCount = 0
        var truncated = false
        while index < count, case let digit = base[index] &- 48, digit < 10 {
            if significantDigits < 19 {
                mantissa = mantissa &* 10 &+ UInt64(digit)
                if mantissa != 0 { significantDigits += 1 }
            } else {
                exponent += 1
                truncated = truncated || digit != 0
            }
            digitCount += 1
            index += 1
        }
        if index < count, base[index] == UInt8(ascii: ".") {
            index += 1
            while index < count, case let digit = base[index] &- 48, digit < 10 {
                if significantDigits < 19 {
                    mantissa = mantissa &* 10 &+ UInt64(digit)
                    if mantissa != 0 { significantDigits += 1 }
                    exponent -= 1
                } else {
                    truncated = truncated || digit != 0
                }
                digitCount += 1
                index += 1
            }
        }
        guard digitCount > 0 else { return nil }
        if index < count, base[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            var exponentNegative = false
            if index < count, base[index] == UInt8(ascii: "-") || base[index] == UInt8(ascii: "+") {
                exponentNegative = base[index] == UInt8(ascii: "-")
                index += 1
            }
            var explicit = 0
            let start = index
            while index < count, case let digit = base[index] &- 48, digit < 10 {
                if explicit < 100_000 { explicit = explicit * 10 + Int(digit) }
                index += 1
            }
            guard index > start else { return nil }
            exponent += exponentNegative ? -explicit : explicit
        }
        guard index == count else { return nil }
        if !truncated, mantissa <= 1 << 53, exponent >= -22, exponent <= 22 {
            let value = Double(mantissa)
            let scaled = exponent < 0 ? value / powersOfTen[-exponent] : value * powersOfTen[exponent]
            return negative ? -scaled : scaled
        }
        return slowPath(base, count)
    }

    /// Converts already validated text with the C library (rare: long or extreme numbers).
    private static func slowPath(_ base: UnsafePointer<UInt8>, _ count: Int) -> Double? {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: count + 1) { text in
            for index in 0..<count { text[index] = CChar(bitPattern: base[index]) }
            text[count] = 0
            let value = strtod(text.baseAddress!, nil)
            return value.isFinite ? value : nil
        }
    }
}
