import Foundation
import Testing

@testable import VigilCore

/// Streaming evaluation, look-back and the bounded-history evaluation agree with whole-window evaluation.
struct ConditionEvaluatorTests {
    /// A rule using most stateful nodes, nested.
    static let rule = """
        {"any": [
          {"all": [
            {"trend": {"of": "B", "window": "20s", "direction": "up", "coverage": 0.8}},
            {"for": {"atLeast": "5s", "condition": {"compare": {"left": {"mean": {"of": "A", "window": "4s", "coverage": 0.5}},
                                                                "op": ">", "right": 0, "softness": 2}}}}
          ]},
          {"sequence": {"first": {"compare": {"left": {"rate": {"of": "A", "over": "2s"}}, "op": ">", "right": 1}},
                        "then": {"unchanged": {"of": "B", "for": "3s", "tolerance": 0.5, "coverage": 0.7}}, "within": "10s"}},
          {"within": {"last": "3s", "condition": {"compare": {"left": {"lag": {"of": "A", "by": "6s"}}, "op": "<", "right": -2}}}}
        ]}
        """

    static func columns(count: Int) -> [TagID: [Double]] {
        var random = SeededGenerator(seed: 11)
        var a = 0.0
        var b = 0.0
        var columnA: [Double] = []
        var columnB: [Double] = []
        for _ in 0..<count {
            a += random.gaussian()
            b += 0.2 + 0.3 * random.gaussian()
            columnA.append(Double.random(in: 0..<1, using: &random) < 0.1 ? .nan : a)
            columnB.append(Double.random(in: 0..<1, using: &random) < 0.1 ? .nan : b)
        }
        return ["A": columnA, "B": columnB]
    }

    @Test func lookbackCountsEveryNestedWindow() throws {
        let rule = try condition(Self.rule)
        // trend 20 steps → 19; for 5 over mean 4 → 4 + 3 = 7; sequence: first (rate 2) + 10 = 12,
        // then unchanged 3 → 3; within 3 over lag 6 → 6 + 2 = 8.
        #expect(try rule.lookbackSteps(stepMilliseconds: 1000) == 19)
        #expect(try rule.lookbackMilliseconds(stepMilliseconds: 1000) == 19_000)
        // On a 3 s grid durations round up: trend 7 steps → 6; sequence: rate 1 + within 4 = 5, ...
        #expect(try rule.lookbackSteps(stepMilliseconds: 3000) == 6)
        #expect(try condition(#"{"compare": {"left": "A", "op": ">", "right": 1}}"#).lookbackSteps(stepMilliseconds: 1000) == 0)
    }

    @Test func streamingMatchesWholeWindowEvaluation() throws {
        let rule = try condition(Self.rule)
        let window = makeWindow(first: 1000, Self.columns(count: 300))
        let whole = try rule.evaluate(over: window)
        var evaluator = try ConditionEvaluator(rule, grid: window.grid)
        #expect(evaluator.tags == ["B", "A"])
        for offset in 0..<window.count {
            let row = evaluator.tags.map { window.columns[$0]![offset] }
            let degree = try evaluator.push(index: window.firstIndex + Int64(offset), values: row)
            #expect(same(degree, whole[offset]))
        }
        #expect(whole.contains { $0 == nil } && whole.contains { $0 == 1 } && whole.contains { $0 == 0 })
    }

    @Test func newestDegreeFromBoundedHistoryMatchesWholeHistory() throws {
        let rule = try condition(Self.rule)
        let columns = Self.columns(count: 300)
        let whole = try rule.evaluate(over: makeWindow(columns))
        for end in stride(from: 25, through: 300, by: 25) {
            let prefix = makeWindow(columns.mapValues { Array($0.prefix(end)) })
            #expect(same(try rule.newestDegree(in: prefix), whole[end - 1], tolerance: 1e-9))
        }
        #expect(try rule.newestDegree(in: makeWindow(step: 1000, ["A": [], "B": []])) == nil)
    }

    @Test func aWarmedUpEvaluatorMatchesWholeHistory() throws {
        let rule = try condition(Self.rule)
        let columns = Self.columns(count: 200)
        let whole = try rule.evaluate(over: makeWindow(columns))
        var evaluator = try ConditionEvaluator(rule, grid: TimeGrid(stepMilliseconds: 1000))
        let start = 150 - evaluator.lookbackSteps
        var last: Double?
        for offset in start..<200 {
            last = try evaluator.push(index: Int64(offset), values: evaluator.tags.map { columns[$0]![offset] })
            if offset >= 150 { #expect(same(last, whole[offset], tolerance: 1e-9)) }
        }
    }

    @Test func skippedStepsCountAsMissing() throws {
        let rule = try condition(#"{"for": {"atLeast": "3s", "condition": {"compare": {"left": "A", "op": ">", "right": 0}}}}"#)
        var evaluator = try ConditionEvaluator(rule, grid: TimeGrid(stepMilliseconds: 1000))
        #expect(try evaluator.push(index: 0, values: [1]) == nil)
        #expect(try evaluator.push(index: 1, values: [1]) == nil)
        #expect(try evaluator.push(index: 2, values: [1]) == 1)
        #expect(try evaluator.push(index: 4, values: [1]) == nil)  // step 3 missing
        #expect(try evaluator.push(index: 6, values: [1]) == nil)
        #expect(try evaluator.push(index: 7, values: [1]) == nil)
        #expect(try evaluator.push(index: 8, values: [1]) == 1)
        #expect(try evaluator.push(index: 1000, values: [1]) == nil)  // a long gap resets
        #expect(evaluator.lastIndex == 1000)
    }

    @Test func resetForgetsHistory() throws {
        let rule = try condition(#"{"within": {"last": "5s", "condition": {"compare": {"left": "A", "op": ">", "right": 0}}}}"#)
        var evaluator = try ConditionEvaluator(rule, grid: TimeGrid(stepMilliseconds: 1000))
        #expect(try evaluator.push(index: 0, values: [1]) == 1)
        #expect(try evaluator.push(index: 1, values: [0]) == 1)
        evaluator.reset()
        #expect(evaluator.lastIndex == nil)
        #expect(try evaluator.push(index: 0, values: [0]) == nil)
    }

    @Test func streamingErrorsNameTheProblem() throws {
        let rule = try condition(#"{"compare": {"left": "A", "op": ">", "right": "B"}}"#)
        var evaluator = try ConditionEvaluator(rule, grid: TimeGrid(stepMilliseconds: 1000))
        #expect(throws: ConditionEvaluationError.rowLength(expected: 2, actual: 1)) { try evaluator.push(index: 0, values: [1]) }
        _ = try evaluator.push(index: 5, values: [1, 2])
        #expect(throws: ConditionEvaluationError.indexNotIncreasing(index: 5, previous: 5)) { try evaluator.push(index: 5, values: [1, 2]) }
        let error = ConditionEvaluationError.indexNotIncreasing(index: 5, previous: 5)
        #expect(error.description == "grid step 5 does not come after the previous step 5")
    }

    @Test func windowErrorsNameTheTag() throws {
        let rule = try condition(#"{"compare": {"left": "A", "op": ">", "right": "B"}}"#)
        #expect(throws: ConditionEvaluationError.missingColumn("B")) { try rule.evaluate(over: makeWindow(["A": [1, 2]])) }
        let uneven = GridWindow(grid: TimeGrid(stepMilliseconds: 1000), firstIndex: 0, count: 2, columns: ["A": [1, 2], "B": [1]])
        #expect(throws: ConditionEvaluationError.columnLength("B", expected: 2, actual: 1)) { try rule.evaluate(over: uneven) }
        #expect(ConditionEvaluationError.missingColumn("B").description == "the window has no column for tag 'B', which the condition reads")
    }

    @Test func overlongWindowsAreRejected() throws {
        let rule = try condition(#"{"for": {"atLeast": "365d", "condition": true}}"#)
        #expect(throws: ConditionEvaluationError.windowTooLong(.days(365), steps: 31_536_000, stepMilliseconds: 1000)) {
            try ConditionEvaluator(rule, grid: TimeGrid(stepMilliseconds: 1000))
        }
        #expect(try rule.lookbackSteps(stepMilliseconds: 60_000) == 525_599)
        let huge = Condition.holds(.always, forAtLeast: TimeSpan(milliseconds: .max))
        #expect(throws: ConditionEvaluationError.self) { try huge.lookbackSteps(stepMilliseconds: 7) }
    }
}

/// Value expressions evaluate on their own, as derived tags, in batch and streaming alike.
struct SeriesEvaluatorTests {
    static let deviation = #"{"subtract": ["A", {"mean": {"of": {"lag": {"of": "A", "by": "2s"}}, "window": "3s", "coverage": 0.6}}]}"#

    @Test func streamingMatchesWholeWindowEvaluation() throws {
        let expression = try SeriesExpression(json: Self.deviation)
        let columns = ConditionEvaluatorTests.columns(count: 200)
        let whole = try expression.evaluate(over: makeWindow(columns))
        #expect(try expression.lookbackSteps(stepMilliseconds: 1000) == 4)
        var evaluator = try SeriesEvaluator(expression, grid: TimeGrid(stepMilliseconds: 1000))
        #expect(evaluator.tags == ["A"] && evaluator.lookbackSteps == 4 && evaluator.grid.stepMilliseconds == 1000)
        for offset in 0..<200 {
            #expect(same(try evaluator.push(index: Int64(offset), values: [columns["A"]![offset]]), whole[offset]))
        }
        #expect(whole.compactMap { $0 }.count > 150)
        evaluator.reset()
        #expect(try evaluator.push(index: 0, values: [1]) == nil)
    }

    @Test func aDerivedTagFromTwoTags() throws {
        var spread = try SeriesEvaluator(.subtract("TT-1", "TT-2"), grid: TimeGrid(stepMilliseconds: 1000))
        #expect(try spread.push(index: 0, values: [5, 3]) == 2)
        #expect(try spread.push(index: 1, values: [5, .nan]) == nil)
    }
}

/// Templates re-bind conditions to other tags.
struct ConditionTagTests {
    @Test func replacingTagsRebindsEveryReference() throws {
        let rule = try condition(ConditionEvaluatorTests.rule)
        let rebound = rule.replacingTags(["A": "A2", "B": "B2"])
        #expect(rebound.tags == ["B2", "A2"])
        #expect(rebound.replacingTags(["A2": "A", "B2": "B"]) == rule)
        #expect(
            rebound.compactJSON
                == rule.compactJSON.replacingOccurrences(of: #""A""#, with: #""A2""#).replacingOccurrences(of: #""B""#, with: #""B2""#))
        let every = try ConditionRoundTripTests.canonicalDocuments.map { try Condition(json: $0) }
        for document in every {
            let renamed = document.replacingTags(Dictionary(uniqueKeysWithValues: document.tags.map { ($0, TagID($0.rawValue + "'")) }))
            #expect(renamed.tags == document.tags.map { TagID($0.rawValue + "'") })
        }
    }
}
