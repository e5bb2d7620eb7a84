/// A1-style cell references: column letters and row numbers.
enum XLSXCellReference {
    /// The largest column index a worksheet allows (XFD).
    static let maximumColumn = 16_383

    /// `A` for 0, `Z` for 25, `AA` for 26.
    static func columnName(_ index: Int) -> String {
        var name: [Character] = []
        var rest = index + 1
        while rest > 0 {
            let digit = (rest - 1) % 26
            name.insert(Character(UnicodeScalar(UInt8(ascii: "A") + UInt8(digit))), at: 0)
            rest = (rest - 1) / 26
        }
        return String(name)
    }

    /// The column index and row number of a reference like `AB12` (`$` signs allowed); `nil`
    /// when it is not one or is beyond the sheet's limits.
    static func parse(_ reference: String) -> (column: Int, row: Int)? {
        var column = 0
        var row = 0
        var letters = 0
        var digits = 0
        for byte in reference.utf8 where byte != UInt8(ascii: "$") {
            let upper = byte & ~0x20
            if digits == 0, upper >= UInt8(ascii: "A"), upper <= UInt8(ascii: "Z") {
                column = column * 26 + Int(upper - UInt8(ascii: "A")) + 1
                letters += 1
                guard letters <= 3 else { return nil }
            } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), letters > 0 {
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
                guard digits <= 7 else { return nil }
            } else {
                return nil
            }
        }
        guard letters > 0, digits > 0, row > 0, column - 1 <= maximumColumn else { return nil }
        return (column - 1, row)
    }

    /// A reference like `B7` from a column index and row number.
    static func name(column: Int, row: Int) -> String {
        "\(columnName(column))\(row)"
    }
}
