/// Splits CSV records out of a byte buffer, one record per call, without copying.
///
/// RFC 4180 with the leniencies real files need: `\n` or `\r\n` line ends, quoted fields with
/// separators, doubled quotes and line breaks inside, spaces before an opening or after a closing
/// quote. A record that is not terminated by a line break is complete only at the end of input.
struct CSVRecordScanner {
    /// The outcome of one scan.
    enum Outcome: Equatable {
        /// A record was found; the next record starts at `next`. `lines` counts the physical lines
        /// it spans (more than one when a quoted field holds line breaks).
        case record(next: Int, lines: Int)
        /// The buffer ends inside the record: more input is needed.
        case incomplete
        /// Input ended inside a quoted field that spans `lines` lines.
        case unterminatedQuote(lines: Int)
    }

    /// The separator byte.
    let separator: UInt8
    /// The fields of the last record scanned.
    private(set) var fields: [CSVField] = []

    init(separator: CSVSeparator) {
        self.separator = separator.byte
        fields.reserveCapacity(64)
    }

    private static let quote = UInt8(ascii: "\"")
    private static let newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let space = UInt8(ascii: " ")

    /// Scans the record that starts at `start`.
    /// - Parameters:
    ///   - base: the buffer.
    ///   - start: offset of the record's first byte.
    ///   - limit: offset one past the last valid byte.
    ///   - isFinal: whether no more input follows `limit`.
    mutating func scan(_ base: UnsafePointer<UInt8>, from start: Int, to limit: Int, isFinal: Bool) -> Outcome {
        fields.removeAll(keepingCapacity: true)
        let separator = self.separator
        var index = start
        var lines = 1
        while true {
            var opening = index
            while opening < limit, base[opening] == Self.space { opening += 1 }
            if opening < limit, base[opening] == Self.quote {
                var cursor = opening + 1
                var escaped = false
                while true {
                    guard cursor < limit else { return isFinal ? .unterminatedQuote(lines: lines) : .incomplete }
                    let byte = base[cursor]
                    if byte == Self.quote {
                        guard cursor + 1 < limit || isFinal else { return .incomplete }
                        if cursor + 1 < limit, base[cursor + 1] == Self.quote {
                            escaped = true
                            cursor += 2
                            continue
                        }
                        break
                    }
                    if byte == Self.newline { lines += 1 }
                    cursor += 1
                }
                var field = CSVField(
                    start: opening + 1, end: cursor, isQuoted: true, hasEscapedQuotes: escaped, hasTextAfterQuote: false)
                cursor += 1
                while cursor < limit, base[cursor] == Self.space { cursor += 1 }
                var stop = cursor
                while stop < limit, base[stop] != separator, base[stop] != Self.newline { stop += 1 }
                if stop == limit, !isFinal { return .incomplete }
                let trailing = stop > cursor && base[stop - 1] == Self.carriageReturn ? stop - 1 : stop
                field.hasTextAfterQuote = trailing > cursor
                fields.append(field)
                if stop == limit { return .record(next: limit, lines: lines) }
                if base[stop] == Self.newline { return .record(next: stop + 1, lines: lines) }
                index = stop + 1
            } else {
                var stop = index
                while stop < limit {
                    let byte = base[stop]
                    if byte == separator || byte == Self.newline { break }
                    stop += 1
                }
                if stop == limit, !isFinal { return .incomplete }
                let atRecordEnd = stop == limit || base[stop] == Self.newline
                let end = atRecordEnd && stop > index && base[stop - 1] == Self.carriageReturn ? stop - 1 : stop
                fields.append(CSVField(start: index, end: end, isQuoted: false, hasEscapedQuotes: false, hasTextAfterQuote: false))
                if stop == limit { return .record(next: limit, lines: lines) }
                if base[stop] == Self.newline { return .record(next: stop + 1, lines: lines) }
                index = stop + 1
            }
        }
    }

    /// The bytes of a field without surrounding spaces and tabs (quoted fields are kept as quoted).
    static func trimmed(_ field: CSVField, in base: UnsafePointer<UInt8>) -> UnsafeRawBufferPointer {
        var start = field.start
        var end = field.end
        if !field.isQuoted {
            while start < end, base[start] == space || base[start] == UInt8(ascii: "\t") { start += 1 }
            while end > start, base[end - 1] == space || base[end - 1] == UInt8(ascii: "\t") { end -= 1 }
        }
        return UnsafeRawBufferPointer(start: base + start, count: end - start)
    }

    /// The text of a field: trimmed, with doubled quotes collapsed, decoded as UTF-8 (invalid
    /// sequences become U+FFFD).
    static func text(_ field: CSVField, in base: UnsafePointer<UInt8>) -> String {
        let bytes = trimmed(field, in: base)
        guard field.hasEscapedQuotes else { return String(decoding: bytes, as: UTF8.self) }
        var unescaped: [UInt8] = []
        unescaped.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            unescaped.append(bytes[index])
            index += bytes[index] == quote ? 2 : 1
        }
        return String(decoding: unescaped, as: UTF8.self)
    }

    /// Whether a record is blank: one unquoted field of spaces and tabs only.
    static func isBlank(_ fields: [CSVField], in base: UnsafePointer<UInt8>) -> Bool {
        fields.count == 1 && !fields[0].isQuoted && trimmed(fields[0], in: base).isEmpty
    }
}
