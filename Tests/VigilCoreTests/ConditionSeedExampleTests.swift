import Testing

@testable import VigilCore

/// The three diagnostic-rule examples of seed 004, written in the condition language and evaluated
/// on hand-made series with known answers.
struct ConditionSeedExampleTests {
    // MARK: "tag A has not changed for 60 s"

    static let frozen = #"{"unchanged": {"of": "A", "for": "60s"}}"#

    @Test func unchangedHoldsAfterSixtySecondsOfConstantValues() throws {
        // 1 s grid: A is 5 for t = 0…70 s, then changes every second.
        let values = (0..<200).map { $0 <= 70 ? 5.0 : 5.0 + Double($0 - 70) * 0.1 }
        let degrees = try condition(Self.frozen).evaluate(over: makeWindow(["A": values]))
        #expect(degrees[0..<60].allSatisfy { $0 == nil })  // fewer than 60 s of history
        #expect(degrees[60...70].allSatisfy { $0 == 1 })  // samples t−60…t all equal
        #expect(degrees[71...].allSatisfy { $0 == 0 })  // A changes
    }

    @Test func unchangedIsFalseAsSoonAsAChangeIsSeenEvenWithShortHistory() throws {
        let values: [Double] = [1, 2, 2, 2]
        let degrees = try condition(Self.frozen).evaluate(over: makeWindow(["A": values]))
        #expect(degrees == [nil, 0, 0, 0])
    }

    @Test func unchangedOnATenSecondGridUsesSevenSamples() throws {
        // 10 s grid: samples at t−60, t−50, …, t must be equal.
        let values: [Double] = [9, 1, 1, 1, 1, 1, 1, 1, 2]
        let degrees = try condition(Self.frozen).evaluate(over: makeWindow(step: 10_000, ["A": values]))
        #expect(degrees == [nil, 0, 0, 0, 0, 0, 0, 1, 0])
    }

    // MARK: "over the last 12 h tag B trends up while tag C trends down and tag D has no marked trend"

    static let trends = """
        {"all": [
          {"trend": {"of": "B", "window": "12h", "direction": "up"}},
          {"trend": {"of": "C", "window": "12h", "direction": "down"}},
          {"trend": {"of": "D", "window": "12h", "direction": "flat"}}
        ]}
        """

    /// A day on a 1-minute grid: B rises by 14.4 over 12 h, C falls by as much, D is flat; all with noise σ = 0.5.
    static func trendSeries(d slope: Double = 0) -> [TagID: [Double]] {
        var random = SeededGenerator(seed: 4)
        var b: [Double] = []
        var c: [Double] = []
        var d: [Double] = []
        for minute in 0..<1440 {
            b.append(100 + 0.02 * Double(minute) + 0.5 * random.gaussian())
            c.append(50 - 0.02 * Double(minute) + 0.5 * random.gaussian())
            d.append(70 + slope * Double(minute) + 0.5 * random.gaussian())
        }
        return ["B": b, "C": c, "D": d]
    }

    @Test func upDownAndFlatTrendsHoldTogether() throws {
        let degrees = try condition(Self.trends).evaluate(over: makeWindow(step: 60_000, Self.trendSeries()))
        #expect(degrees[0..<719].allSatisfy { $0 == nil })  // less than 12 h of history
        #expect(degrees[719...].allSatisfy { $0 == 1 })
    }

    @Test func aTrendingDMakesTheRuleFail() throws {
        let degrees = try condition(Self.trends).evaluate(over: makeWindow(step: 60_000, Self.trendSeries(d: 0.02)))
        #expect(degrees[719...].allSatisfy { $0 == 0 })
    }

    @Test func aSlightTrendInDGivesAPartialDegree() throws {
        // D rises 0.72 over 12 h against noise 0.5: a ratio near 1.4, between unmarkedBelow 1 and markedAbove 3.
        let series = Self.trendSeries(d: 0.001)
        let degrees = try condition(Self.trends).evaluate(over: makeWindow(step: 60_000, series))
        let last = try #require(degrees.last ?? nil)
        let ratio = referenceTrendRatio(Array(series["D"]!.suffix(720)))
        #expect(ratio > 1 && ratio < 3)
        #expect(Swift.abs(last - (1 - (ratio - 1) / 2)) < 1e-9)
    }

    // MARK: "X fell below 2800 after having been above 2900"

    static let fell = """
        {"sequence": {
          "first": {"compare": {"left": "X", "op": ">", "right": 2900}},
          "then": {"compare": {"left": "X", "op": "<", "right": 2800}},
          "within": "1h"
        }}
        """

    @Test func fallingBelowAfterHavingBeenAboveHolds() throws {
        // 1-minute grid: 2850 for an hour, 2950 for minutes 60–70, 2850 until 79, then 2750 until 140.
        let x = (0...140).map { minute -> Double in
            switch minute {
            case 60...70: 2950
            case 80...: 2750
            default: 2850
            }
        }
        let degrees = try condition(Self.fell).evaluate(over: makeWindow(step: 60_000, ["X": x]))
        #expect(degrees[0..<80].allSatisfy { $0 == 0 })  // X is not below 2800
        #expect(degrees[80...130].allSatisfy { $0 == 1 })  // above 2900 at minute 70, at most 60 min ago
        #expect(degrees[131...].allSatisfy { $0 == 0 })  // the excursion above 2900 is more than an hour old
    }

    @Test func fallingBelowWithoutHavingBeenAboveDoesNotHold() throws {
        // Control: 2850 for two hours, then below 2800, never above 2900.
        let x = (0...180).map { $0 < 120 ? 2850.0 : 2750.0 }
        let degrees = try condition(Self.fell).evaluate(over: makeWindow(step: 60_000, ["X": x]))
        #expect(degrees.allSatisfy { $0 == 0 })
    }

    @Test func fallingBelowWithUnknownHistoryIsInconclusive() throws {
        // Below 2800 from the start: whether X was above 2900 before the window is unknown.
        let x = [Double](repeating: 2750, count: 70)
        let degrees = try condition(Self.fell).evaluate(over: makeWindow(step: 60_000, ["X": x]))
        #expect(degrees[0..<60].allSatisfy { $0 == nil })
        #expect(degrees[60...].allSatisfy { $0 == 0 })
    }
}
