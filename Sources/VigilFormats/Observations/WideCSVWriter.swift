public import VigilCore

/// Writes observations as a wide CSV: a timestamp column, then one column per tag, one row per time.
///
/// ```swift
/// let writer = try WideCSVWriter(path: "export.csv", tags: ["FT-101", "PT-7"])
/// try writer.writeRow(timestamp: Timestamp(seconds: 0), values: [4.5, nil])
/// try writer.finish()
/// // timestamp,FT-101,PT-7
/// // 1970-01-01T00:00:00,4.5,
/// ```
public final class WideCSVWriter {
    /// The tag of each value column, in order.
    public let tags: [TagID]
    private let output: CSVOutput
    private let timestampFormat: CSVTimestampFormat
    private let columnOfTag: [TagID: Int]

    /// Creates (or truncates) a file and writes the header line when asked.
    /// - Parameters:
    ///   - path: the file to write.
    ///   - tags: one column per tag, in this order.
    ///   - separator: the field separator.
    ///   - header: whether to start with `timestamp,<tag>,…`.
    ///   - timestampFormat: how to write timestamps.
    /// - Throws: ``FileAccessError``.
    public convenience init(
        path: String, tags: [TagID], separator: CSVSeparator = .comma, header: Bool = true,
        timestampFormat: CSVTimestampFormat = .iso8601
    ) throws {
        self.init(
            output: CSVOutput(separator: separator, destination: .file(try OutputFile(path: path))), tags: tags, header: header,
            timestampFormat: timestampFormat)
    }

    /// Creates a writer that hands its bytes, in chunks of about 1 MiB, to `sink`.
    public convenience init(
        tags: [TagID], separator: CSVSeparator = .comma, header: Bool = true, timestampFormat: CSVTimestampFormat = .iso8601,
        sink: @escaping ([UInt8]) throws -> Void
    ) {
        self.init(output: CSVOutput(separator: separator, destination: .sink(sink)), tags: tags, header: header, timestampFormat: timestampFormat)
    }

    private init(output: CSVOutput, tags: [TagID], header: Bool, timestampFormat: CSVTimestampFormat) {
        self.output = output
        self.tags = tags
        self.timestampFormat = timestampFormat
        self.columnOfTag = Dictionary(tags.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        if header {
            output.field("timestamp")
            for tag in tags {
                output.separate()
                output.field(tag.rawValue)
            }
            output.endRecord()
        }
    }

    /// Appends one row.
    /// - Parameters:
    ///   - timestamp: the row's time.
    ///   - values: one value per tag column, `nil` for an empty cell.
    /// - Throws: ``FileAccessError`` or the sink's error.
    public func writeRow(timestamp: Timestamp, values: [Double?]) throws {
        precondition(values.count == tags.count, "a wide row needs one value per tag column")
        output.timestamp(timestamp, format: timestampFormat)
        for value in values {
            output.separate()
            if let value { output.number(value) }
        }
        output.endRecord()
        try output.flushIfFull()
    }

    /// Appends the rows of several series merged by timestamp: one row per distinct time, in
    /// increasing order, empty cells where a series has no point. Series of tags that are not
    /// columns are ignored. Call it once per export window for exports larger than memory.
    /// - Throws: ``FileAccessError`` or the sink's error.
    public func write(_ series: [TimeSeries]) throws {
        let columns = series.map { columnOfTag[$0.tag] }
        var cursors = [Int](repeating: 0, count: series.count)
        var row = [Double?](repeating: nil, count: tags.count)
        while true {
            var next: Int64?
            for (index, item) in series.enumerated() where columns[index] != nil && cursors[index] < item.count {
                let time = item.timestamps[cursors[index]]
                if next.map({ time < $0 }) ?? true { next = time }
            }
            guard let time = next else { return }
            for index in row.indices { row[index] = nil }
            for (index, item) in series.enumerated() {
                guard let column = columns[index], cursors[index] < item.count, item.timestamps[cursors[index]] == time else { continue }
                row[column] = item.values[cursors[index]]
                cursors[index] += 1
            }
            try writeRow(timestamp: Timestamp(milliseconds: time), values: row)
        }
    }

    /// Writes out what is buffered and closes the file. Call it once, at the end: bytes still
    /// buffered when the writer is released without it are lost.
    /// - Throws: ``FileAccessError`` or the sink's error.
    public func finish() throws {
        try output.close()
    }
}
