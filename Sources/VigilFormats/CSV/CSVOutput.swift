import VigilCore

/// A buffered byte output for CSV writers: fields with quoting, numbers, timestamps, and a flush
/// to a file or a caller-supplied sink whenever 1 MiB has accumulated.
final class CSVOutput {
    /// Where flushed bytes go.
    enum Destination {
        case file(OutputFile)
        case sink(([UInt8]) throws -> Void)
    }

    let separator: UInt8
    private(set) var bytes: [UInt8] = []
    private let destination: Destination
    private static let flushThreshold = 1 << 20

    init(separator: CSVSeparator, destination: Destination) {
        self.separator = separator.byte
        self.destination = destination
        bytes.reserveCapacity(Self.flushThreshold + 4096)
    }

    /// Appends a text field, quoted when it holds the separator, a quote, a line break, or
    /// leading or trailing spaces.
    func field(_ text: String) {
        let utf8 = text.utf8
        let needsQuotes =
            utf8.contains { $0 == separator || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
            || utf8.first == UInt8(ascii: " ") || utf8.last == UInt8(ascii: " ")
        guard needsQuotes else {
            bytes.append(contentsOf: utf8)
            return
        }
        bytes.append(UInt8(ascii: "\""))
        for byte in utf8 {
            if byte == UInt8(ascii: "\"") { bytes.append(byte) }
            bytes.append(byte)
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Appends the separator.
    func separate() {
        bytes.append(separator)
    }

    /// Ends a record with `\n`.
    func endRecord() {
        bytes.append(UInt8(ascii: "\n"))
    }

    /// Appends a number in its shortest round-trip form (`42`, `0.1`, `1e-05`); nothing for NaN and
    /// infinities, which CSV readers take as missing.
    func number(_ value: Double) {
        guard value.isFinite else { return }
        if value == value.rounded(), abs(value) < 1e15 {
            integer(Int64(value))
        } else {
            bytes.append(contentsOf: value.description.utf8)
        }
    }

    /// Appends a timestamp in the given format.
    func timestamp(_ timestamp: Timestamp, format: CSVTimestampFormat) {
        switch format {
        case .iso8601: iso8601(timestamp)
        case .epochMilliseconds: integer(timestamp.milliseconds)
        case .epochSeconds:
            let (seconds, milliseconds) = (timestamp.milliseconds.floorDivided(by: 1000), timestamp.milliseconds.floorModulo(1000))
            integer(seconds)
            if milliseconds != 0 {
                bytes.append(UInt8(ascii: "."))
                digits(Int(milliseconds), width: 3)
            }
        }
    }

    /// Writes buffered bytes out once the buffer has grown past the flush threshold.
    func flushIfFull() throws {
        if bytes.count >= Self.flushThreshold { try flush() }
    }

    /// Writes every buffered byte out.
    func flush() throws {
        guard !bytes.isEmpty else { return }
        switch destination {
        case .file(let file): try bytes.withUnsafeBytes { try file.write($0) }
        case .sink(let sink): try sink(bytes)
        }
        bytes.removeAll(keepingCapacity: true)
    }

    /// Flushes and closes the file, if the destination is one.
    func close() throws {
        try flush()
        if case .file(let file) = destination { try file.close() }
    }

    /// `%Y-%m-%dT%H:%M:%S` with `.fff` when the milliseconds are not zero, UTC (MLAD's form).
    private func iso8601(_ timestamp: Timestamp) {
        let civil = CivilTime(timestamp)
        guard (0...9999).contains(civil.year) else {
            bytes.append(contentsOf: timestamp.mladText.utf8)
            return
        }
        digits(civil.year, width: 4)
        bytes.append(UInt8(ascii: "-"))
        digits(civil.month, width: 2)
        bytes.append(UInt8(ascii: "-"))
        digits(civil.day, width: 2)
        bytes.append(UInt8(ascii: "T"))
        digits(civil.hour, width: 2)
        bytes.append(UInt8(ascii: ":"))
        digits(civil.minute, width: 2)
        bytes.append(UInt8(ascii: ":"))
        digits(civil.second, width: 2)
        if civil.millisecond != 0 {
            bytes.append(UInt8(ascii: "."))
            digits(civil.millisecond, width: 3)
        }
    }

    private func integer(_ value: Int64) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var index = digits.count
            repeat {
                index -= 1
                digits[index] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            bytes.append(contentsOf: digits[index...])
        }
    }

    private func digits(_ value: Int, width: Int) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(rest / divisor % 10))
            rest %= divisor
            divisor /= 10
        }
    }
}
