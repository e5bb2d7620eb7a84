public import VigilCore

/// Writes observations as MLAD's long CSV: `timestamp;tag_name;value`, one observation per line.
///
/// ```swift
/// let writer = try LongCSVWriter(path: "export.csv")
/// try writer.write(observations)
/// try writer.finish()
/// // timestamp;tag_name;value
/// // 2024-01-01T00:00:00;FT-101;4.5
/// ```
public final class LongCSVWriter {
    private let output: CSVOutput
    private let includesQuality: Bool
    private let timestampFormat: CSVTimestampFormat

    /// Creates (or truncates) a file and writes the header line when asked.
    /// - Parameters:
    ///   - path: the file to write.
    ///   - separator: the field separator (MLAD uses `;`).
    ///   - header: whether to start with `timestamp;tag_name;value[;quality]`.
    ///   - includesQuality: whether to write a fourth `quality` column (empty when unknown).
    ///   - timestampFormat: how to write timestamps.
    /// - Throws: ``FileAccessError``.
    public convenience init(
        path: String, separator: CSVSeparator = .semicolon, header: Bool = true, includesQuality: Bool = false,
        timestampFormat: CSVTimestampFormat = .iso8601
    ) throws {
        self.init(
            output: CSVOutput(separator: separator, destination: .file(try OutputFile(path: path))), header: header,
            includesQuality: includesQuality, timestampFormat: timestampFormat)
    }

    /// Creates a writer that hands its bytes, in chunks of about 1 MiB, to `sink` (an HTTP response
    /// body, a socket, a test buffer).
    public convenience init(
        separator: CSVSeparator = .semicolon, header: Bool = true, includesQuality: Bool = false,
        timestampFormat: CSVTimestampFormat = .iso8601, sink: @escaping ([UInt8]) throws -> Void
    ) {
        self.init(
            output: CSVOutput(separator: separator, destination: .sink(sink)), header: header, includesQuality: includesQuality,
            timestampFormat: timestampFormat)
    }

    private init(output: CSVOutput, header: Bool, includesQuality: Bool, timestampFormat: CSVTimestampFormat) {
        self.output = output
        self.includesQuality = includesQuality
        self.timestampFormat = timestampFormat
        if header {
            let names = ObservationCSVDecoder.longColumnNames.prefix(includesQuality ? 4 : 3)
            for (index, name) in names.enumerated() {
                if index > 0 { output.separate() }
                output.field(name)
            }
            output.endRecord()
        }
    }

    /// Appends observations in the order given.
    /// - Throws: ``FileAccessError`` or the sink's error.
    public func write(_ observations: some Sequence<Observation>) throws {
        for observation in observations {
            output.timestamp(observation.timestamp, format: timestampFormat)
            output.separate()
            output.field(observation.tag.rawValue)
            output.separate()
            output.number(observation.value)
            if includesQuality {
                output.separate()
                if let quality = observation.quality {
                    output.field(quality.rawValue <= ObservationQuality.bad.rawValue ? quality.description : "\(quality.rawValue)")
                }
            }
            output.endRecord()
            try output.flushIfFull()
        }
    }

    /// Writes out what is buffered and closes the file. Call it once, at the end: bytes still
    /// buffered when the writer is released without it are lost.
    /// - Throws: ``FileAccessError`` or the sink's error.
    public func finish() throws {
        try output.close()
    }
}
