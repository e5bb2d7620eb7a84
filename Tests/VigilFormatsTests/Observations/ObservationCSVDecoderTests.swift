import Testing
import VigilCore
import VigilFormats

/// Decodes a whole text, fed in chunks of `chunkSize` bytes.
func decodeCSV(
    _ text: String, options: ObservationCSVOptions = ObservationCSVOptions(), chunkSize: Int = .max
) throws(ObservationCSVError) -> (observations: [Observation], summary: ObservationCSVSummary) {
    var decoder = ObservationCSVDecoder(source: "test.csv", options: options)
    var observations: [Observation] = []
    let bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
        let end = min(bytes.count, offset + chunkSize)
        decoder.append(bytes[offset..<end])
        offset = end
        _ = try decoder.decode(into: &observations, limit: .max)
    }
    decoder.finish()
    let status = try decoder.decode(into: &observations, limit: .max)
    #expect(status == .endOfInput)
    return (observations, decoder.summary)
}

/// Milliseconds of a UTC date-time written as `YYYY-MM-DDThh:mm:ss[.fff]`.
func ms(_ text: String) -> Timestamp {
    Timestamp(iso8601: text)!
}

@Suite("Observation CSV: long format")
struct LongFormatTests {
    @Test func readsMLADFormatWithHeader() throws {
        let (observations, summary) = try decodeCSV(
            "timestamp;tag_name;value\n2024-01-01T00:00:00;FT-101;4.5\n2024-01-01T00:00:01;PT-7;-1e3\n")
        #expect(
            observations == [
                Observation(tag: "FT-101", timestamp: ms("2024-01-01T00:00:00"), value: 4.5),
                Observation(tag: "PT-7", timestamp: ms("2024-01-01T00:00:01"), value: -1000),
            ])
        #expect(summary.layout == .long)
        #expect(summary.hasHeader)
        #expect(summary.separator == .semicolon)
        #expect(summary.timestampFormat == .iso8601)
        #expect(summary.tags == ["FT-101", "PT-7"])
        #expect(summary.rows == 2 && summary.observations == 2 && summary.lines == 3)
        #expect(summary.earliest == ms("2024-01-01T00:00:00") && summary.latest == ms("2024-01-01T00:00:01"))
    }

    @Test func readsWithoutHeaderAndWithQuality() throws {
        let (observations, summary) = try decodeCSV(
            "2024-01-01T00:00:00;FT-101;1;good\n2024-01-01T00:00:00;FT-102;2;2\n2024-01-01T00:00:00;FT-103;3;\n2024-01-01T00:00:00;FT-104;4\n")
        #expect(!summary.hasHeader)
        #expect(summary.layout == .long)
        #expect(observations.map(\.quality) == [.good, .bad, nil, nil])
        #expect(observations.map(\.value) == [1, 2, 3, 4])
    }

    @Test func acceptsFractionalSecondsOffsetsAndSpaces() throws {
        let (observations, _) = try decodeCSV(
            """
            2024-01-01T00:00:00.250;A;1
            2024-01-01T01:00:00+01:00;A;2
            2024-01-01T00:00:00Z;A;3
            2024-01-01 00:00:01;A;4
            2024-01-01T00:00;A;5

            """)
        #expect(
            observations.map(\.timestamp.milliseconds) == [
                ms("2024-01-01T00:00:00").milliseconds + 250, ms("2024-01-01T00:00:00").milliseconds,
                ms("2024-01-01T00:00:00").milliseconds, ms("2024-01-01T00:00:01").milliseconds,
                ms("2024-01-01T00:00:00").milliseconds,
            ])
    }

    @Test func quotedTagNamesMayHoldSeparatorsQuotesAndLineBreaks() throws {
        let (observations, summary) = try decodeCSV(
            "2024-01-01T00:00:00;\"Pump; east\";1\n2024-01-01T00:00:00;\"say \"\"hi\"\"\";2\n2024-01-01T00:00:00;\"two\nlines\";3\n2024-01-01T00:00:01;x;4\n"
        )
        #expect(observations.map(\.tag) == ["Pump; east", "say \"hi\"", "two\nlines", "x"])
        #expect(summary.tags == ["Pump; east", "say \"hi\"", "two\nlines", "x"])
        #expect(summary.lines == 5)
    }

    @Test func numericTagNamesNeedTheHeaderOrTheLayoutOption() throws {
        let text = "2024-01-01T00:00:00;101;1\n2024-01-01T00:00:00;102;2\n"
        #expect(try decodeCSV(text).summary.layout == .wide)
        let long = try decodeCSV(text, options: ObservationCSVOptions(layout: .long))
        #expect(long.observations.map(\.tag) == ["101", "102"])
        let headed = try decodeCSV("timestamp;tag_name;value\n" + text)
        #expect(headed.summary.layout == .long)
        #expect(headed.observations.map(\.value) == [1, 2])
    }

    @Test func emptyTagNameIsABadRow() {
        #expect {
            try decodeCSV("2024-01-01T00:00:00;A;1\n2024-01-01T00:00:00; ;2\n")
        } throws: { error in
            (error as? ObservationCSVError)
                == ObservationCSVError(
                    source: "test.csv", line: 2, column: 2, columnName: "tag_name", reason: .emptyTagName)
        }
    }

    @Test func badQualityIsABadRow() throws {
        let result = try decodeCSV(
            "2024-01-01T00:00:00;A;1;excellent\n2024-01-01T00:00:00;A;2;uncertain\n", options: ObservationCSVOptions(skipBadRows: true))
        #expect(result.observations.map(\.quality) == [.uncertain])
        #expect(result.summary.errors.first?.reason == .badQuality)
        #expect(
            result.summary.errors.first?.description
                == "test.csv:1: column 4 (quality): 'excellent' is not a quality (expected good, uncertain, bad or 0-255)")
    }
}

@Suite("Observation CSV: wide format")
struct WideFormatTests {
    @Test func readsNABLayout() throws {
        let (observations, summary) = try decodeCSV("timestamp,value\n2015-08-31 18:22:00,90\n2015-08-31 18:32:00,80.5\n")
        #expect(summary.layout == .wide)
        #expect(summary.separator == .comma)
        #expect(summary.tags == ["value"])
        #expect(
            observations == [
                Observation(tag: "value", timestamp: ms("2015-08-31T18:22:00"), value: 90),
                Observation(tag: "value", timestamp: ms("2015-08-31T18:32:00"), value: 80.5),
            ])
    }

    @Test func readsSKABLayoutWithAMappingHook() throws {
        let text = """
            datetime;Accelerometer1RMS;Volume Flow RateRMS;anomaly;changepoint
            2020-03-09 10:34:33;0.0270797;32.0;0.0;0.0
            2020-03-09 10:34:34;0.026995;32.5;1.0;0.0

            """
        var options = ObservationCSVOptions()
        options.columnMapping = { column in
            ["anomaly", "changepoint"].contains(column.header) ? nil : TagID("skab." + column.defaultTagID.rawValue)
        }
        let (observations, summary) = try decodeCSV(text, options: options)
        #expect(summary.tags == ["skab.Accelerometer1RMS", "skab.Volume Flow RateRMS"])
        #expect(
            observations.map(\.tag) == ["skab.Accelerometer1RMS", "skab.Volume Flow RateRMS", "skab.Accelerometer1RMS", "skab.Volume Flow RateRMS"])
        #expect(observations.map(\.value) == [0.0270797, 32.0, 0.026995, 32.5])
        #expect(observations[2].timestamp == ms("2020-03-09T10:34:34"))
    }

    @Test func findsTheTimestampColumnByNameOrPosition() throws {
        let text = "a;when;b\n1;2024-01-01T00:00:00;2\n"
        let byName = try decodeCSV(text, options: ObservationCSVOptions(timestampColumn: .name("WHEN")))
        #expect(byName.observations.map(\.tag) == ["a", "b"])
        #expect(byName.observations.allSatisfy { $0.timestamp == ms("2024-01-01T00:00:00") })
        let byPosition = try decodeCSV(text, options: ObservationCSVOptions(timestampColumn: .position(1)))
        #expect(byPosition.observations == byName.observations)
        #expect(try decodeCSV("x;Time;y\n1;2024-01-01T00:00:00;2\n").observations.map(\.tag) == ["x", "y"])
        #expect(throws: ObservationCSVError(source: "test.csv", line: 1, reason: .missingTimestampColumn("stamp"))) {
            try decodeCSV(text, options: ObservationCSVOptions(timestampColumn: .name("stamp")))
        }
        #expect(throws: ObservationCSVError(source: "test.csv", line: 1, reason: .timestampColumnOutOfRange(5))) {
            try decodeCSV(text, options: ObservationCSVOptions(timestampColumn: .position(5)))
        }
    }

    @Test func headerlessColumnsAreNamedByPosition() throws {
        let (observations, summary) = try decodeCSV("2024-01-01T00:00:00\t1\t2\n")
        #expect(!summary.hasHeader)
        #expect(summary.separator == .tab)
        #expect(observations.map(\.tag) == ["column2", "column3"])
    }

    @Test func detectsEpochSecondsAndMilliseconds() throws {
        let seconds = try decodeCSV("1700000000,1\n1700000000.25,2\n")
        #expect(seconds.summary.timestampFormat == .epochSeconds)
        #expect(seconds.observations.map(\.timestamp.milliseconds) == [1_700_000_000_000, 1_700_000_000_250])
        let milliseconds = try decodeCSV("time,x\n1700000000123,1\n")
        #expect(milliseconds.summary.timestampFormat == .epochMilliseconds)
        #expect(milliseconds.observations.first?.timestamp.milliseconds == 1_700_000_000_123)
        let forced = try decodeCSV("5,1\n", options: ObservationCSVOptions(timestampFormat: .epochMilliseconds))
        #expect(forced.observations.first?.timestamp.milliseconds == 5)
    }

    @Test func epochFilesRejectDateTimeRowsAndViceVersa() throws {
        let result = try decodeCSV("1700000000,1\n2024-01-01T00:00:00,2\n", options: ObservationCSVOptions(skipBadRows: true))
        #expect(result.observations.count == 1)
        #expect(result.summary.errors.first?.reason == .badTimestamp(.epochSeconds))
    }

    @Test func missingValuesAreSkippedAndCounted() throws {
        let (observations, summary) = try decodeCSV("timestamp,a,b,c\n2024-01-01T00:00:00,,NaN,1\n2024-01-01T00:00:01,null,2,\n")
        #expect(observations.map(\.tag) == ["c", "b"])
        #expect(summary.missingValues == 4)
        #expect(summary.observations == 2)
    }

    @Test func duplicateTagColumnsAreRejected() {
        #expect(throws: ObservationCSVError(source: "test.csv", line: 1, column: 3, columnName: "a", reason: .duplicateColumn("a"))) {
            try decodeCSV("timestamp,a,a\n2024-01-01T00:00:00,1,2\n")
        }
        var options = ObservationCSVOptions()
        options.columnMapping = { _ in "same" }
        #expect(throws: ObservationCSVError.self) { try decodeCSV("timestamp,a,b\n2024-01-01T00:00:00,1,2\n", options: options) }
        options.columnMapping = { _ in nil }
        #expect(throws: ObservationCSVError(source: "test.csv", line: 1, reason: .noValueColumns)) {
            try decodeCSV("timestamp,a,b\n2024-01-01T00:00:00,1,2\n", options: options)
        }
    }
}

@Suite("Observation CSV: detection and malformed input")
struct MalformedCSVTests {
    @Test func skipsByteOrderMarkAndHandlesCRLF() throws {
        let (observations, summary) = try decodeCSV("\u{FEFF}timestamp;x\r\n2024-01-01T00:00:00;1.5\r\n2024-01-01T00:00:01;2\r\n")
        #expect(summary.hasHeader)
        #expect(observations.map(\.tag) == ["x", "x"])
        #expect(observations.map(\.value) == [1.5, 2])
    }

    @Test func ignoresBlankLinesAndKeepsLineNumbers() throws {
        let text = "\n\ntimestamp;tag_name;value\n\n2024-01-01T00:00:00;A;1\n   \n2024-01-01T00:00:00;A;oops\n"
        let (observations, summary) = try decodeCSV(text, options: ObservationCSVOptions(skipBadRows: true))
        #expect(observations.count == 1)
        #expect(summary.blankLines == 4)
        #expect(summary.errors.map(\.line) == [7])
    }

    @Test func trailingSeparatorsAreIgnored() throws {
        let long = try decodeCSV("2024-01-01T00:00:00;A;1;\n2024-01-01T00:00:00;A;2;;\n")
        #expect(long.observations.map(\.value) == [1, 2])
        let wide = try decodeCSV("timestamp,a,b,\n2024-01-01T00:00:00,1,2,\n2024-01-01T00:00:01,3,4\n")
        #expect(wide.summary.tags == ["a", "b"])
        #expect(wide.observations.map(\.value) == [1, 2, 3, 4])
    }

    @Test func quotedNumbersAndHeadersWithSeparators() throws {
        let (observations, _) = try decodeCSV("timestamp,\"flow, m3/h\"\n\"2024-01-01T00:00:00\",\"1.5\"\n")
        #expect(observations == [Observation(tag: "flow, m3/h", timestamp: ms("2024-01-01T00:00:00"), value: 1.5)])
    }

    @Test func wrongColumnCountNamesLineAndCounts() {
        let text = "timestamp,a,b\n2024-01-01T00:00:00,1,2\n2024-01-01T00:00:01,1\n"
        #expect(
            throws: ObservationCSVError(source: "test.csv", line: 3, reason: .wrongColumnCount(expected: 3...3, found: 2))
        ) { try decodeCSV(text) }
        #expect(
            throws: ObservationCSVError(source: "test.csv", line: 2, reason: .wrongColumnCount(expected: 3...4, found: 5))
        ) { try decodeCSV("2024-01-01T00:00:00;A;1\n2024-01-01T00:00:00;A;1;good;x\n") }
        let error = ObservationCSVError(source: "f.csv", line: 3, reason: .wrongColumnCount(expected: 3...4, found: 5))
        #expect(error.description == "f.csv:3: expected 3 or 4 fields, found 5")
    }

    @Test func badNumberNamesColumnAndText() {
        let number = "timestamp,flow,pressure\n2024-01-01T00:00:00,1,l2.5\n"
        #expect {
            try decodeCSV(number)
        } throws: { error in
            let error = error as? ObservationCSVError
            return error?.description == "test.csv:2: column 3 (pressure): 'l2.5' is not a number (expected digits with a '.' decimal point)"
        }
    }

    @Test func decimalCommaIsNotANumber() {
        #expect(throws: ObservationCSVError(source: "test.csv", line: 1, column: 3, columnName: "value", text: "1,5", reason: .badNumber)) {
            try decodeCSV("2024-01-01T00:00:00;A;\"1,5\"\n")
        }
    }

    @Test func badTimestampNamesColumnAndText() {
        #expect(
            throws: ObservationCSVError(
                source: "test.csv", line: 3, column: 1, columnName: "timestamp", text: "2024-13-01T00:00:00",
                reason: .badTimestamp(.iso8601))
        ) {
            try decodeCSV("timestamp;tag_name;value\n2024-01-01T00:00:00;A;1\n2024-13-01T00:00:00;A;1\n")
        }
    }

    @Test func textAfterClosingQuoteIsABadRow() {
        #expect(
            throws: ObservationCSVError(
                source: "test.csv", line: 1, column: 2, columnName: "tag_name", text: "A", reason: .textAfterClosingQuote)
        ) {
            try decodeCSV("2024-01-01T00:00:00;\"A\"B;1\n", options: ObservationCSVOptions(layout: .long))
        }
    }

    @Test func unterminatedQuoteIsReportedAtItsLine() {
        #expect(throws: ObservationCSVError(source: "test.csv", line: 2, reason: .unterminatedQuote)) {
            try decodeCSV("2024-01-01T00:00:00;A;1\n2024-01-01T00:00:00;\"A;1\n2024-01-01T00:00:00;A;1\n")
        }
    }

    @Test func skipBadKeepsEveryGoodRowInOrderAndReportsTheFirstErrors() throws {
        var lines = ["timestamp;tag_name;value"]
        var expected: [Double] = []
        for index in 0..<100 {
            if index % 10 == 3 {
                lines.append("2024-01-01T00:00:00;A;bad\(index)")
            } else {
                lines.append("2024-01-01T00:00:00;A;\(index)")
                expected.append(Double(index))
            }
        }
        let options = ObservationCSVOptions(skipBadRows: true, maxReportedErrors: 4)
        let (observations, summary) = try decodeCSV(lines.joined(separator: "\n"), options: options)
        #expect(observations.map(\.value) == expected)
        #expect(summary.badRows == 10)
        #expect(summary.rows == 100)
        #expect(summary.errors.map(\.line) == [5, 15, 25, 35])
        #expect(summary.errors.first?.text == "bad3")
    }

    @Test func strictModeHasDecodedTheGoodRowsBeforeTheError() {
        var decoder = ObservationCSVDecoder(source: "s.csv")
        var observations: [Observation] = []
        decoder.append(Array("timestamp,a\n2024-01-01T00:00:00,1\n2024-01-01T00:00:01,2\n2024-01-01T00:00:02,x\n2024-01-01T00:00:03,4\n".utf8))
        decoder.finish()
        #expect(throws: ObservationCSVError.self) { try decoder.decode(into: &observations, limit: .max) }
        #expect(observations.map(\.value) == [1, 2])
        #expect(decoder.summary.badRows == 1)
    }

    @Test func aQuoteNeverClosedInAHugeInputStopsAtTheRecordLimit() {
        var decoder = ObservationCSVDecoder(source: "big.csv")
        var observations: [Observation] = []
        decoder.append(Array("timestamp;tag_name;value\n2024-01-01T00:00:00;\"A".utf8))
        let chunk = [UInt8](repeating: UInt8(ascii: "x"), count: 1 << 20)
        #expect(throws: ObservationCSVError(source: "big.csv", line: 2, reason: .recordTooLong(limit: ObservationCSVDecoder.maximumRecordLength))) {
            for _ in 0...(ObservationCSVDecoder.maximumRecordLength >> 20) {
                decoder.append(chunk)
                _ = try decoder.decode(into: &observations, limit: .max)
            }
        }
        #expect(observations.isEmpty)
    }

    @Test func noSeparatorIsAFileError() {
        #expect(throws: ObservationCSVError(source: "test.csv", line: 2, reason: .noSeparator)) {
            try decodeCSV("\n2024-01-01T00:00:00\n")
        }
    }

    @Test func emptyAndHeaderOnlyInputGiveNothing() throws {
        #expect(try decodeCSV("").observations.isEmpty)
        #expect(try decodeCSV("\n\n").summary.blankLines == 2)
        let headerOnly = try decodeCSV("timestamp;tag_name;value\n")
        #expect(headerOnly.observations.isEmpty)
        #expect(headerOnly.summary.layout == .long)
    }

    @Test func explicitSeparatorAndHeaderOverrideDetection() throws {
        let text = "timestamp,a;b\n2024-01-01T00:00:00,1\n"
        #expect(throws: ObservationCSVError.self) { try decodeCSV(text) }
        let comma = try decodeCSV(text, options: ObservationCSVOptions(separator: .comma))
        #expect(comma.observations == [Observation(tag: "a;b", timestamp: ms("2024-01-01T00:00:00"), value: 1)])
        let headed = try decodeCSV("0;7\n1;8\n", options: ObservationCSVOptions(hasHeader: true))
        #expect(headed.summary.tags == ["7"])
        #expect(headed.observations.map(\.value) == [8])
        let headless = try decodeCSV("t;v\n", options: ObservationCSVOptions(hasHeader: false, skipBadRows: true))
        #expect(headless.summary.badRows == 1)
    }

    @Test func chunkBoundariesDoNotChangeTheResult() throws {
        let text =
            "\u{FEFF}timestamp;tag_name;value;quality\r\n2024-01-01T00:00:00.5;\"a;\"\"b\"\"\";1.25;good\r\n\r\n"
            + "2024-01-01T00:00:01;c;-3e-2;\r\n2024-01-01T00:00:02;\"multi\nline\";7\r\n2024-01-01T00:00:03;d;NaN;bad"
        let whole = try decodeCSV(text)
        for chunkSize in [1, 2, 3, 7, 64] {
            let chunked = try decodeCSV(text, chunkSize: chunkSize)
            #expect(chunked.observations == whole.observations, "chunk size \(chunkSize)")
            #expect(chunked.summary == whole.summary, "chunk size \(chunkSize)")
        }
        #expect(whole.observations.count == 3)
        #expect(whole.summary.missingValues == 1)
    }

    @Test func limitStopsAtWholeRows() throws {
        var decoder = ObservationCSVDecoder(source: "l.csv")
        decoder.append(Array("timestamp,a,b,c\n2024-01-01T00:00:00,1,2,3\n2024-01-01T00:00:01,4,5,6\n".utf8))
        decoder.finish()
        var observations: [Observation] = []
        #expect(try decoder.decode(into: &observations, limit: 2) == .limitReached)
        #expect(observations.count == 3)
        #expect(try decoder.decode(into: &observations, limit: 100) == .endOfInput)
        #expect(observations.map(\.value) == [1, 2, 3, 4, 5, 6])
    }
}
