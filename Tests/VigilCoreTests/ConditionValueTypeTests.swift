import Testing

@testable import VigilCore

/// The small value types of the condition language: durations, offsets, days, times and dates.
struct ConditionValueTypeTests {
    @Test(
        arguments: [
            ("500ms", 500), ("60s", 60_000), ("5m", 300_000), ("5min", 300_000), ("12h", 43_200_000), ("1h30m", 5_400_000),
            ("1.5h", 5_400_000), ("2d", 172_800_000), ("1w", 604_800_000), (" 1h 30m ", 5_400_000), ("0.25s", 250), ("0s", 0),
        ] as [(String, Int64)])
    func timeSpansParse(text: String, milliseconds: Int64) {
        #expect(TimeSpan(parsing: text)?.milliseconds == milliseconds)
    }

    @Test(arguments: ["", "12", "s", "5x", "1.s", "0.5ms", "-5s", "5s5", "1e3s", "99999999999999999999d", "h5"])
    func malformedTimeSpansAreRejected(text: String) {
        #expect(TimeSpan(parsing: text) == nil)
    }

    @Test(
        arguments: [
            (500, "500ms"), (60_000, "1m"), (90_000, "1m30s"), (5_400_000, "1h30m"), (86_400_000, "1d"), (604_800_000, "7d"),
            (90_061_001, "1d1h1m1s1ms"), (0, "0s"),
        ] as [(Int64, String)])
    func timeSpansPrintCanonically(milliseconds: Int64, text: String) {
        #expect(TimeSpan(milliseconds: milliseconds).description == text)
        #expect(TimeSpan(parsing: text)?.milliseconds == milliseconds)
    }

    @Test func timeSpanConstructorsAndOrder() {
        #expect(TimeSpan.seconds(90) == TimeSpan.milliseconds(90_000))
        #expect(TimeSpan.minutes(2) < TimeSpan.hours(1))
        #expect(TimeSpan.days(1) == TimeSpan.hours(24))
    }

    @Test(arguments: [("Z", 0), ("+03:00", 180), ("-05:30", -330), ("+0930", 570), ("+03", 180), ("-18:00", -1080)] as [(String, Int)])
    func offsetsParse(text: String, minutes: Int) {
        #expect(UTCOffset(parsing: text)?.minutes == minutes)
    }

    @Test(arguments: ["", "03:00", "+3", "+03:0", "+03:60", "+19:00", "+03::00", "+0a:00", "UTC", "+030:0"])
    func malformedOffsetsAreRejected(text: String) {
        #expect(UTCOffset(parsing: text) == nil)
    }

    @Test func offsetsPrintWithSignAndColon() {
        #expect(UTCOffset(minutes: 180).description == "+03:00")
        #expect(UTCOffset(minutes: -330).description == "-05:30")
        #expect(UTCOffset.utc.description == "+00:00")
    }

    @Test func weekdaysParseAndComputeFromTimestamps() throws {
        #expect(Weekday(name: "MON") == .monday)
        #expect(Weekday(name: "sunday") == .sunday)
        #expect(Weekday(name: "mo") == nil)
        #expect(Weekday.allCases.map(\.description) == ["mon", "tue", "wed", "thu", "fri", "sat", "sun"])
        #expect(Weekday(Timestamp.epoch) == .thursday)
        #expect(Weekday(try #require(Timestamp(iso8601: "2024-02-29T23:00:00Z")), offset: UTCOffset(minutes: 120)) == .friday)
        #expect(Weekday(Timestamp(milliseconds: -1)) == .wednesday)
    }

    @Test(arguments: [("08:30", 30_600_000), ("00:00", 0), ("24:00", 86_400_000), ("23:59:59", 86_399_000), ("12:00:00.5", 43_200_500)])
    func timesOfDayParse(text: String, milliseconds: Int) {
        #expect(TimeOfDay(parsing: text)?.millisecondsSinceMidnight == milliseconds)
    }

    @Test(arguments: ["8:30", "24:01", "12:60", "12:00:60", "+1:00", "12:00:00.1234", "12", "ab:cd", "12:00:0"])
    func malformedTimesOfDayAreRejected(text: String) {
        #expect(TimeOfDay(parsing: text) == nil)
    }

    @Test func timesOfDayPrintTheirSignificantFields() {
        #expect(TimeOfDay(hour: 8).description == "08:00")
        #expect(TimeOfDay(hour: 8, minute: 5, second: 7).description == "08:05:07")
        #expect(TimeOfDay(hour: 8, second: 1, millisecond: 50).description == "08:00:01.050")
    }

    @Test func localDatesParseAndResolveAtAnOffset() throws {
        let day = try #require(LocalDateTime(parsing: "2024-02-29"))
        #expect(day.time == nil)
        #expect(day.start(at: .utc) == Timestamp(iso8601: "2024-02-29T00:00:00Z"))
        #expect(day.end(at: .utc) == Timestamp(iso8601: "2024-03-01T00:00:00Z"))
        let noon = try #require(LocalDateTime(parsing: "2024-02-29T12:00"))
        #expect(noon.start(at: UTCOffset(minutes: 60)) == Timestamp(iso8601: "2024-02-29T11:00:00Z"))
        #expect(noon.end(at: .utc) == noon.start(at: .utc))
        #expect(noon.description == "2024-02-29T12:00")
        #expect(LocalDateTime(parsing: "2024-02-29 12:00:30")?.description == "2024-02-29T12:00:30")
    }

    @Test(arguments: ["2023-02-29", "2024-13-01", "2024-1-01", "2024-01-01T", "2024-01-01X12:00", "24-01-01", "2024-01-01T25:00"])
    func malformedLocalDatesAreRejected(text: String) {
        #expect(LocalDateTime(parsing: text) == nil)
    }
}
