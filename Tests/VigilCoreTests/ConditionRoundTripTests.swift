import Foundation
import Testing

@testable import VigilCore

/// Every node survives JSON text and Codable round trips exactly, and is written in canonical form.
struct ConditionRoundTripTests {
    /// One document per node and option, in canonical compact form.
    static let canonicalDocuments = [
        "true",
        "false",
        #"{"compare":{"left":"A","op":"<","right":2800}}"#,
        #"{"compare":{"left":"A","op":"==","right":"B","tolerance":0.5,"softness":2}}"#,
        #"{"compare":{"left":{"add":["A","B",1.5]},"op":">=","right":{"multiply":["C",-2]},"softness":1}}"#,
        #"{"compare":{"left":{"subtract":["A",{"divide":["B","C"]}]},"op":"!=","right":{"abs":"D"},"tolerance":1e-05}}"#,
        #"{"inside":{"value":"T","low":10,"high":{"max":{"of":"T","window":"1h","coverage":0.5}},"softness":0.25}}"#,
        #"{"outside":{"value":{"mean":{"of":"T","window":"10m"}},"low":{"min":{"of":"T","window":"1d"}},"high":100}}"#,
        #"{"all":[{"any":[true,false]},{"not":{"compare":{"left":{"std":{"of":"A","window":"5m"}},"op":">","right":3}}}]}"#,
        #"{"compare":{"left":{"slope":{"of":"B","window":"12h","per":"1h","coverage":0.9}},"op":">","right":0}}"#,
        #"{"compare":{"left":{"slope":{"of":"B","window":"12h"}},"op":">","right":0}}"#,
        #"{"compare":{"left":{"rate":{"of":"B"}},"op":">","right":0}}"#,
        #"{"compare":{"left":{"rate":{"of":"B","over":"5m","per":"1m"}},"op":">","right":0}}"#,
        #"{"compare":{"left":{"lag":{"of":"B","by":"1h30m"}},"op":"<","right":"B"}}"#,
        #"{"unchanged":{"of":"A","for":"1m"}}"#,
        #"{"unchanged":{"of":"A","for":"500ms","tolerance":0.1,"softness":0.2,"coverage":0.8}}"#,
        #"{"trend":{"of":"B","window":"12h","direction":"up"}}"#,
        #"{"trend":{"of":"C","window":"1d","direction":"flat","unmarkedBelow":0.5,"markedAbove":4,"minNoise":0.01,"coverage":0.75}}"#,
        #"{"for":{"atLeast":"5m","condition":{"compare":{"left":"P","op":">","right":10}}}}"#,
        #"{"within":{"last":"10m","condition":{"compare":{"left":"P","op":">","right":10}}}}"#,
        #"{"sequence":{"first":{"compare":{"left":"X","op":">","right":2900}},"then":{"compare":{"left":"X","op":"<","right":2800}},"within":"1h"}}"#,
        #"{"timeOfDay":{"from":"22:00","to":"06:00:30"}}"#,
        #"{"timeOfDay":{"from":"08:00","to":"24:00","offset":"+03:00"}}"#,
        #"{"dayOfWeek":{"days":["mon","sat","sun"],"offset":"-05:30"}}"#,
        #"{"dateRange":{"from":"2024-06-01","to":"2024-08-31T12:00","offset":"+01:00"}}"#,
    ]

    @Test(arguments: canonicalDocuments)
    func canonicalDocumentsRoundTripExactly(json: String) throws {
        let parsed = try condition(json)
        #expect(parsed.compactJSON == json)
        #expect(try Condition(json: parsed.json) == parsed)
        let encoded = try JSONEncoder().encode(parsed)
        #expect(try JSONDecoder().decode(Condition.self, from: encoded) == parsed)
    }

    @Test func nonCanonicalSpellingsAreNormalised() throws {
        let loose = #"""
            {"all": [
              {"dayOfWeek": {"days": ["Sunday", "MON", "mon"], "offset": "Z"}},
              {"unchanged": {"of": "A", "for": "90s", "coverage": 1, "tolerance": 0}},
              {"rate": {"of": "A"}}
            ]}
            """#
        let failure = try #require(throws: ConditionParseError.self) { try Condition(json: loose) }
        #expect(failure.description.hasPrefix(#"$.all[2].rate: "rate" gives a value"#))
        let fixed = loose.replacingOccurrences(of: #"{"rate": {"of": "A"}}"#, with: "true")
        #expect(try condition(fixed).compactJSON == #"{"all":[{"dayOfWeek":{"days":["mon","sun"]}},{"unchanged":{"of":"A","for":"1m30s"}},true]}"#)
    }

    @Test func swiftValuesRoundTripThroughJSON() throws {
        let rule = Condition.all([
            .holds(.compare("P", .greater, 10, softness: 2), forAtLeast: .minutes(5)),
            .trend(.subtract("TT-1", "TT-2"), window: .hours(12), direction: .down, markedAbove: 5),
            .dayOfWeek([.sunday, .monday]),
            .timeOfDay(from: TimeOfDay(hour: 22), to: TimeOfDay(hour: 6), offset: UTCOffset(minutes: 180)),
            .dateRange(from: LocalDateTime(year: 2024, month: 1, day: 1)!, to: LocalDateTime(year: 2024, month: 12, day: 31)!),
            .occurred(.inside(.rolling(.max, of: "A", window: .seconds(30)), low: 0, high: 1), withinLast: .hours(1)),
            .sequence(first: .never, then: .not(.always), within: .milliseconds(1500)),
            .unchanged(.rate(of: "A", over: .seconds(10), per: .minutes(1)), for: .seconds(60)),
            .compare(.slope(of: .lag(of: "A", by: .hours(1)), window: .hours(2), per: .hours(1)), .lessOrEqual, .abs(.multiply(["A", 2]))),
        ])
        #expect(try Condition(json: rule.json) == rule)
        #expect(try Condition(json: rule.compactJSON) == rule)
        #expect(try JSONDecoder().decode(Condition.self, from: JSONEncoder().encode(rule)) == rule)
        #expect(rule.tags == ["P", "TT-1", "TT-2", "A"])
    }

    @Test func readableJSONKeepsShortNodesOnOneLine() throws {
        let rule = try condition(ConditionSeedExampleTests.trends)
        #expect(
            rule.json == """
                {
                  "all": [
                    {"trend": {"of": "B", "window": "12h", "direction": "up"}},
                    {"trend": {"of": "C", "window": "12h", "direction": "down"}},
                    {"trend": {"of": "D", "window": "12h", "direction": "flat"}}
                  ]
                }
                """)
        #expect(
            Condition.holds(.compare("P", .greater, 10), forAtLeast: .minutes(5)).json
                == #"{"for": {"atLeast": "5m", "condition": {"compare": {"left": "P", "op": ">", "right": 10}}}}"#)
    }

    @Test func decodingErrorsInsideALargerDocumentCarryTheFullPath() throws {
        let json = #"{"id": "m", "condition": {"all": [true, {"trend": {"of": "B", "window": 12, "direction": "up"}}]}}"#
        let error = try #require(throws: ConditionParseError.self) { try JSONDecoder().decode(Markup.self, from: Data(json.utf8)) }
        #expect(error.description == #"$.condition.all[1].trend.window: expected a duration like "60s", got 12"#)
    }

    @Test func timeSpansAreCodableAsText() throws {
        #expect(String(decoding: try JSONEncoder().encode([TimeSpan.minutes(90)]), as: UTF8.self) == #"["1h30m"]"#)
        #expect(try JSONDecoder().decode([TimeSpan].self, from: Data(#"["12h"]"#.utf8)) == [.hours(12)])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([TimeSpan].self, from: Data("[12]".utf8)) }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([TimeSpan].self, from: Data(#"["12 hours"]"#.utf8)) }
    }

    @Test func jsonNumbersAndStringsAreWrittenValidly() {
        #expect(JSONValue.format(2800) == "2800")
        #expect(JSONValue.format(-0.0) == "0")
        #expect(JSONValue.format(0.1) == "0.1")
        #expect(JSONValue.format(1e20) == "1e+20")
        #expect(JSONValue.quoted("a\"\\\n\u{01}é") == #""a\"\\\n\u0001é""#)
        #expect(JSONPath.root.appending("all").appending(1).appending("odd key").description == #"$.all[1]["odd key"]"#)
    }
}
