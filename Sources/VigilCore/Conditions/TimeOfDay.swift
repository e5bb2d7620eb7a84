/// A time of day on a 24-hour clock, from `00:00` to `24:00` inclusive (the end of the day).
///
/// Written `"hh:mm"`, `"hh:mm:ss"` or `"hh:mm:ss.fff"`.
///
/// ```swift
/// TimeOfDay(parsing: "08:30")?.millisecondsSinceMidnight   // 30_600_000
/// ```
public struct TimeOfDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Milliseconds since midnight, 0…86 400 000.
    public var millisecondsSinceMidnight: Int

    /// Milliseconds in a day.
    static let dayMilliseconds = 86_400_000

    /// Creates a time of day. - Precondition: `0...86_400_000` contains the value.
    public init(millisecondsSinceMidnight: Int) {
        precondition((0...Self.dayMilliseconds).contains(millisecondsSinceMidnight), "a time of day lies within 00:00…24:00")
        self.millisecondsSinceMidnight = millisecondsSinceMidnight
    }

    /// Creates a time of day from its fields. - Precondition: they form a time within 00:00…24:00.
    public init(hour: Int, minute: Int = 0, second: Int = 0, millisecond: Int = 0) {
        self.init(millisecondsSinceMidnight: ((hour * 60 + minute) * 60 + second) * 1000 + millisecond)
    }

    /// Parses `hh:mm`, `hh:mm:ss` or `hh:mm:ss.fff`; `24:00` is the end of the day.
    /// - Returns: `nil` when the text is not such a time or a field is out of range.
    public init?(parsing text: some StringProtocol) {
        let parts = String(text).split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, let hour = Self.number(parts[0], digits: 2),
            let minute = Self.number(parts[1], digits: 2), hour <= 24, minute <= 59
        else { return nil }
        var second = 0
        var millisecond = 0
        if parts.count == 3 {
            let secondParts = parts[2].split(separator: ".", omittingEmptySubsequences: false)
            guard secondParts.count <= 2, let value = Self.number(secondParts[0], digits: 2), value <= 59 else { return nil }
            second = value
            if secondParts.count == 2 {
                let digits = secondParts[1].count
                guard (1...3).contains(digits), let fraction = Self.number(secondParts[1], digits: digits) else { return nil }
                millisecond = fraction * [100, 10, 1][digits - 1]
            }
        }
        let total = ((hour * 60 + minute) * 60 + second) * 1000 + millisecond
        guard total <= Self.dayMilliseconds else { return nil }
        self.init(millisecondsSinceMidnight: total)
    }

    /// The value of exactly `digits` ASCII digits, or `nil`.
    private static func number(_ text: Substring, digits: Int) -> Int? {
        guard text.utf8.count == digits, text.utf8.allSatisfy({ (48...57).contains($0) }) else { return nil }
        return Int(text)
    }

    /// `hh:mm`, with `:ss` and `.fff` only when they are not zero.
    public var description: String {
        let ms = millisecondsSinceMidnight
        var text = Self.twoDigits(ms / 3_600_000) + ":" + Self.twoDigits(ms / 60_000 % 60)
        if ms % 60_000 != 0 {
            text += ":" + Self.twoDigits(ms / 1000 % 60)
            if ms % 1000 != 0 {
                let fraction = ms % 1000
                text += "." + (fraction < 100 ? "0" : "") + (fraction < 10 ? "0" : "") + "\(fraction)"
            }
        }
        return text
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// Earlier in the day.
    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool { lhs.millisecondsSinceMidnight < rhs.millisecondsSinceMidnight }
}
