import Testing

@testable import VigilCore

/// Each node of the condition language evaluated on short hand-made series with known answers.
struct ConditionNodeTests {
    private func degrees(_ json: String, step: Int64 = 1000, _ columns: [TagID: [Double]]) throws -> [Double?] {
        try condition(json).evaluate(over: makeWindow(step: step, columns))
    }

    // MARK: Comparisons and ranges

    @Test(arguments: [
        ("<", [1.0, 0, 0]), ("<=", [1.0, 1, 0]), (">", [0.0, 0, 1]), (">=", [0.0, 1, 1]), ("==", [0.0, 1, 0]), ("!=", [1.0, 0, 1]),
    ])
    func crispComparisons(op: String, expected: [Double]) throws {
        let json = #"{"compare": {"left": "A", "op": "\#(op)", "right": 5}}"#
        #expect(try degrees(json, ["A": [4, 5, 6]]) == expected)
    }

    @Test func softnessFadesBeyondTheThreshold() throws {
        let json = #"{"compare": {"left": "A", "op": "<", "right": 100, "softness": 20}}"#
        #expect(try degrees(json, ["A": [90, 100, 105, 110, 120, 130]]) == [1, 1, 0.75, 0.5, 0, 0])
    }

    @Test func toleranceWidensEqualityAndSoftnessFadesIt() throws {
        let equal = #"{"compare": {"left": "A", "op": "==", "right": "B", "tolerance": 1, "softness": 2}}"#
        let notEqual = #"{"compare": {"left": "A", "op": "!=", "right": "B", "tolerance": 1, "softness": 2}}"#
        let columns: [TagID: [Double]] = ["A": [10, 11, 12, 7, 14], "B": [10, 10, 10, 10, 10]]
        #expect(try degrees(equal, columns) == [1, 1, 0.5, 0, 0])
        #expect(try degrees(notEqual, columns) == [0, 0, 0.5, 1, 1])
    }

    @Test func insideAndOutsideIncludeTheBoundsAndFade() throws {
        let inside = #"{"inside": {"value": "T", "low": 10, "high": 20, "softness": 4}}"#
        let outside = #"{"outside": {"value": "T", "low": 10, "high": 20, "softness": 4}}"#
        let columns: [TagID: [Double]] = ["T": [5, 8, 10, 15, 20, 21, 30]]
        #expect(try degrees(inside, columns) == [0, 0.5, 1, 1, 1, 0.75, 0])
        #expect(try degrees(outside, columns) == [1, 0.5, 0, 0, 0, 0.25, 1])
    }

    @Test func rangeBoundsMayBeSeries() throws {
        let json = #"{"inside": {"value": "T", "low": "LO", "high": {"add": ["LO", 5]}}}"#
        #expect(try degrees(json, ["T": [3, 3, 9], "LO": [1, 4, 4]]) == [1, 0, 1])
    }

    @Test func missingOperandsAreInconclusive() throws {
        let json = #"{"compare": {"left": "A", "op": ">", "right": "B"}}"#
        #expect(try degrees(json, ["A": [1, .nan, 3], "B": [0, 0, .nan]]) == [1, nil, nil])
    }

    // MARK: Logic

    @Test func allAnyAndNotAreMinimumMaximumAndComplement() throws {
        let a = #"{"compare": {"left": "A", "op": "<", "right": 10, "softness": 10}}"#  // A=15 → 0.5
        let b = #"{"compare": {"left": "B", "op": "<", "right": 10, "softness": 10}}"#  // B=12 → 0.8
        let columns: [TagID: [Double]] = ["A": [15], "B": [12]]
        #expect(try degrees(#"{"all": [\#(a), \#(b)]}"#, columns) == [0.5])
        #expect(try degrees(#"{"any": [\#(a), \#(b)]}"#, columns) == [0.8])
        let negated = try #require(try degrees(#"{"not": \#(b)}"#, columns)[0])
        #expect(Swift.abs(negated - 0.2) < 1e-12)
    }

    @Test func logicFollowsKleeneWithInconclusiveOperands() throws {
        let a = #"{"compare": {"left": "A", "op": ">", "right": 0}}"#
        let b = #"{"compare": {"left": "B", "op": ">", "right": 0}}"#
        // A: false, true, missing; B missing throughout.
        let columns: [TagID: [Double]] = ["A": [-1, 1, .nan], "B": [.nan, .nan, .nan]]
        #expect(try degrees(#"{"all": [\#(a), \#(b)]}"#, columns) == [0, nil, nil])
        #expect(try degrees(#"{"any": [\#(a), \#(b)]}"#, columns) == [nil, 1, nil])
        #expect(try degrees(#"{"not": \#(a)}"#, columns) == [1, 0, nil])
    }

    @Test func constantConditions() throws {
        #expect(try degrees("true", ["A": [1, 2]]) == [1, 1])
        #expect(try degrees("false", ["A": [1, 2]]) == [0, 0])
    }

    // MARK: Arithmetic

    private func values(_ json: String, _ columns: [TagID: [Double]], step: Int64 = 1000) throws -> [Double?] {
        try SeriesExpression(json: json).evaluate(over: makeWindow(step: step, columns))
    }

    private func expectValues(
        _ json: String, _ columns: [TagID: [Double]], step: Int64 = 1000, _ expected: [Double?], sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let actual = try values(json, columns, step: step)
        #expect(actual.count == expected.count, sourceLocation: sourceLocation)
        for (a, e) in zip(actual, expected) {
            #expect(same(a, e, tolerance: 1e-12), "got \(String(describing: a)), expected \(String(describing: e))", sourceLocation: sourceLocation)
        }
    }

    @Test func arithmeticOnSeries() throws {
        let columns: [TagID: [Double]] = ["A": [1, 2, .nan, 4], "B": [3, 0, 1, 2]]
        try expectValues(#"{"add": ["A", "B", 10]}"#, columns, [14, 12, nil, 16])
        try expectValues(#"{"subtract": ["A", "B"]}"#, columns, [-2, 2, nil, 2])
        try expectValues(#"{"multiply": ["A", "B", 2]}"#, columns, [6, 0, nil, 16])
        try expectValues(#"{"divide": ["A", "B"]}"#, columns, [1.0 / 3, nil, nil, 2])  // division by zero is missing
        try expectValues(#"{"abs": {"subtract": ["A", "B"]}}"#, columns, [2, 2, nil, 2])
    }

    // MARK: Rolling statistics, rate, lag

    @Test func rollingStatisticsOverTheLastWindow() throws {
        let columns: [TagID: [Double]] = ["A": [1, 3, 2, 6, 4]]
        try expectValues(#"{"mean": {"of": "A", "window": "3s"}}"#, columns, [nil, nil, 2, 11.0 / 3, 4])
        try expectValues(#"{"min": {"of": "A", "window": "3s"}}"#, columns, [nil, nil, 1, 2, 2])
        try expectValues(#"{"max": {"of": "A", "window": "3s"}}"#, columns, [nil, nil, 3, 6, 6])
        try expectValues(#"{"std": {"of": "A", "window": "3s"}}"#, columns, [nil, nil, 1, (13.0 / 3).squareRoot(), 2])
    }

    @Test func coverageLetsRollingStatisticsSkipMissingValues() throws {
        let columns: [TagID: [Double]] = ["A": [1, .nan, 3, 5, .nan, .nan]]
        try expectValues(#"{"mean": {"of": "A", "window": "3s", "coverage": 0.6}}"#, columns, [nil, nil, 2, 4, 4, nil])
        try expectValues(#"{"mean": {"of": "A", "window": "3s"}}"#, columns, [nil, nil, nil, nil, nil, nil])
    }

    @Test func slopeIsInUnitsPerChosenPeriod() throws {
        // 10 s grid, A rises 2 per step: 0.2 per second, 12 per minute.
        let columns: [TagID: [Double]] = ["A": [0, 2, 4, 6]]
        try expectValues(#"{"slope": {"of": "A", "window": "30s"}}"#, columns, step: 10_000, [nil, nil, 0.2, 0.2])
        try expectValues(#"{"slope": {"of": "A", "window": "30s", "per": "1m"}}"#, columns, step: 10_000, [nil, nil, 12, 12])
    }

    @Test func rateOfChangeOverAPeriod() throws {
        let columns: [TagID: [Double]] = ["A": [0, 5, 15, 30]]
        try expectValues(#"{"rate": {"of": "A"}}"#, columns, [nil, 5, 10, 15])  // per second over one step
        try expectValues(#"{"rate": {"of": "A", "over": "2s", "per": "1m"}}"#, columns, [nil, nil, 450, 750])
    }

    @Test func lagReadsAnEarlierValue() throws {
        try expectValues(#"{"lag": {"of": "A", "by": "2s"}}"#, ["A": [1, 2, 3, 4]], [nil, nil, 1, 2])
    }

    @Test func nestedWindowsCompose() throws {
        // Max over 2 steps of the 2-step mean.
        let columns: [TagID: [Double]] = ["A": [0, 2, 8, 0, 0]]
        try expectValues(#"{"max": {"of": {"mean": {"of": "A", "window": "2s"}}, "window": "2s"}}"#, columns, [nil, nil, 5, 5, 4])
    }

    // MARK: Durations and sequences

    @Test func forRequiresTheConditionAtEveryStepOfTheDuration() throws {
        let json = #"{"for": {"atLeast": "3s", "condition": {"compare": {"left": "P", "op": ">", "right": 10}}}}"#
        #expect(try degrees(json, ["P": [11, 12, 13, 14, 5, 12, 12, 12]]) == [nil, nil, 1, 1, 0, 0, 0, 1])
    }

    @Test func forTakesTheMinimumOfPartialDegrees() throws {
        let json = #"{"for": {"atLeast": "2s", "condition": {"compare": {"left": "P", "op": ">=", "right": 10, "softness": 10}}}}"#
        #expect(try degrees(json, ["P": [10, 5, 10, 8]]) == [nil, 0.5, 0.5, 0.8])
    }

    @Test func withinTakesTheMaximumOverTheLastPeriod() throws {
        let json = #"{"within": {"last": "3s", "condition": {"compare": {"left": "P", "op": ">", "right": 10}}}}"#
        #expect(try degrees(json, ["P": [11, 0, 0, 0, 0, 20]]) == [1, 1, 1, 0, 0, 1])
        #expect(try degrees(json, ["P": [0, 0, .nan, 0, 0, 0]]) == [nil, nil, nil, nil, nil, 0])
    }

    @Test func sequenceNeedsTheFirstConditionStrictlyBeforeTheSecond() throws {
        // A then B within 2 s.
        let json = """
            {"sequence": {"first": {"compare": {"left": "A", "op": ">", "right": 0}},
                          "then": {"compare": {"left": "B", "op": ">", "right": 0}}, "within": "2s"}}
            """
        let columns: [TagID: [Double]] = ["A": [0, 0, 0, 1, 0, 0, 0, 1], "B": [0, 0, 0, 1, 1, 1, 1, 0]]
        #expect(try degrees(json, columns) == [0, 0, 0, 0, 1, 1, 0, 0])
    }

    // MARK: Unchanged and trend

    @Test func unchangedAllowsATolerance() throws {
        let json = #"{"unchanged": {"of": "A", "for": "2s", "tolerance": 0.5, "softness": 1}}"#
        let actual = try degrees(json, ["A": [1, 1.2, 1.4, 2.0, 3.5]])
        #expect(zip(actual, [nil, nil, 1, 0.7, 0]).allSatisfy { same($0, $1) }, "\(actual)")
    }

    @Test func trendDegreesFollowTheRatioOfChangeToNoise() throws {
        // A rises with alternating noise; the degrees match the ratio computed directly.
        let values = (0..<20).map { Double($0) * 0.08 + ($0 % 2 == 0 ? 0.3 : -0.3) }
        let ratio = referenceTrendRatio(Array(values.suffix(10)))
        #expect(ratio > 1 && ratio < 3)
        for direction in ["up", "down", "flat"] {
            let json = #"{"trend": {"of": "A", "window": "10s", "direction": "\#(direction)"}}"#
            let degree = try #require(try degrees(json, ["A": values]).last ?? nil)
            let expected = direction == "up" ? (ratio - 1) / 2 : direction == "down" ? 0 : 1 - (ratio - 1) / 2
            #expect(Swift.abs(degree - expected) < 1e-9, "\(direction)")
        }
    }

    @Test func trendThresholdsAndNoiseFloorAreAdjustable() throws {
        // A perfect line has no noise: any rise is a full trend, unless a noise floor is set.
        let line = (0..<10).map { Double($0) * 0.1 }  // change across the window: 1.0
        let strict = #"{"trend": {"of": "A", "window": "10s", "direction": "up"}}"#
        let floored = #"{"trend": {"of": "A", "window": "10s", "direction": "up", "minNoise": 0.5, "unmarkedBelow": 0, "markedAbove": 4}}"#
        #expect(try degrees(strict, ["A": line]).last == 1)
        #expect(try degrees(floored, ["A": line]).last == 0.5)  // ratio 2 on a 0…4 ramp
    }

    @Test func aConstantSeriesHasNoTrend() throws {
        let constant = [Double](repeating: 0.1, count: 10)
        for (direction, expected) in [("up", 0.0), ("down", 0), ("flat", 1)] {
            let json = #"{"trend": {"of": "A", "window": "5s", "direction": "\#(direction)"}}"#
            #expect(try degrees(json, ["A": constant]).suffix(6).allSatisfy { $0 == expected }, "\(direction)")
        }
    }
}
