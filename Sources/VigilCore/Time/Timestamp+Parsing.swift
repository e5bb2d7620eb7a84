extension Timestamp {
    /// Parses the date-time forms found in telemetry files, without Foundation.
    ///
    /// Accepted: `YYYY-MM-DD`, then optionally `T` or a space and `hh:mm[:ss[.fff…]]`, then
    /// optionally `Z` or an offset `±hh[:mm]`. Times without an offset are UTC. This covers
    /// MLAD's `%Y-%m-%dT%H:%M:%S`, NAB's `2014-04-01 00:00:00` and RFC 3339.
    ///
    /// ```swift
    /// Timestamp(iso8601: "2020-02-08 13:30:47")        // 1581168647000 ms
    /// Timestamp(iso8601: "2024-01-01T00:00:00.250+01:00")
    /// ```
    /// - Returns: `nil` when the text is not such a date-time or a field is out of range.
    public init?(iso8601 text: some StringProtocol) {
        var string = String(text)
        guard let value = string.withUTF8({ Timestamp.parse(UnsafeRawBufferPointer($0)) }) else { return nil }
        self = value
    }

    /// Parses a date-time from UTF-8 bytes (see ``init(iso8601:)``); the hot path of CSV import.
    public static func parse(_ bytes: UnsafeRawBufferPointer) -> Timestamp? {
        var cursor = ByteCursor(bytes)
        guard let year = cursor.digits(4), cursor.expect(UInt8(ascii: "-")),
            let month = cursor.digits(2), cursor.expect(UInt8(ascii: "-")),
            let day = cursor.digits(2)
        else { return nil }
        var civil = CivilTime(year: year, month: month, day: day)
        if cursor.atEnd { return civil.timestamp }
        guard cursor.expect(UInt8(ascii: "T")) || cursor.expect(UInt8(ascii: " ")) || cursor.expect(UInt8(ascii: "t")),
            let hour = cursor.digits(2), cursor.expect(UInt8(ascii: ":")), let minute = cursor.digits(2)
        else { return nil }
        civil.hour = hour
        civil.minute = minute
        if cursor.expect(UInt8(ascii: ":")) {
            guard let second = cursor.digits(2) else { return nil }
            civil.second = second
            if cursor.expect(UInt8(ascii: ".")) || cursor.expect(UInt8(ascii: ",")) {
                guard let fraction = cursor.fractionMilliseconds() else { return nil }
                civil.millisecond = fraction
            }
        }
        var offsetMinutes = 0
        if cursor.expect(UInt8(ascii: "Z")) || cursor.expect(UInt8(ascii: "z")) {
        } else if let sign = cursor.sign() {
            guard let hours = cursor.digits(2) else { return nil }
            let colon = cursor.expect(UInt8(ascii: ":"))
            let minutes = cursor.atEnd && !colon ? 0 : (cursor.digits(2) ?? -1)
            guard minutes >= 0, hours <= 23, minutes <= 59 else { return nil }
            offsetMinutes = sign * (hours * 60 + minutes)
        }
        guard cursor.atEnd, let local = civil.timestamp else { return nil }
        return local.advanced(byMilliseconds: -Int64(offsetMinutes) * 60_000)
    }

    /// RFC 3339 text in UTC with milliseconds when they are not zero: `2024-01-01T00:00:00Z`.
    public var iso8601: String {
        let c = CivilTime(self)
        var text = "\(Self.pad(c.year, 4))-\(Self.pad(c.month, 2))-\(Self.pad(c.day, 2))T"
        text += "\(Self.pad(c.hour, 2)):\(Self.pad(c.minute, 2)):\(Self.pad(c.second, 2))"
        if c.millisecond != 0 { text += ".\(Self.pad(c.millisecond, 3))" }
        return text + "Z"
    }

    /// MLAD's CSV form, `%Y-%m-%dT%H:%M:%S` in UTC, with `.fff` only when milliseconds are not zero.
    public var mladText: String {
        String(iso8601.dropLast())
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(abs(value))
        let padded = digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
        return value < 0 ? "-" + padded : padded
    }
}

/// A forward-only reader over ASCII bytes used by the date-time parser.
private struct ByteCursor {
    let bytes: UnsafeRawBufferPointer
    var index = 0

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    var atEnd: Bool { index >= bytes.count }

    mutating func expect(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    mutating func digits(_ count: Int) -> Int? {
        guard index + count <= bytes.count else { return nil }
        var value = 0
        for offset in 0..<count {
            let d = Int(bytes[index + offset]) &- 48
            guard d >= 0, d <= 9 else { return nil }
            value = value * 10 + d
        }
        index += count
        return value
    }

    mutating func fractionMilliseconds() -> Int? {
        var value = 0
        var scale = 100
        let start = index
        while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 {
            value += Int(bytes[index] - 48) * scale
            scale /= 10
            index += 1
        }
        return index > start ? value : nil
    }

    mutating func sign() -> Int? {
        if expect(UInt8(ascii: "+")) { return 1 }
        if expect(UInt8(ascii: "-")) { return -1 }
        return nil
    }
}
