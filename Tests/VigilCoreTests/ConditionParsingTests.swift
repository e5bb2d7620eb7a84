import Testing

@testable import VigilCore

/// Bad condition documents are rejected with the JSON path (or line and column) and the problem.
struct ConditionParsingTests {
    private func failure(_ json: String) -> String? {
        do {
            _ = try Condition(json: json)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func theErrorNamesThePathAndTheExpectedForm() {
        let json = #"{"all": [true, {"trend": {"of": "B", "window": 12, "direction": "up"}}]}"#
        #expect(failure(json) == #"$.all[1].trend.window: expected a duration like "60s", got 12"#)
    }

    @Test(arguments: [
        (
            #"{"trend": {"of": "B", "windw": "1h", "direction": "up"}}"#,
            #"$.trend.windw: unknown key "windw" in "trend"; expected one of: of, window, direction, unmarkedBelow, markedAbove, minNoise, coverage"#
        ),
        (#"{"trend": {"of": "B", "direction": "up"}}"#, #"$.trend: "trend" needs the key "window""#),
        (
            #"{"trnd": {}}"#,
            #"$.trnd: unknown condition "trnd"; expected one of: all, any, not, compare, inside, outside, unchanged, trend, for, within, sequence, timeOfDay, dayOfWeek, dateRange"#
        ),
        (
            #"{"mean": {"of": "A", "window": "1m"}}"#,
            #"$.mean: "mean" gives a value, not a condition; compare it, e.g. {"compare": {"left": {"mean": …}, "op": ">", "right": 0}}"#
        ),
        (
            #"{"compare": {"left": {"trend": {}}, "op": ">", "right": 1}}"#,
            #"$.compare.left.trend: "trend" is a condition, not a value; a value is a tag id, a number or a value expression"#
        ),
        (
            #"{"compare": {"left": {"median": {}}, "op": ">", "right": 1}}"#,
            #"$.compare.left.median: unknown value expression "median"; expected one of: add, subtract, multiply, divide, abs, mean, min, max, std, slope, rate, lag"#
        ),
        (#"{"all": [], "any": []}"#, "$: a condition is an object with exactly one key naming its kind, found 2 keys (all, any)"),
        (#"{"all": []}"#, #"$.all: "all" takes a non-empty array of conditions, got an array"#),
        (#"{"any": {"not": true}}"#, #"$.any: "any" takes a non-empty array of conditions, got an object"#),
        (#"{"not": "A"}"#, #"$.not: expected a condition (true, false, or an object such as {"compare": …}), got "A""#),
        (#"[true]"#, #"$: expected a condition (true, false, or an object such as {"compare": …}), got an array"#),
        (
            #"{"compare": {"left": "A", "op": "=", "right": 1}}"#,
            #"$.compare.op: expected one of "<", "<=", ">", ">=", "==", "!=", got "=""#
        ),
        (
            #"{"compare": {"left": "A", "op": "<", "right": 1, "tolerance": 2}}"#,
            #"$.compare.tolerance: a tolerance applies to "==" and "!=" only; use softness with "<""#
        ),
        (#"{"compare": {"left": "A", "op": "<", "right": 1, "softness": -1}}"#, "$.compare.softness: expected a number ≥ 0, got -1"),
        (#"{"compare": {"left": "", "op": "<", "right": 1}}"#, "$.compare.left: a tag id cannot be empty"),
        (
            #"{"compare": {"left": null, "op": "<", "right": 1}}"#,
            #"$.compare.left: expected a value (a tag id, a number, or an object such as {"mean": …}), got null"#
        ),
        (
            #"{"compare": {"left": {"subtract": ["A"]}, "op": "<", "right": 1}}"#,
            #"$.compare.left.subtract: "subtract" takes an array of exactly 2 values, got an array"#
        ),
        (
            #"{"compare": {"left": {"add": ["A", {"mean": {"of": "A", "window": "0s"}}]}, "op": "<", "right": 1}}"#,
            #"$.compare.left.add[1].mean.window: expected a positive duration, got "0s""#
        ),
        (
            #"{"compare": {"left": {"mean": {"of": "A", "window": "1m", "coverage": 0}}, "op": "<", "right": 1}}"#,
            "$.compare.left.mean.coverage: expected a share of the window in (0, 1], got 0"
        ),
        (#"{"inside": {"value": "T", "low": 20, "high": 10}}"#, "$.inside.low: low 20 is above high 10"),
        (
            #"{"trend": {"of": "B", "window": "1h", "direction": "rising"}}"#,
            #"$.trend.direction: expected "up", "down" or "flat", got "rising""#
        ),
        (
            #"{"trend": {"of": "B", "window": "1h", "direction": "up", "markedAbove": 0.5}}"#,
            "$.trend.markedAbove: markedAbove (0.5) must be greater than unmarkedBelow (1)"
        ),
        (#"{"for": {"atLeast": "soon", "condition": true}}"#, #"$.for.atLeast: expected a duration like "60s", got "soon""#),
        (#"{"sequence": {"first": true, "then": true}}"#, #"$.sequence: "sequence" needs the key "within""#),
        (#"{"timeOfDay": {"from": "8:00", "to": "17:00"}}"#, #"$.timeOfDay.from: expected a time of day like "08:30", got "8:00""#),
        (#"{"timeOfDay": {"from": "08:00", "to": "08:00"}}"#, "$.timeOfDay: from and to are the same time; use true for the whole day"),
        (
            #"{"timeOfDay": {"from": "08:00", "to": "17:00", "offset": "+3"}}"#,
            #"$.timeOfDay.offset: expected a UTC offset like "+03:00" or "Z", got "+3""#
        ),
        (#"{"dayOfWeek": {"days": []}}"#, #"$.dayOfWeek.days: expected a non-empty array of days such as ["mon", "tue"], got an array"#),
        (#"{"dayOfWeek": {"days": ["mon", "funday"]}}"#, #"$.dayOfWeek.days[1]: expected a day such as "mon" or "monday", got "funday""#),
        (
            #"{"dateRange": {"from": "2024-02-30", "to": "2024-03-01"}}"#,
            #"$.dateRange.from: expected a date like "2024-03-31" or "2024-03-31T12:00", got "2024-02-30""#
        ),
        (#"{"dateRange": {"from": "2024-03-02", "to": "2024-03-01"}}"#, "$.dateRange.to: the range ends (2024-03-01) before it starts (2024-03-02)"),
        (#"{"not": {"compare": {"left": "A", "op": "<", "right": 1, "left": "B"}}}"#, #"$.not.compare.left: the key "left" appears more than once"#),
        (
            #"{"unchanged": "A"}"#,
            #"$.unchanged: expected an object with the keys of "unchanged" (of, for, tolerance, softness, coverage), got "A""#
        ),
    ])
    func invalidDocumentsAreRejectedWithTheirPath(json: String, message: String) {
        #expect(failure(json) == message)
    }

    @Test(arguments: [
        ("{\"all\": [true,\n  false,,]}", "line 2, column 9: unexpected ',', expected a value"),
        ("{\"all\" [true]}", "line 1, column 8: unexpected '[', expected ':'"),
        ("{\"all\": [true]", "line 1, column 15: unexpected end of text, expected ',' or '}'"),
        ("true false", "line 1, column 6: unexpected 'f' after the document"),
        ("{\"a\": 01}", "line 1, column 8: a number cannot start with 0"),
        ("{\"a\": 1e999}", "line 1, column 7: the number 1e999 is out of range"),
        ("{\"a\": \"x\\q\"}", "line 1, column 9: unknown escape \\q"),
        ("{\"a\": \"x", "line 1, column 7: unterminated string"),
        ("{'a': 1}", "line 1, column 2: unexpected ''', expected a member name in double quotes"),
        ("", "line 1, column 1: unexpected end of text, expected a value"),
        ("nul", "line 1, column 1: unexpected 'n', expected a value"),
    ])
    func malformedJSONIsRejectedWithLineAndColumn(json: String, message: String) {
        #expect(failure(json) == message)
    }

    @Test func deeplyNestedDocumentsAreRejectedWithoutCrashing() {
        let json = String(repeating: #"{"not": "#, count: 300) + "true" + String(repeating: "}", count: 300)
        #expect(failure(json)?.hasSuffix("nested deeper than 200 levels") == true)
    }

    @Test func errorsExposeTheirLocation() throws {
        let error = try #require(throws: ConditionParseError.self) { try Condition(json: #"{"not": 1}"#) }
        #expect(error.location == .path("$.not"))
        let syntax = try #require(throws: ConditionParseError.self) { try Condition(json: "{") }
        #expect(syntax.location == .text(line: 1, column: 2))
    }

    @Test func expressionsParseOnTheirOwn() throws {
        #expect(try SeriesExpression(json: #""A""#) == .tag("A"))
        #expect(try SeriesExpression(json: "2.5") == .constant(2.5))
        #expect(try SeriesExpression(json: #"{"abs": "A"}"#) == .abs("A"))
        #expect(throws: ConditionParseError.self) { try SeriesExpression(json: "true") }
    }

    @Test func bytesAndTextParseAlike() throws {
        let text = #"{"compare": {"left": "Ω-1", "op": ">", "right": 1}}"#
        #expect(try Condition(jsonBytes: Array(text.utf8)) == Condition(json: text))
        #expect(try Condition(jsonBytes: [0xEF, 0xBB, 0xBF] + Array("true".utf8)) == .always)
        #expect(throws: ConditionParseError.self) { try Condition(jsonBytes: [0x22, 0xFF, 0x22]) }
    }

    @Test func stringEscapesAreDecoded() throws {
        let json = #"{"compare": {"left": "a\"b\\c\u00e9\ud83d\ude00\n", "op": ">", "right": 1}}"#
        #expect(try Condition(json: json).tags == ["a\"b\\cé😀\n"])
    }
}
