import Testing

@testable import VigilCore

/// Time-of-day, day-of-week and date-range filters, in UTC and at fixed offsets.
struct TimeFilterTests {
    /// Degrees of a time filter at the given instants.
    private func degrees(_ json: String, at times: [String]) throws -> [Double?] {
        let rule = try condition(json)
        var evaluator = try ConditionEvaluator(rule, grid: TimeGrid(stepMilliseconds: 60_000))
        return try times.map { text in
            let time = try #require(Timestamp(iso8601: text))
            evaluator.reset()
            return try evaluator.push(index: TimeGrid(stepMilliseconds: 60_000).index(atOrBefore: time), values: [])
        }
    }

    @Test func timeOfDayIncludesItsStartAndExcludesItsEnd() throws {
        let json = #"{"timeOfDay": {"from": "08:00", "to": "17:30"}}"#
        let times = ["2024-05-06T07:59:00Z", "2024-05-06T08:00:00Z", "2024-05-06T17:29:00Z", "2024-05-06T17:30:00Z"]
        #expect(try degrees(json, at: times) == [0, 1, 1, 0])
    }

    @Test func timeOfDayWrapsPastMidnight() throws {
        let json = #"{"timeOfDay": {"from": "22:00", "to": "06:00"}}"#
        let times = ["2024-05-06T21:59:00Z", "2024-05-06T23:00:00Z", "2024-05-07T05:59:00Z", "2024-05-07T06:00:00Z"]
        #expect(try degrees(json, at: times) == [0, 1, 1, 0])
    }

    @Test func timeOfDayAtAFixedOffset() throws {
        // 08:00–09:00 at +03:00 is 05:00–06:00 UTC.
        let json = #"{"timeOfDay": {"from": "08:00", "to": "09:00", "offset": "+03:00"}}"#
        #expect(try degrees(json, at: ["2024-05-06T04:59:00Z", "2024-05-06T05:00:00Z", "2024-05-06T08:30:00Z"]) == [0, 1, 0])
    }

    @Test func dayOfWeekFollowsTheOffset() throws {
        // 2024-05-05 is a Sunday; 22:00 UTC on Sunday is already Monday at +03:00.
        let weekend = #"{"dayOfWeek": {"days": ["sat", "Sunday"]}}"#
        let weekendEast = #"{"dayOfWeek": {"days": ["sat", "sun"], "offset": "+03:00"}}"#
        let times = ["2024-05-04T12:00:00Z", "2024-05-05T22:00:00Z", "2024-05-06T12:00:00Z"]
        #expect(try degrees(weekend, at: times) == [1, 1, 0])
        #expect(try degrees(weekendEast, at: times) == [1, 0, 0])
    }

    @Test func dateRangeWithDatesIncludesTheWholeLastDay() throws {
        let json = #"{"dateRange": {"from": "2024-06-01", "to": "2024-08-31"}}"#
        let times = ["2024-05-31T23:59:00Z", "2024-06-01T00:00:00Z", "2024-08-31T23:59:00Z", "2024-09-01T00:00:00Z"]
        #expect(try degrees(json, at: times) == [0, 1, 1, 0])
    }

    @Test func dateRangeWithTimesAndOffset() throws {
        // [2024-01-01 12:00, 2024-01-02 06:00) at -05:00 is [17:00Z, 11:00Z next day).
        let json = #"{"dateRange": {"from": "2024-01-01T12:00", "to": "2024-01-02 06:00", "offset": "-05:00"}}"#
        let times = ["2024-01-01T16:59:00Z", "2024-01-01T17:00:00Z", "2024-01-02T10:59:00Z", "2024-01-02T11:00:00Z"]
        #expect(try degrees(json, at: times) == [0, 1, 1, 0])
    }

    @Test func timeFiltersWorkBeforeTheEpoch() throws {
        let json = #"{"all": [{"timeOfDay": {"from": "23:00", "to": "23:59"}}, {"dayOfWeek": {"days": ["wed"]}}]}"#
        // 1969-12-31 was a Wednesday.
        #expect(try degrees(json, at: ["1969-12-31T23:30:00Z", "1969-12-30T23:30:00Z"]) == [1, 0])
    }

    @Test func aWorkingHoursMarkupCombinesFilters() throws {
        let json = """
            {"all": [{"dayOfWeek": {"days": ["mon", "tue", "wed", "thu", "fri"], "offset": "+03:00"}},
                     {"timeOfDay": {"from": "08:00", "to": "17:00", "offset": "+03:00"}}]}
            """
        // Monday 2024-05-06 10:00 local = 07:00Z; Saturday 2024-05-11 10:00 local.
        #expect(try degrees(json, at: ["2024-05-06T07:00:00Z", "2024-05-11T07:00:00Z", "2024-05-06T15:00:00Z"]) == [1, 0, 0])
    }
}
