/// The degree arithmetic of the condition language: degrees are Doubles in [0, 1] and NaN stands
/// for "inconclusive".
enum Fuzzy {
    /// 1 when `excess <= 0`, fading linearly to 0 at `excess == softness` (crisp when softness is 0).
    static func fade(_ excess: Double, softness: Double) -> Double {
        if excess <= 0 { return 1 }
        guard softness > 0 else { return 0 }
        return Swift.max(0, 1 - excess / softness)
    }

    /// 0 at or below `low`, 1 at or above `high`, linear between (a step at `high` when `high <= low`).
    static func ramp(_ value: Double, from low: Double, to high: Double) -> Double {
        if value >= high { return 1 }
        if value <= low { return 0 }
        return (value - low) / (high - low)
    }

    /// Kleene conjunction: 0 if either is 0, else inconclusive if either is, else the minimum.
    static func and(_ a: Double, _ b: Double) -> Double {
        if a == 0 || b == 0 { return 0 }
        if a.isNaN || b.isNaN { return .nan }
        return Swift.min(a, b)
    }

    /// Kleene disjunction: 1 if either is 1, else inconclusive if either is, else the maximum.
    static func or(_ a: Double, _ b: Double) -> Double {
        if a == 1 || b == 1 { return 1 }
        if a.isNaN || b.isNaN { return .nan }
        return Swift.max(a, b)
    }

    /// The Kleene minimum of a window of degrees: the minimum when all are known, 0 when a known one
    /// is 0, otherwise inconclusive.
    static func windowMinimum(_ window: SlidingExtremes) -> Double {
        let minimum = window.minimum
        return window.present == window.window || minimum == 0 ? minimum : .nan
    }

    /// The Kleene maximum of a window of degrees: the maximum when all are known, 1 when a known one
    /// is 1, otherwise inconclusive.
    static func windowMaximum(_ window: SlidingExtremes) -> Double {
        let maximum = window.maximum
        return window.present == window.window || maximum == 1 ? maximum : .nan
    }

    /// The degree of `left op right`, see ``Condition/compare(_:_:_:tolerance:softness:)``.
    static func compare(_ left: Double, _ op: ComparisonOperator, _ right: Double, tolerance: Double, softness: Double) -> Double {
        if left.isNaN || right.isNaN { return .nan }
        switch op {
        case .less: return softness > 0 ? fade(left - right, softness: softness) : (left < right ? 1 : 0)
        case .lessOrEqual: return fade(left - right, softness: softness)
        case .greater: return softness > 0 ? fade(right - left, softness: softness) : (left > right ? 1 : 0)
        case .greaterOrEqual: return fade(right - left, softness: softness)
        case .equal: return fade(Swift.abs(left - right) - tolerance, softness: softness)
        case .notEqual: return 1 - fade(Swift.abs(left - right) - tolerance, softness: softness)
        }
    }

    /// The degree of a trend given the least-squares line of a window of `steps` steps, see
    /// ``Condition/trend(_:window:direction:unmarkedBelow:markedAbove:minNoise:coverage:)``: the change across
    /// the window over the noise (the residual deviation, at least `minNoise`), ramped from `low` to `high`.
    static func trend(
        _ line: (slopePerStep: Double, residualDeviation: Double), steps: Int, direction: TrendDirection, low: Double, high: Double,
        minNoise: Double
    ) -> Double {
        guard !line.slopePerStep.isNaN, !line.residualDeviation.isNaN else { return .nan }
        let change = line.slopePerStep * Double(steps)
        let noise = Swift.max(line.residualDeviation, minNoise)
        let ratio = noise > 0 ? change / noise : (change == 0 ? 0 : (change > 0 ? Double.infinity : -Double.infinity))
        switch direction {
        case .up: return ramp(ratio, from: low, to: high)
        case .down: return ramp(-ratio, from: low, to: high)
        case .flat: return 1 - ramp(Swift.abs(ratio), from: low, to: high)
        }
    }
}
