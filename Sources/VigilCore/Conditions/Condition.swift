/// An expression over tags and time whose value at every grid step is a degree of truth in
/// [0, 1] — 1 holds, 0 does not, in between partly — or *inconclusive* when data it needs is
/// missing. Diagnostic rules and markups share it; `docs/conditions.md` describes the language.
///
/// Conditions are JSON documents: `true`, `false`, or an object with one key naming the node.
/// "Tag X fell below 2800 after having been above 2900 within the last hour":
///
/// ```json
/// {"sequence": {
///   "first": {"compare": {"left": "X", "op": ">", "right": 2900}},
///   "then": {"compare": {"left": "X", "op": "<", "right": 2800}},
///   "within": "1h"}}
/// ```
///
/// ```swift
/// let rule = try Condition(json: text)
/// let degrees = try rule.evaluate(over: window)     // one degree (or nil) per grid step
/// rule.tags                                        // ["X"]
/// ```
///
/// Logic is fuzzy (`all` = minimum, `any` = maximum, `not` = 1 − x) and treats inconclusive
/// operands as unknown degrees (Kleene): `all` is 0 as soon as one operand is 0, `any` is 1 as soon
/// as one operand is 1, and otherwise inconclusive when an operand is. Every node is causal.
public indirect enum Condition: Hashable, Sendable {
    /// Always holds (JSON: `true`).
    case always
    /// Never holds (JSON: `false`).
    case never
    /// Compares two values (JSON: `{"compare": {"left": a, "op": "<", "right": b, "tolerance": 0, "softness": 0}}`).
    ///
    /// The degree is 1 where the comparison holds and fades linearly to 0 over `softness` beyond
    /// it (with softness, `<` and `<=` coincide, as do `>` and `>=`). `tolerance` (for `==` and `!=`
    /// only) widens equality to |left − right| ≤ tolerance; `!=` is 1 − the degree of `==`.
    case compare(SeriesExpression, ComparisonOperator, SeriesExpression, tolerance: Double = 0, softness: Double = 0)
    /// The value lies within [low, high], bounds included, fading to 0 over `softness` outside
    /// (JSON: `{"inside": {"value": a, "low": l, "high": h, "softness": 0}}`).
    case inside(SeriesExpression, low: SeriesExpression, high: SeriesExpression, softness: Double = 0)
    /// 1 − the degree of ``inside(_:low:high:softness:)`` (JSON: `{"outside": {…same keys…}}`).
    case outside(SeriesExpression, low: SeriesExpression, high: SeriesExpression, softness: Double = 0)
    /// Every operand holds: the minimum (JSON: `{"all": [c1, c2, …]}`).
    case all([Condition])
    /// At least one operand holds: the maximum (JSON: `{"any": [c1, c2, …]}`).
    case any([Condition])
    /// The operand does not hold: 1 − x (JSON: `{"not": c}`).
    case not(Condition)
    /// The value has not changed over the last `for`: every step in [t − for, t] lies within a band
    /// of width `tolerance`, fading to 0 over `softness` beyond it
    /// (JSON: `{"unchanged": {"of": a, "for": "60s", "tolerance": 0, "softness": 0, "coverage": 1}}`).
    case unchanged(SeriesExpression, for: TimeSpan, tolerance: Double = 0, softness: Double = 0, coverage: Double = 1)
    /// The value trends up, down or not at all over the last `window`
    /// (JSON: `{"trend": {"of": a, "window": "12h", "direction": "up", "unmarkedBelow": 1, "markedAbove": 3,
    /// "minNoise": 0, "coverage": 1}}`).
    ///
    /// A least-squares line is fitted to the window; its change across the window is divided by the
    /// noise (the residual standard deviation, at least `minNoise`) to give a ratio z. `up` is 0 for
    /// z ≤ unmarkedBelow and 1 for z ≥ markedAbove, linear between; `down` is the same for −z;
    /// `flat` is 1 − the degree of a trend either way.
    case trend(
        SeriesExpression, window: TimeSpan, direction: TrendDirection, unmarkedBelow: Double = 1, markedAbove: Double = 3,
        minNoise: Double = 0, coverage: Double = 1)
    /// The condition has held at every step of the last `atLeast`, i.e. in (t − atLeast, t]: the
    /// minimum of its degrees (JSON: `{"for": {"atLeast": "5m", "condition": c}}`).
    case holds(Condition, forAtLeast: TimeSpan)
    /// The condition held at some step of the last `last`, i.e. in (t − last, t]: the maximum of its
    /// degrees (JSON: `{"within": {"last": "10m", "condition": c}}`).
    case occurred(Condition, withinLast: TimeSpan)
    /// `then` holds now and `first` held at some earlier step no more than `within` ago, i.e. in
    /// [t − within, t) (JSON: `{"sequence": {"first": c1, "then": c2, "within": "1h"}}`).
    case sequence(first: Condition, then: Condition, within: TimeSpan)
    /// The local time of day lies in [from, to); when `from` is after `to` the range wraps past
    /// midnight (JSON: `{"timeOfDay": {"from": "22:00", "to": "06:00", "offset": "+03:00"}}`).
    case timeOfDay(from: TimeOfDay, to: TimeOfDay, offset: UTCOffset = .utc)
    /// The local day of the week is one of `days` (JSON: `{"dayOfWeek": {"days": ["sat", "sun"], "offset": "+03:00"}}`).
    case dayOfWeek(Set<Weekday>, offset: UTCOffset = .utc)
    /// The local date and time lies in [from, to); a date alone as `to` includes that whole day
    /// (JSON: `{"dateRange": {"from": "2024-06-01", "to": "2024-08-31", "offset": "+03:00"}}`).
    case dateRange(from: LocalDateTime, to: LocalDateTime, offset: UTCOffset = .utc)
}
