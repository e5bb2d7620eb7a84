import Testing
import VigilCore

@testable import VigilFormats

@Suite("Decimal parser")
struct DecimalParserTests {
    private func parse(_ text: String) -> Double? {
        var text = text
        return text.withUTF8 { DecimalParser.parse(UnsafeRawBufferPointer($0)) }
    }

    @Test func acceptsTheDecimalGrammar() {
        let cases: [(String, Double)] = [
            ("0", 0), ("-0", -0.0), ("+7", 7), ("42", 42), ("1.5", 1.5), (".5", 0.5), ("5.", 5), ("-3e-2", -0.03), ("1E+3", 1000),
            ("0.1", 0.1), ("00012.50", 12.5), ("123456789012345678", 123_456_789_012_345_680),
        ]
        for (text, expected) in cases {
            #expect(parse(text) == expected, "\(text)")
            #expect(parse(text)?.sign == expected.sign, "\(text)")
        }
    }

    @Test func rejectsEverythingElse() {
        for text in ["", "-", ".", "e5", "1e", "1e+", "1,5", "1.2.3", " 1", "1 ", "inf", "nan", "0x10", "1_000", "--1", "1e400"] {
            #expect(parse(text) == nil, "\(text)")
        }
    }

    @Test func roundsLikeTheStandardLibrary() {
        var generator = SeededGenerator(seed: 42)
        for _ in 0..<20_000 {
            let digits = Int(generator.next() % 25) + 1
            var text = generator.next() % 2 == 0 ? "-" : ""
            for index in 0..<digits {
                if index == Int(generator.next() % UInt64(digits)) { text += "." }
                text += String(generator.next() % 10)
            }
            if generator.next() % 3 == 0 { text += "e\(Int(generator.next() % 80) - 40)" }
            guard let expected = Double(text) else { continue }
            #expect(parse(text) == expected, "\(text)")
        }
        for text in ["9007199254740993", "2.2250738585072011e-308", "1.7976931348623157e308", "4.9e-324", "0.30000000000000004"] {
            #expect(parse(text) == Double(text), "\(text)")
        }
    }
}
