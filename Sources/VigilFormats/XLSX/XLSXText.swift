/// The `_xHHHH_` escapes SpreadsheetML uses for characters XML 1.0 cannot carry (ECMA-376 ST_Xstring).
enum XLSXText {
    /// Replaces `_xHHHH_` sequences by the character they stand for.
    static func unescape(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var scalars = String.UnicodeScalarView()
        let source = Array(text.unicodeScalars)
        var index = 0
        while index < source.count {
            if index + 7 <= source.count, source[index] == "_", source[index + 1] == "x", source[index + 6] == "_",
                let value = UInt32(String(String.UnicodeScalarView(source[(index + 2)..<(index + 6)])), radix: 16),
                let scalar = Unicode.Scalar(value)
            {
                scalars.append(scalar)
                index += 7
            } else {
                scalars.append(source[index])
                index += 1
            }
        }
        return String(scalars)
    }

    /// Escapes control characters other than tab and line feed as `_xHHHH_`, and a literal `_x`
    /// that would read as an escape as `_x005F_x`.
    static func escape(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { ($0.value < 0x20 && $0 != "\t" && $0 != "\n") || $0 == "_" }) else { return text }
        var output = ""
        let source = Array(text.unicodeScalars)
        for (index, scalar) in source.enumerated() {
            if scalar.value < 0x20, scalar != "\t", scalar != "\n" {
                output += "_x" + hex(scalar.value) + "_"
            } else if scalar == "_", index + 6 < source.count, source[index + 1] == "x", source[index + 6] == "_",
                source[(index + 2)..<(index + 6)].allSatisfy({ $0.properties.isASCIIHexDigit })
            {
                output += "_x005F_"
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
