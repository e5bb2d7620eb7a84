import VigilCore

extension ObservationCSVDecoder {
    /// Header names taken for the timestamp column (normalised by ``HeaderName``).
    static let timestampHeaders: Set<String> = ["timestamp", "time", "datetime", "date", "ts", "timestamputc", "datetimeutc"]
    /// Second-column header names that mark a long file.
    static let tagHeaders: Set<String> = ["tag", "tagname", "tagid", "tags", "name", "sensor", "signal", "metric", "series"]
    /// Third-column header names that mark a long file.
    static let valueHeaders: Set<String> = ["value", "val", "values", "reading", "measurement"]

    /// Fixes separator, header, layout and columns from the first two non-blank records.
    /// - Returns: `.needsInput` until both records (or the end of input) are buffered.
    mutating func detect(_ base: UnsafePointer<UInt8>, count: Int) throws(ObservationCSVError) -> Detection {
        let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
        if bytesDecoded == 0, start == 0 {
            let available = min(count, 3)
            if (0..<available).allSatisfy({ base[$0] == byteOrderMark[$0] }) {
                if available < 3 { return inputEnded ? emptyPlan() : .needsInput }
                start = 3
                bytesDecoded = 3
            }
        }
        let separator: CSVSeparator
        if let given = options.separator {
            separator = given
        } else {
            guard let line = firstContentLine(base, count: count) else { return inputEnded ? emptyPlan() : .needsInput }
            guard let detected = CSVSeparator.detect(inLine: line.bytes) else {
                throw ObservationCSVError(source: source, line: line.number, reason: .noSeparator)
            }
            separator = detected
        }
        var lookahead = CSVRecordScanner(separator: separator)
        var records: [(fields: [String], line: Int)] = []
        var position = start
        var line = summary.lines
        while records.count < 2, position < count {
            switch lookahead.scan(base, from: position, to: count, isFinal: inputEnded) {
            case .incomplete:
                incompleteLine = line + 1
                return .needsInput
            case .unterminatedQuote:
                position = count
            case .record(let next, let lines):
                if !CSVRecordScanner.isBlank(lookahead.fields, in: base) {
                    records.append((lookahead.fields.map { CSVRecordScanner.text($0, in: base) }, line + 1))
                }
                line += lines
                position = next
            }
        }
        if records.count < 2, !inputEnded { return .needsInput }
        guard let first = records.first else { return emptyPlan() }
        try makePlan(separator: separator, first: first, second: records.count > 1 ? records[1].fields : nil)
        scanner = lookahead
        return .ready
    }

    private mutating func emptyPlan() -> Detection {
        plan = Plan(layout: options.layout ?? .wide, timestampIndex: 0, fieldCount: 0, columns: [], headers: nil)
        scanner = CSVRecordScanner(separator: options.separator ?? .comma)
        return .ready
    }

    /// The first line that is not blank, without its line break, and its line number.
    private func firstContentLine(_ base: UnsafePointer<UInt8>, count: Int) -> (bytes: UnsafeRawBufferPointer, number: Int)? {
        var lineStart = start
        var number = summary.lines + 1
        while lineStart < count {
            var lineEnd = lineStart
            while lineEnd < count, base[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            if lineEnd == count, !inputEnded { return nil }
            let bytes = UnsafeRawBufferPointer(start: base + lineStart, count: lineEnd - lineStart)
            if bytes.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") && $0 != UInt8(ascii: "\r") }) {
                return (bytes, number)
            }
            lineStart = lineEnd + 1
            number += 1
        }
        return nil
    }

    private mutating func makePlan(
        separator: CSVSeparator, first: (fields: [String], line: Int), second: [String]?
    ) throws(ObservationCSVError) {
        let hasHeader: Bool
        if let given = options.hasHeader {
            hasHeader = given
        } else {
            switch options.timestampColumn {
            case .name: hasHeader = true
            case .auto: hasHeader = !(first.fields.first.map(isTimestamp) ?? false)
            case .position(let position): hasHeader = !(position < first.fields.count && isTimestamp(first.fields[position]))
            }
        }
        let header = hasHeader ? first.fields : nil
        let data = hasHeader ? second : first.fields
        let layout: ObservationCSVLayout
        if let given = options.layout {
            layout = given
        } else if options.timestampColumn != .auto {
            layout = .wide
        } else {
            layout = detectLayout(header: header, data: data)
        }
        summary.layout = layout
        summary.separator = separator
        summary.hasHeader = hasHeader
        headerPending = hasHeader
        guard layout == .wide else {
            plan = Plan(layout: .long, timestampIndex: 0, fieldCount: 0, columns: [], headers: nil)
            return
        }
        let names = header.map(Self.droppingTrailingEmpty)
        let fieldCount = names?.count ?? Self.droppingTrailingEmpty(first.fields).count
        let timestampIndex: Int
        switch options.timestampColumn {
        case .auto:
            timestampIndex = names?.firstIndex { Self.timestampHeaders.contains(HeaderName.normalized($0)) } ?? 0
        case .name(let name):
            let wanted = HeaderName.normalized(name)
            guard let index = names?.firstIndex(where: { HeaderName.normalized($0) == wanted }) else {
                throw ObservationCSVError(source: source, line: first.line, reason: .missingTimestampColumn(name))
            }
            timestampIndex = index
        case .position(let position):
            guard position >= 0, position < fieldCount else {
                throw ObservationCSVError(source: source, line: first.line, reason: .timestampColumnOutOfRange(position))
            }
            timestampIndex = position
        }
        var columns: [Plan.Column] = []
        var seen: Set<TagID> = []
        for index in 0..<fieldCount where index != timestampIndex {
            let column = WideColumn(index: index, header: names?[index])
            guard let tag = options.columnMapping.map({ $0(column) }) ?? column.defaultTagID else { continue }
            guard seen.insert(tag).inserted else {
                throw ObservationCSVError(
                    source: source, line: first.line, column: index + 1, columnName: column.header, reason: .duplicateColumn(tag))
            }
            columns.append(Plan.Column(index: index, tag: tag))
        }
        guard !columns.isEmpty else { throw ObservationCSVError(source: source, line: first.line, reason: .noValueColumns) }
        summary.tags = columns.map(\.tag)
        plan = Plan(layout: .wide, timestampIndex: timestampIndex, fieldCount: fieldCount, columns: columns, headers: names)
    }

    /// Long when rows have 3 or 4 fields, no header names a timestamp column other than the first,
    /// and either the header names the second and third columns as tag and value, or the first
    /// data row starts with a timestamp followed by text that is neither a number nor a timestamp.
    private func detectLayout(header: [String]?, data: [String]?) -> ObservationCSVLayout {
        guard let width = (data ?? header).map({ Self.droppingTrailingEmpty($0).count }), width == 3 || width == 4 else { return .wide }
        if let header {
            let names = header.map { HeaderName.normalized($0) }
            if let timestamp = names.firstIndex(where: Self.timestampHeaders.contains), timestamp > 0 { return .wide }
            if names.count >= 3, Self.tagHeaders.contains(names[1]), Self.valueHeaders.contains(names[2]) { return .long }
        }
        guard let data, data.count >= 3, isTimestamp(data[0]) else { return .wide }
        let tag = data[1].lowercased()
        return !tag.isEmpty && tag != "nan" && tag != "null" && !Self.isNumber(tag) && !isTimestamp(tag) ? .long : .wide
    }

    private func isTimestamp(_ text: String) -> Bool {
        switch options.timestampFormat {
        case .iso8601: Timestamp(iso8601: text) != nil
        case .epochSeconds, .epochMilliseconds: Self.isNumber(text)
        case nil: Timestamp(iso8601: text) != nil || Self.isNumber(text)
        }
    }

    private static func isNumber(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { DecimalParser.parse(UnsafeRawBufferPointer($0)) } != nil
    }

    private static func droppingTrailingEmpty(_ fields: [String]) -> [String] {
        var fields = fields
        while let last = fields.last, last.isEmpty { fields.removeLast() }
        return fields
    }
}
