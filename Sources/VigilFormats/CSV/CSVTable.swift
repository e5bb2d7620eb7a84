/// A whole (small) CSV file as rows of text fields with their line numbers, for files read at
/// once such as the asset tree. The separator is detected from the first non-blank line.
struct CSVTable {
    /// One non-blank record.
    struct Row {
        /// The line the record starts on, counting from 1.
        var line: Int
        /// The fields, trimmed, with quotes resolved.
        var fields: [String]
    }

    /// The non-blank records in file order.
    var rows: [Row]
    /// The separator used.
    var separator: CSVSeparator

    /// Why a CSV file could not be split into records.
    struct Failure: Error {
        var line: Int
        var message: String
    }

    /// Splits `bytes` into records.
    /// - Throws: ``Failure`` for a quote that is never closed.
    init(bytes: [UInt8]) throws(Failure) {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        let firstLine = body.split(separator: UInt8(ascii: "\n")).first { line in
            line.contains { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") && $0 != UInt8(ascii: "\r") }
        }
        separator = firstLine.flatMap { line in line.withUnsafeBytes { CSVSeparator.detect(inLine: $0) } } ?? .comma
        var rows: [Row] = []
        var scanner = CSVRecordScanner(separator: separator)
        let failure: Failure? = body.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return nil }
            var position = 0
            var line = 1
            while position < buffer.count {
                switch scanner.scan(base, from: position, to: buffer.count, isFinal: true) {
                case .incomplete, .unterminatedQuote:
                    return Failure(line: line, message: "a quoted field is not closed before the end of the file")
                case .record(let next, let lines):
                    if !CSVRecordScanner.isBlank(scanner.fields, in: base) {
                        rows.append(Row(line: line, fields: scanner.fields.map { CSVRecordScanner.text($0, in: base) }))
                    }
                    line += lines
                    position = next
                }
            }
            return nil
        }
        if let failure { throw failure }
        self.rows = rows
    }
}
