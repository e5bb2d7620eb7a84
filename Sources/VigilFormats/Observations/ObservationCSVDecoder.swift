public import VigilCore

/// Decodes observations from CSV bytes pushed in chunks of any size: the state machine behind
/// ``ObservationCSVReader`` and the HTTP CSV connector.
///
/// Bytes are buffered only until their record is complete; decoding is byte-level (no string per
/// field) and emits observations in file order. Layout, separator, header and timestamp format are
/// detected from the first two non-blank records unless ``ObservationCSVOptions`` fixes them.
///
/// ```swift
/// var decoder = ObservationCSVDecoder(source: "upload.csv")
/// var observations: [Observation] = []
/// decoder.append(Array("timestamp;tag_name;value\n2024-01-01T00:00:00;FT-101;4.5\n".utf8))
/// decoder.finish()
/// _ = try decoder.decode(into: &observations, limit: .max)   // .endOfInput, one observation
/// ```
public struct ObservationCSVDecoder: Sendable {
    /// Why ``decode(into:limit:)`` returned.
    public enum Status: Hashable, Sendable {
        /// `observations` reached the limit; call again to continue.
        case limitReached
        /// Every complete record was decoded; append more bytes (or call ``finish()``).
        case needsInput
        /// ``finish()`` was called and every byte has been decoded.
        case endOfInput
    }

    /// The longest record accepted (16 MiB); a longer one usually means a quote is never closed.
    public static let maximumRecordLength = 16 << 20

    /// The options in force.
    public let options: ObservationCSVOptions
    /// The name used in errors, usually the file name.
    public let source: String
    /// Counts and detected settings so far.
    public internal(set) var summary = ObservationCSVSummary()
    /// Bytes consumed by decoding so far (whole records only).
    public internal(set) var bytesDecoded: Int64 = 0

    private var buffer: [UInt8] = []
    var start = 0
    var inputEnded = false
    var plan: Plan?
    var scanner = CSVRecordScanner(separator: .comma)
    var headerPending = false
    /// The line where the record waiting for more input starts.
    var incompleteLine = 1
    private var timestampFormat: CSVTimestampFormat?
    private var interner = TagInterner()

    /// Creates a decoder.
    /// - Parameters:
    ///   - source: the name errors mention, usually the file name.
    ///   - options: layout, separator and the other settings; the defaults detect everything.
    public init(source: String, options: ObservationCSVOptions = ObservationCSVOptions()) {
        self.source = source
        self.options = options
        self.timestampFormat = options.timestampFormat
    }

    /// Buffers more input bytes.
    public mutating func append(_ bytes: UnsafeRawBufferPointer) {
        compact()
        buffer.append(contentsOf: bytes)
    }

    /// Buffers more input bytes.
    public mutating func append(_ bytes: some Collection<UInt8>) {
        compact()
        buffer.append(contentsOf: bytes)
    }

    /// Declares the end of input, so that a last line without a line break is decoded too.
    public mutating func finish() {
        inputEnded = true
    }

    /// Decodes buffered records and appends their observations to `observations` until it holds
    /// at least `limit` (rows are never split) or the buffered complete records run out.
    ///
    /// A bad row is counted in ``summary``; with ``ObservationCSVOptions/skipBadRows`` it is skipped,
    /// otherwise the error is thrown, and the observations of the good rows before it are already
    /// in `observations`.
    /// - Returns: why decoding stopped.
    /// - Throws: ``ObservationCSVError`` for a bad row (unless skipped) or a file-level problem
    ///   (no separator, unknown timestamp column, duplicate tag columns, an over-long record).
    public mutating func decode(into observations: inout [Observation], limit: Int) throws(ObservationCSVError) -> Status {
        let bytes = buffer
        let status = try bytes.withUnsafeBufferPointer { (raw) throws(ObservationCSVError) -> Status in
            guard let base = raw.baseAddress, raw.count > start else { return inputEnded ? .endOfInput : .needsInput }
            if plan == nil, try detect(base, count: raw.count) == .needsInput { return .needsInput }
            return try decodeRecords(base, count: raw.count, into: &observations, limit: limit)
        }
        if status == .needsInput, buffer.count - start > Self.maximumRecordLength {
            throw ObservationCSVError(
                source: source, line: incompleteLine, reason: .recordTooLong(limit: Self.maximumRecordLength))
        }
        return status
    }

    private mutating func compact() {
        guard start > 0 else { return }
        buffer.removeSubrange(0..<start)
        start = 0
    }

    // MARK: Records

    private mutating func decodeRecords(
        _ base: UnsafePointer<UInt8>, count: Int, into observations: inout [Observation], limit: Int
    ) throws(ObservationCSVError) -> Status {
        guard let plan else { return .endOfInput }
        while observations.count < limit {
            if start >= count { return inputEnded ? .endOfInput : .needsInput }
            let line = summary.lines + 1
            switch scanner.scan(base, from: start, to: count, isFinal: inputEnded) {
            case .incomplete:
                incompleteLine = line
                return .needsInput
            case .unterminatedQuote(let lines):
                consume(to: count, lines: lines)
                summary.rows += 1
                try reject(ObservationCSVError(source: source, line: line, reason: .unterminatedQuote))
            case .record(let next, let lines):
                consume(to: next, lines: lines)
                if CSVRecordScanner.isBlank(scanner.fields, in: base) {
                    summary.blankLines += 1
                    continue
                }
                if headerPending {
                    headerPending = false
                    continue
                }
                summary.rows += 1
                let mark = observations.count
                do {
                    switch plan.layout {
                    case .long: try decodeLongRow(base, line: line, into: &observations)
                    case .wide: try decodeWideRow(base, plan: plan, line: line, into: &observations)
                    }
                } catch {
                    observations.removeSubrange(mark...)
                    try reject(error)
                }
            }
        }
        return .limitReached
    }

    private mutating func consume(to next: Int, lines: Int) {
        bytesDecoded += Int64(next - start)
        summary.lines += lines
        start = next
    }

    private mutating func reject(_ error: ObservationCSVError) throws(ObservationCSVError) {
        summary.badRows += 1
        if summary.errors.count < max(options.maxReportedErrors, options.skipBadRows ? 0 : 1) {
            summary.errors.append(error)
        }
        if !options.skipBadRows { throw error }
    }

    private mutating func decodeLongRow(
        _ base: UnsafePointer<UInt8>, line: Int, into observations: inout [Observation]
    ) throws(ObservationCSVError) {
        let fieldCount = try checkFieldCount(base, expected: 3...4, line: line)
        let fields = scanner.fields
        let timestamp = try parseTimestamp(fields[0], base, line: line, column: 0)
        let tagBytes = CSVRecordScanner.trimmed(fields[1], in: base)
        guard !tagBytes.isEmpty else {
            throw ObservationCSVError(source: source, line: line, column: 2, columnName: Self.longColumnNames[1], reason: .emptyTagName)
        }
        let value = try parseValue(fields[2], base, line: line, column: 2)
        var quality: ObservationQuality?
        if fieldCount == 4 {
            quality = try parseQuality(fields[3], base, line: line)
        }
        guard let value else {
            summary.missingValues += 1
            return
        }
        if fields[1].hasTextAfterQuote {
            throw fieldError(fields[1], base, line: line, column: 1, reason: .textAfterClosingQuote)
        }
        var interned: (tag: TagID, isNew: Bool)
        if fields[1].hasEscapedQuotes {
            var text = CSVRecordScanner.text(fields[1], in: base)
            interned = text.withUTF8 { interner.tag(for: UnsafeRawBufferPointer($0)) }
        } else {
            interned = interner.tag(for: tagBytes)
        }
        if interned.isNew { summary.tags.append(interned.tag) }
        observations.append(Observation(tag: interned.tag, timestamp: timestamp, value: value, quality: quality))
        summary.observations += 1
        note(timestamp)
    }

    private mutating func decodeWideRow(
        _ base: UnsafePointer<UInt8>, plan: Plan, line: Int, into observations: inout [Observation]
    ) throws(ObservationCSVError) {
        _ = try checkFieldCount(base, expected: plan.fieldCount...plan.fieldCount, line: line)
        let fields = scanner.fields
        let timestamp = try parseTimestamp(fields[plan.timestampIndex], base, line: line, column: plan.timestampIndex)
        var missing = 0
        var emitted = 0
        for column in plan.columns {
            if let value = try parseValue(fields[column.index], base, line: line, column: column.index) {
                observations.append(Observation(tag: column.tag, timestamp: timestamp, value: value))
                emitted += 1
            } else {
                missing += 1
            }
        }
        summary.missingValues += missing
        summary.observations += emitted
        if emitted > 0 { note(timestamp) }
    }

    private mutating func note(_ timestamp: Timestamp) {
        if summary.earliest.map({ timestamp < $0 }) ?? true { summary.earliest = timestamp }
        if summary.latest.map({ timestamp > $0 }) ?? true { summary.latest = timestamp }
    }

    /// The record's field count after dropping blank trailing fields beyond `expected` (left by
    /// trailing separators).
    private func checkFieldCount(
        _ base: UnsafePointer<UInt8>, expected: ClosedRange<Int>, line: Int
    ) throws(ObservationCSVError) -> Int {
        let fields = scanner.fields
        var count = fields.count
        while count > expected.upperBound, !fields[count - 1].isQuoted,
            CSVRecordScanner.trimmed(fields[count - 1], in: base).isEmpty
        {
            count -= 1
        }
        guard expected.contains(count) else {
            throw ObservationCSVError(source: source, line: line, reason: .wrongColumnCount(expected: expected, found: fields.count))
        }
        return count
    }

    // MARK: Fields

    private mutating func parseTimestamp(
        _ field: CSVField, _ base: UnsafePointer<UInt8>, line: Int, column: Int
    ) throws(ObservationCSVError) -> Timestamp {
        let bytes = CSVRecordScanner.trimmed(field, in: base)
        if !field.hasEscapedQuotes, !field.hasTextAfterQuote {
            switch timestampFormat {
            case .iso8601:
                if let timestamp = Timestamp.parse(bytes) { return timestamp }
            case .epochSeconds:
                if let timestamp = DecimalParser.parse(bytes).flatMap({ Self.epoch($0, scale: 1000) }) { return timestamp }
            case .epochMilliseconds:
                if let timestamp = DecimalParser.parse(bytes).flatMap({ Self.epoch($0, scale: 1) }) { return timestamp }
            case nil:
                if let timestamp = Timestamp.parse(bytes) {
                    resolveTimestampFormat(.iso8601)
                    return timestamp
                }
                if let number = DecimalParser.parse(bytes) {
                    let format: CSVTimestampFormat =
                        abs(number) < CSVTimestampFormat.millisecondsThreshold ? .epochSeconds : .epochMilliseconds
                    if let timestamp = Self.epoch(number, scale: format == .epochSeconds ? 1000 : 1) {
                        resolveTimestampFormat(format)
                        return timestamp
                    }
                }
            }
        }
        throw fieldError(field, base, line: line, column: column, reason: .badTimestamp(timestampFormat))
    }

    private mutating func resolveTimestampFormat(_ format: CSVTimestampFormat) {
        timestampFormat = format
        summary.timestampFormat = format
    }

    private static func epoch(_ value: Double, scale: Double) -> Timestamp? {
        let milliseconds = (value * scale).rounded()
        guard abs(milliseconds) < 9e15 else { return nil }
        return Timestamp(milliseconds: Int64(milliseconds))
    }

    /// The value of a field; `nil` when it is empty, `NaN` or `null` (a missing value).
    private func parseValue(
        _ field: CSVField, _ base: UnsafePointer<UInt8>, line: Int, column: Int
    ) throws(ObservationCSVError) -> Double? {
        let bytes = CSVRecordScanner.trimmed(field, in: base)
        if !field.hasEscapedQuotes, !field.hasTextAfterQuote {
            if let value = DecimalParser.parse(bytes) { return value }
            if Self.isMissing(bytes) { return nil }
        }
        throw fieldError(field, base, line: line, column: column, reason: .badNumber)
    }

    private static func isMissing(_ bytes: UnsafeRawBufferPointer) -> Bool {
        switch bytes.count {
        case 0: return true
        case 3: return bytes[0] | 0x20 == UInt8(ascii: "n") && bytes[1] | 0x20 == UInt8(ascii: "a") && bytes[2] | 0x20 == UInt8(ascii: "n")
        case 4:
            return bytes[0] | 0x20 == UInt8(ascii: "n") && bytes[1] | 0x20 == UInt8(ascii: "u") && bytes[2] | 0x20 == UInt8(ascii: "l")
                && bytes[3] | 0x20 == UInt8(ascii: "l")
        default: return false
        }
    }

    private func parseQuality(_ field: CSVField, _ base: UnsafePointer<UInt8>, line: Int) throws(ObservationCSVError) -> ObservationQuality? {
        let text = CSVRecordScanner.text(field, in: base)
        if text.isEmpty { return nil }
        if let quality = ObservationQuality(text: text), !field.hasTextAfterQuote { return quality }
        throw fieldError(field, base, line: line, column: 3, reason: .badQuality)
    }

    private func fieldError(
        _ field: CSVField, _ base: UnsafePointer<UInt8>, line: Int, column: Int, reason: ObservationCSVError.Reason
    ) -> ObservationCSVError {
        let reason = field.hasTextAfterQuote ? .textAfterClosingQuote : reason
        return ObservationCSVError(
            source: source, line: line, column: column + 1, columnName: columnName(column),
            text: CSVRecordScanner.text(field, in: base), reason: reason)
    }

    private func columnName(_ index: Int) -> String? {
        switch plan?.layout {
        case .long: Self.longColumnNames[index]
        case .wide: plan?.headers.flatMap { index < $0.count ? $0[index] : nil } ?? (index == plan?.timestampIndex ? "timestamp" : nil)
        case nil: nil
        }
    }

    /// The roles of a long file's columns, as MLAD names them.
    static let longColumnNames = ["timestamp", "tag_name", "value", "quality"]
}

extension ObservationCSVDecoder {
    /// The decoding plan fixed by detection.
    struct Plan: Sendable {
        /// A value column of a wide file.
        struct Column: Sendable {
            var index: Int
            var tag: TagID
        }

        var layout: ObservationCSVLayout
        var timestampIndex: Int
        /// Fields per row of a wide file.
        var fieldCount: Int
        var columns: [Column]
        /// Header texts, when there is a header.
        var headers: [String]?
    }

    /// Result of trying to detect the plan.
    enum Detection {
        /// More input is needed to see the first two records.
        case needsInput
        /// ``plan`` is set (to an empty one when the input holds blank lines only).
        case ready
    }
}
