/// The byte that separates the fields of a CSV record: `,`, `;`, tab or another ASCII character.
///
/// ```swift
/// CSVSeparator(";") == .semicolon   // true
/// ```
public struct CSVSeparator: Hashable, Sendable, CustomStringConvertible {
    /// The separator byte.
    public let byte: UInt8

    /// `,` (NAB, most tools).
    public static let comma = CSVSeparator(validByte: UInt8(ascii: ","))
    /// `;` (MLAD, SKAB, spreadsheets in locales with a decimal comma).
    public static let semicolon = CSVSeparator(validByte: UInt8(ascii: ";"))
    /// Horizontal tab (TSV).
    public static let tab = CSVSeparator(validByte: UInt8(ascii: "\t"))

    /// The separators tried by auto-detection, in order of preference when counts tie.
    static let detectable: [CSVSeparator] = [.tab, .semicolon, .comma]

    private init(validByte: UInt8) { self.byte = validByte }

    /// A separator from one ASCII character; `nil` for quotes, line breaks, letters, digits, `.`,
    /// `-`, `+`, space and non-ASCII characters, which would make numbers and timestamps ambiguous.
    public init?(_ character: Character) {
        guard let ascii = character.asciiValue, ascii >= 0x09,
            !character.isLetter, !character.isNumber,
            !"\"\r\n .-+:".contains(character)
        else { return nil }
        self.byte = ascii
    }

    public var description: String {
        byte == UInt8(ascii: "\t") ? "tab" : String(UnicodeScalar(byte))
    }

    /// The separator that occurs most often outside quotes in one line (ties go to tab, then `;`,
    /// then `,`, because a `,` next to a `;` is more likely a decimal comma); `nil` when none occurs.
    static func detect(inLine line: UnsafeRawBufferPointer) -> CSVSeparator? {
        var counts = [0, 0, 0]
        var quoted = false
        for byte in line {
            if byte == UInt8(ascii: "\"") {
                quoted.toggle()
            } else if !quoted, let index = detectable.firstIndex(where: { $0.byte == byte }) {
                counts[index] += 1
            }
        }
        guard let best = counts.max(), best > 0, let index = counts.firstIndex(of: best) else { return nil }
        return detectable[index]
    }
}
