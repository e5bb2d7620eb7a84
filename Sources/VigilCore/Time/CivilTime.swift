/// A calendar date and time of day in UTC (proleptic Gregorian), converted to and from
/// ``Timestamp`` without Foundation.
///
/// Uses Howard Hinnant's days-from-civil arithmetic, valid for every year of `Int64` range
/// that a `Timestamp` can hold.
public struct CivilTime: Hashable, Sendable {
    public var year: Int
    /// 1–12.
    public var month: Int
    /// 1–31.
    public var day: Int
    public var hour: Int
    public var minute: Int
    public var second: Int
    public var millisecond: Int

    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0, millisecond: Int = 0) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.millisecond = millisecond
    }

    /// Splits a timestamp into its UTC calendar fields.
    public init(_ timestamp: Timestamp) {
        let ms = timestamp.milliseconds
        let days = ms.floorDivided(by: 86_400_000)
        let msOfDay = Int(ms - days * 86_400_000)
        let (y, m, d) = CivilTime.civil(fromDays: days)
        self.init(
            year: y, month: m, day: d,
            hour: msOfDay / 3_600_000, minute: msOfDay / 60_000 % 60,
            second: msOfDay / 1000 % 60, millisecond: msOfDay % 1000)
    }

    /// The timestamp of these fields, or `nil` when a field is out of range.
    public var timestamp: Timestamp? {
        guard (1...12).contains(month), day >= 1, day <= CivilTime.daysIn(month: month, year: year),
            (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second),
            (0...999).contains(millisecond)
        else { return nil }
        let days = CivilTime.days(fromCivil: year, month, day)
        let seconds = Int64(hour * 3600 + minute * 60 + second)
        return Timestamp(milliseconds: days * 86_400_000 + seconds * 1000 + Int64(millisecond))
    }

    /// Day of the week: 1 = Monday … 7 = Sunday (ISO 8601).
    public var isoWeekday: Int {
        guard let days = timestamp.map({ $0.milliseconds.floorDivided(by: 86_400_000) }) else { return 0 }
        // 1970-01-01 was a Thursday (4).
        return Int((days + 3).floorModulo(7)) + 1
    }

    /// Whether `year` is a leap year in the Gregorian calendar.
    public static func isLeap(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    /// Number of days in a month.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 of a civil date.
    public static func days(fromCivil year: Int, _ month: Int, _ day: Int) -> Int64 {
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let m = Int64(month)
        let dayOfYear = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + Int64(day) - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The civil date of a count of days since 1970-01-01.
    public static func civil(fromDays days: Int64) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (Int(year), Int(month), Int(day))
    }
}

extension Int64 {
    /// Division rounding toward negative infinity.
    @inlinable
    public func floorDivided(by divisor: Int64) -> Int64 {
        let q = self / divisor
        return (self % divisor != 0 && ((self < 0) != (divisor < 0))) ? q - 1 : q
    }

    /// The remainder that matches ``floorDivided(by:)``: always in `0..<divisor` for a positive divisor.
    @inlinable
    public func floorModulo(_ divisor: Int64) -> Int64 {
        self - floorDivided(by: divisor) * divisor
    }
}
