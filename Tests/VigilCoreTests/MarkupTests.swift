import Foundation
import Testing

@testable import VigilCore

/// Markups mark grid steps from their condition, deciding inconclusive steps by their switch.
struct MarkupTests {
    /// "Pump running (flow above 10 for a minute) on a weekday", on a 10 s grid.
    static let running = try! Condition(
        json: """
            {"all": [{"dayOfWeek": {"days": ["mon", "tue", "wed", "thu", "fri"]}},
                     {"for": {"atLeast": "1m", "condition": {"compare": {"left": "FT-101", "op": ">", "right": 10}}}}]}
            """)

    /// 2024-05-06 (a Monday) 00:00 UTC on a 10 s grid.
    static let mondayIndex: Int64 = 1_714_953_600_000 / 10_000

    private func window(first: Int64 = mondayIndex, _ flow: [Double]) -> GridWindow {
        makeWindow(step: 10_000, first: first, ["FT-101": flow])
    }

    @Test func stepsAreMarkedWhereTheConditionHolds() throws {
        let markup = Markup(id: "running", gridStepMilliseconds: 10_000, condition: Self.running)
        let flow: [Double] = [12, 12, 12, 12, 12, 12, 12, 5, 12, 12, 12, 12, 12, 12]
        #expect(
            try markup.marks(in: window(flow)) == [false, false, false, false, false, true, true, false, false, false, false, false, false, true])
        #expect(
            try markup.markedRanges(in: window(flow)) == [
                (Self.mondayIndex + 5)..<(Self.mondayIndex + 7), (Self.mondayIndex + 13)..<(Self.mondayIndex + 14),
            ])
    }

    @Test func inconclusiveStepsFollowTheSwitch() throws {
        let strict = Markup(id: "strict", gridStepMilliseconds: 10_000, condition: Self.running)
        let lenient = Markup(id: "lenient", gridStepMilliseconds: 10_000, treatInconclusiveAsPositive: true, condition: Self.running)
        let flow: [Double] = [12, 12, .nan, 12, 12, 12, 12, 12, 12, 1]
        #expect(try strict.marks(in: window(flow)) == [false, false, false, false, false, false, false, false, true, false])
        #expect(try lenient.marks(in: window(flow)) == [true, true, true, true, true, true, true, true, true, false])
        #expect(try lenient.markedRanges(in: window(flow)) == [Self.mondayIndex..<(Self.mondayIndex + 9)])
    }

    @Test func theTimeFilterDecidesEvenWithoutData() throws {
        // On a Saturday the weekday filter is false, so missing flow does not make the step inconclusive.
        let lenient = Markup(id: "lenient", gridStepMilliseconds: 10_000, treatInconclusiveAsPositive: true, condition: Self.running)
        let saturday = Self.mondayIndex + 5 * 8640
        #expect(try lenient.marks(in: window(first: saturday, [.nan, .nan, .nan])) == [false, false, false])
    }

    @Test func partialDegreesAreMarkedFromOneHalf() {
        let markup = Markup(id: "m", condition: .always)
        #expect(markup.isMarked(degree: 0.5))
        #expect(!markup.isMarked(degree: 0.49))
        #expect(!markup.isMarked(degree: nil))
        #expect(Markup(id: "m", treatInconclusiveAsPositive: true, condition: .always).isMarked(degree: nil))
    }

    @Test func theWindowMustUseTheMarkupsGridStep() {
        let markup = Markup(id: "m", gridStepMilliseconds: 60_000, condition: Self.running)
        #expect(throws: ConditionEvaluationError.gridStepMismatch(expected: 60_000, actual: 10_000)) { try markup.marks(in: window([1])) }
    }

    @Test func markupsRoundTripThroughCodable() throws {
        let markup = Markup(
            id: "night", name: "Night shift", description: "22:00–06:00 local", gridStepMilliseconds: 60_000, color: "#112233",
            treatInconclusiveAsPositive: true,
            condition: .timeOfDay(from: TimeOfDay(hour: 22), to: TimeOfDay(hour: 6), offset: UTCOffset(minutes: 180)))
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let data = try encoder.encode(markup)
        #expect(try JSONDecoder().decode(Markup.self, from: data) == markup)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains(#""condition":{"timeOfDay":{"from":"22:00","offset":"+03:00","to":"06:00"}}"#))
    }

    @Test func omittedMarkupKeysTakeTheirDefaults() throws {
        let markup = try JSONDecoder().decode(Markup.self, from: Data(#"{"id": "always", "condition": true}"#.utf8))
        #expect(markup == Markup(id: "always", condition: .always))
        #expect(markup.name == "always" && markup.gridStepMilliseconds == 1000 && !markup.treatInconclusiveAsPositive)
    }

    @Test func aMarkupNeedsAPositiveGridStep() {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Markup.self, from: Data(#"{"id": "m", "gridStepMilliseconds": 0, "condition": true}"#.utf8))
        }
    }
}
