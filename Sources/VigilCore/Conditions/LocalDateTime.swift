/// A calendar date, optionally with a time of day, without an offset: the bounds of a date-range
/// filter, read at the filter's ``UTCOffset``.
///
/// Written `"2024-03-31"` or `"2024-03-31T12:00"` (also with a space instead of `T`, and with
/// seconds). A date alone stands for the whole day: as a range's end it means the end of that day.
///
/// ```swift
/// let day = LocalDateTime(parsing: "2024-03-31")!
/// day.start(at: .utc).iso8601   // "2024-03-31T00:00:00Z"
/// day.end(at: .utc).iso8601     // "2024-04-01T00:00:00Z"
/// ```
public struct LocalDateTime: Hashable, Sendable, CustomStringConvertible {
    /// The year (four digits when written).
    public let year: Int
    /// 1–12.
    public let month: Int
    /// 1–31, valid for the month.
    public let day: Int
    /// The time of day, or `nil` for the whole day.
    public let time: TimeOfDay?

    /// Creates a date (and time). - Returns: `nil` when the date does not exist or the year is not 0…9999.
    public init?(year: Int, month: Int, day: Int, time: TimeOfDay? = nil) {
        guard (0...9999).contains(year), (1...12).contains(month), day >= 1,
            day <= CivilTime.daysIn(month: month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
        self.time = time
    }

    /// Parses `YYYY-MM-DD`, optionally followed by `T` or a space and a ``TimeOfDay``.
    /// - Returns: `nil` when the text is not such a date or the date does not exist.
    public init?(parsing text: some StringProtocol) {
        let utf8 = Array(text.utf8)
        guard utf8.count >= 10, utf8[4] == UInt8(ascii: "-"), utf8[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in utf8[range] {
                guard (48...57).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        var time: TimeOfDay?
        if utf8.count > 10 {
            guard utf8[10] == UInt8(ascii: "T") || utf8[10] == UInt8(ascii: " "),
                let parsed = TimeOfDay(parsing: String(decoding: utf8[11...], as: UTF8.self))
            else { return nil }
            time = parsed
        }
        self.init(year: year, month: month, day: day, time: time)
    }

    /// The instant this date (at its time, or at midnight) begins, seen at `offset`.
    public func start(at offset: UTCOffset) -> Timestamp {
        let days = CivilTime.days(fromCivil: year, month, day)
        let local = days * 86_400_000 + Int64(time?.millisecondsSinceMidnight ?? 0)
        return Timestamp(milliseconds: local - offset.milliseconds)
    }

    /// The instant a range ending here ends (exclusive): the given time, or the end of the day for a date alone.
    public func end(at offset: UTCOffset) -> Timestamp {
        time == nil ? start(at: offset).advanced(byMilliseconds: 86_400_000) : start(at: offset)
    }

    /// `YYYY-MM-DD` or `YYYY-MM-DDThh:mm[:ss[.fff]]`.
    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        let date = "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
        return time.map { "\(date)T\($0)" } ?? date
    }
}
