import VigilCore

/// Reads NAB's `timestamp,value` CSV files (and the same columns of results files), keeping each
/// timestamp's text as written.
enum NABDataFileParser {
    /// The columns of a parsed file.
    struct Columns {
        var timestampTexts: [String] = []
        var timestamps: [Int64] = []
        var values: [Double] = []
    }

    /// Parses the bytes of a CSV file whose header names a `timestamp` column and a `valueColumn`
    /// column (other columns are ignored).
    /// - Parameters:
    ///   - bytes: the whole file.
    ///   - path: the file's path, for errors.
    ///   - valueColumn: the header of the numeric column to read (`value` in data files,
    ///     `anomaly_score` in results files).
    /// - Throws: ``NABCorpusError`` naming the line of the first bad row.
    static func parse(_ bytes: [UInt8], path: String, valueColumn: String = "value") throws(NABCorpusError) -> Columns {
        var columns = Columns()
        let failure: NABCorpusError? = bytes.withUnsafeBytes { buffer in
            var lines = LineCursor(buffer)
            lines.skipByteOrderMark()
            guard let header = lines.next() else { return NABCorpusError(path: path, line: 1, reason: .missingColumn("timestamp")) }
            let names = fields(of: header.bytes).map { String(decoding: $0, as: UTF8.self).lowercased() }
            guard let timeIndex = names.firstIndex(of: "timestamp") else {
                return NABCorpusError(path: path, line: 1, reason: .missingColumn("timestamp"))
            }
            guard let valueIndex = names.firstIndex(of: valueColumn.lowercased()) else {
                return NABCorpusError(path: path, line: 1, reason: .missingColumn(valueColumn))
            }
            columns.timestampTexts.reserveCapacity(buffer.count / 24)
            columns.timestamps.reserveCapacity(buffer.count / 24)
            columns.values.reserveCapacity(buffer.count / 24)
            while let line = lines.next() {
                if line.bytes.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) { continue }
                let row = fields(of: line.bytes)
                guard row.count > timeIndex else { return NABCorpusError(path: path, line: line.number, reason: .missingField("timestamp")) }
                guard row.count > valueIndex else { return NABCorpusError(path: path, line: line.number, reason: .missingField(valueColumn)) }
                let text = String(decoding: row[timeIndex], as: UTF8.self)
                guard let time = Timestamp.parse(row[timeIndex]) else {
                    return NABCorpusError(path: path, line: line.number, reason: .badTimestamp(text))
                }
                let valueText = String(decoding: row[valueIndex], as: UTF8.self)
                guard let value = Double(valueText), value.isFinite else {
                    return NABCorpusError(path: path, line: line.number, reason: .badValue(valueText))
                }
                columns.timestampTexts.append(text)
                columns.timestamps.append(time.milliseconds)
                columns.values.append(value)
            }
            return nil
        }
        if let failure { throw failure }
        guard !columns.values.isEmpty else { throw NABCorpusError(path: path, reason: .empty) }
        return columns
    }

    /// The comma-separated fields of a line, trimmed of spaces and tabs (NAB files have no quoting).
    private static func fields(of line: UnsafeRawBufferPointer) -> [UnsafeRawBufferPointer] {
        var result: [UnsafeRawBufferPointer] = []
        var start = 0
        for index in 0...line.count where index == line.count || line[index] == UInt8(ascii: ",") {
            var lower = start
            var upper = index
            while lower < upper, line[lower] == UInt8(ascii: " ") || line[lower] == UInt8(ascii: "\t") { lower += 1 }
            while upper > lower, line[upper - 1] == UInt8(ascii: " ") || line[upper - 1] == UInt8(ascii: "\t") { upper -= 1 }
            result.append(UnsafeRawBufferPointer(rebasing: line[lower..<upper]))
            start = index + 1
        }
        return result
    }
}

/// Splits a buffer into lines ending in `\n` or `\r\n`, numbering them from 1.
private struct LineCursor {
    let buffer: UnsafeRawBufferPointer
    var position = 0
    var number = 0

    init(_ buffer: UnsafeRawBufferPointer) { self.buffer = buffer }

    mutating func skipByteOrderMark() {
        if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { position = 3 }
    }

    mutating func next() -> (bytes: UnsafeRawBufferPointer, number: Int)? {
        guard position < buffer.count else { return nil }
        var end = position
        while end < buffer.count, buffer[end] != UInt8(ascii: "\n") { end += 1 }
        let stop = end > position && buffer[end - 1] == UInt8(ascii: "\r") ? end - 1 : end
        let line = UnsafeRawBufferPointer(rebasing: buffer[position..<stop])
        position = end + 1
        number += 1
        return (line, number)
    }
}
