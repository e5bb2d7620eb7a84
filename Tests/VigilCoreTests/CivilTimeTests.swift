import Testing

@testable import VigilCore

/// Calendar conversions without Foundation, across leap years and before the epoch.
struct CivilTimeTests {
    @Test func daysRoundTripOverFiveThousandYears() {
        for days in stride(from: Int64(-1_000_000), through: 1_000_000, by: 997) {
            let (year, month, day) = CivilTime.civil(fromDays: days)
            #expect(CivilTime.days(fromCivil: year, month, day) == days)
        }
    }

    @Test func consecutiveDaysAdvanceTheCalendarByOne() {
        var previous = CivilTime.civil(fromDays: -800_000)
        for days in Int64(-799_999)...(-700_000) {
            let current = CivilTime.civil(fromDays: days)
            if current.day == 1 {
                #expect(previous.day == CivilTime.daysIn(month: previous.month, year: previous.year))
                #expect(current.month == previous.month % 12 + 1)
            } else {
                #expect(current.day == previous.day + 1 && current.month == previous.month && current.year == previous.year)
            }
            previous = current
        }
    }

    @Test(arguments: [
        (2000, true), (1900, false), (2024, true), (2023, false), (2100, false), (2400, true), (0, true), (-4, true), (-100, false),
    ])
    func leapYears(year: Int, leap: Bool) {
        #expect(CivilTime.isLeap(year) == leap)
        #expect(CivilTime.daysIn(month: 2, year: year) == (leap ? 29 : 28))
    }

    @Test func timestampsRoundTripIncludingNegativeTimes() {
        var random = SeededGenerator(seed: 7)
        for _ in 0..<2000 {
            let milliseconds = Int64.random(in: -100_000_000_000_000...100_000_000_000_000, using: &random)
            let civil = CivilTime(Timestamp(milliseconds: milliseconds))
            #expect(civil.timestamp?.milliseconds == milliseconds)
            #expect((0...999).contains(civil.millisecond) && (0...23).contains(civil.hour))
        }
    }

    @Test func fieldsOfKnownInstants() {
        let beforeEpoch = CivilTime(Timestamp(milliseconds: -1))
        #expect(beforeEpoch == CivilTime(year: 1969, month: 12, day: 31, hour: 23, minute: 59, second: 59, millisecond: 999))
        let leapDay = CivilTime(Timestamp(milliseconds: 951_825_600_000))
        #expect(leapDay == CivilTime(year: 2000, month: 2, day: 29, hour: 12))
        #expect(CivilTime(year: 1900, month: 2, day: 29).timestamp == nil)
        #expect(CivilTime(year: 2000, month: 2, day: 29).timestamp?.milliseconds == 951_782_400_000)
        #expect(CivilTime(year: 2024, month: 4, day: 31).timestamp == nil)
        #expect(CivilTime(year: 2024, month: 1, day: 1, hour: 24).timestamp == nil)
    }

    @Test func isoWeekdays() {
        #expect(CivilTime(year: 1970, month: 1, day: 1).isoWeekday == 4)  // Thursday
        #expect(CivilTime(year: 2024, month: 2, day: 29).isoWeekday == 4)
        #expect(CivilTime(year: 2024, month: 3, day: 3).isoWeekday == 7)  // Sunday
        #expect(CivilTime(year: 1969, month: 12, day: 29).isoWeekday == 1)  // Monday
        #expect(CivilTime(year: 2023, month: 2, day: 29).isoWeekday == 0)  // no such day
    }

    @Test func floorDivisionRoundsTowardNegativeInfinity() {
        #expect(Int64(7).floorDivided(by: 2) == 3)
        #expect(Int64(-7).floorDivided(by: 2) == -4)
        #expect(Int64(-8).floorDivided(by: 2) == -4)
        #expect(Int64(-7).floorModulo(3) == 2)
        #expect(Int64(7).floorModulo(3) == 1)
    }
}
