import Testing

@testable import VigilCore

/// Parsing and formatting of timestamps, including offsets and bad input.
struct TimestampTests {
    @Test(
        arguments: [
            ("2020-02-08 13:30:47", 1_581_168_647_000),
            ("2020-02-08T13:30:47", 1_581_168_647_000),
            ("2020-02-08t13:30:47z", 1_581_168_647_000),
            ("2020-02-08T13:30:47Z", 1_581_168_647_000),
            ("2020-02-08T13:30", 1_581_168_600_000),
            ("2020-02-08", 1_581_120_000_000),
            ("2024-01-01T00:00:00.250+01:00", 1_704_063_600_250),
            ("2024-01-01T00:00:00.25", 1_704_067_200_250),
            ("2024-01-01T00:00:00,5", 1_704_067_200_500),
            ("2024-01-01T00:00:00.123456789Z", 1_704_067_200_123),
            ("2024-01-01T05:30:00+05:30", 1_704_067_200_000),
            ("2024-01-01T05:30:00+0530", 1_704_067_200_000),
            ("2023-12-31T23:00:00-01", 1_704_067_200_000),
            ("1969-12-31T23:59:59.999Z", -1),
            ("1900-03-01T00:00:00Z", -2_203_891_200_000),
            ("2024-02-29T12:00:00Z", 1_709_208_000_000),
        ] as [(String, Int64)])
    func parsesTheAcceptedForms(text: String, milliseconds: Int64) {
        #expect(Timestamp(iso8601: text)?.milliseconds == milliseconds)
    }

    @Test(arguments: [
        "", "2024", "2024-1-01", "2024-01-01T", "2024-01-01T1:00", "2024-01-01 10", "2024-13-01", "2024-00-10", "2023-02-29",
        "2024-04-31", "2024-01-01T24:00", "2024-01-01T10:60", "2024-01-01T10:00:61", "2024-01-01T10:00:00.", "2024-01-01T10:00:00+24:00",
        "2024-01-01T10:00:00+01:60", "2024-01-01T10:00:00+1", "2024-01-01T10:00:00+01:", "2024-01-01T10:00:00 Z", "2024-01-01T10:00:00Zx",
        "2024/01/01", "abcd-ef-gh",
    ])
    func rejectsBadInput(text: String) {
        #expect(Timestamp(iso8601: text) == nil)
    }

    @Test func parsesFromBytesAsFromText() {
        let text = "2024-01-01T00:00:00Z"
        let fromBytes = Array(text.utf8).withUnsafeBytes { Timestamp.parse($0) }
        #expect(fromBytes == Timestamp(iso8601: text))
        #expect(Timestamp(iso8601: text[...]) == fromBytes)
    }

    @Test(
        arguments: [
            (0, "1970-01-01T00:00:00Z"), (1_700_000_000_000, "2023-11-14T22:13:20Z"), (1_700_000_000_050, "2023-11-14T22:13:20.050Z"),
            (-1, "1969-12-31T23:59:59.999Z"), (951_782_400_000, "2000-02-29T00:00:00Z"), (-62_135_596_800_000, "0001-01-01T00:00:00Z"),
            (253_402_300_799_000, "9999-12-31T23:59:59Z"),
        ] as [(Int64, String)])
    func formatsAsRFC3339(milliseconds: Int64, text: String) {
        let time = Timestamp(milliseconds: milliseconds)
        #expect(time.iso8601 == text)
        #expect(time.description == text)
        #expect(time.mladText == String(text.dropLast()))
        #expect(Timestamp(iso8601: text) == time)
    }

    @Test func arithmeticAndDurations() {
        let t = Timestamp(seconds: 100)
        #expect(t.milliseconds == 100_000)
        #expect(t.advanced(byMilliseconds: -500).milliseconds == 99_500)
        #expect(t.milliseconds(to: Timestamp(seconds: 90)) == -10_000)
        #expect(t.advanced(by: .seconds(1.5)) == Timestamp(milliseconds: 101_500))
        #expect(t.duration(to: Timestamp(seconds: 103)) == .seconds(3))
        #expect(t.secondsSinceEpoch == 100)
        #expect(Timestamp.epoch < t)
        #expect(Duration.milliseconds(-1500).wholeMilliseconds == -1500)
        #expect(Duration.microseconds(-1_999).wholeMilliseconds == -1)  // toward zero
        #expect(Duration.microseconds(2_999).wholeMilliseconds == 2)
    }
}
