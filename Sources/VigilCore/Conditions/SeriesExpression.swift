/// A numeric value at every grid step, computed from tags: the operands of comparisons, ranges,
/// trends and "unchanged" in the condition language (see `docs/conditions.md`).
///
/// A value is *missing* at a step when a tag it reads has no value there (NaN in the window),
/// when a window it needs does not have enough present values, or when arithmetic gives no finite
/// number (division by zero). Every node is causal: its value at step t uses values at or before t.
///
/// In JSON a tag is its id as a string, a constant is a number, and every other node is an object
/// with one key naming it:
///
/// ```json
/// {"subtract": ["PT-101", {"mean": {"of": "PT-101", "window": "1h"}}]}
/// ```
///
/// In Swift, string and number literals stand for tags and constants:
///
/// ```swift
/// let deviation: SeriesExpression = .subtract("PT-101", .rolling(.mean, of: "PT-101", window: .hours(1)))
/// ```
public indirect enum SeriesExpression: Hashable, Sendable {
    /// The value of a tag (JSON: `"PT-101"`).
    case tag(TagID)
    /// A constant (JSON: `2800`). Must be finite.
    case constant(Double)
    /// The sum of two or more values (JSON: `{"add": [a, b, …]}`).
    case add([SeriesExpression])
    /// The first value minus the second (JSON: `{"subtract": [a, b]}`).
    case subtract(SeriesExpression, SeriesExpression)
    /// The product of two or more values (JSON: `{"multiply": [a, b, …]}`).
    case multiply([SeriesExpression])
    /// The first value divided by the second; missing where the second is zero (JSON: `{"divide": [a, b]}`).
    case divide(SeriesExpression, SeriesExpression)
    /// The absolute value (JSON: `{"abs": a}`).
    case abs(SeriesExpression)
    /// A statistic over the last `window` of time: the steps in (t − window, t]
    /// (JSON: `{"mean": {"of": a, "window": "10m", "coverage": 0.8}}`, likewise `min`, `max`, `std`).
    ///
    /// Missing unless at least `coverage` (0 < coverage ≤ 1, default 1) of the window's steps have a value.
    case rolling(RollingStatistic, of: SeriesExpression, window: TimeSpan, coverage: Double = 1)
    /// The least-squares slope over the last `window`, in units per `per` (default one second)
    /// (JSON: `{"slope": {"of": a, "window": "1h", "per": "1h", "coverage": 1}}`). Needs two present values.
    case slope(of: SeriesExpression, window: TimeSpan, per: TimeSpan = .seconds(1), coverage: Double = 1)
    /// The rate of change, `(a(t) − a(t − over)) / over`, in units per `per` (default one second);
    /// `over` defaults to one grid step (JSON: `{"rate": {"of": a, "over": "5m", "per": "1m"}}`).
    case rate(of: SeriesExpression, over: TimeSpan? = nil, per: TimeSpan = .seconds(1))
    /// The value `by` ago, `a(t − by)` (JSON: `{"lag": {"of": a, "by": "1h"}}`).
    case lag(of: SeriesExpression, by: TimeSpan)
}

extension SeriesExpression: ExpressibleByStringLiteral, ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral {
    /// A tag reference: `"PT-101"`.
    public init(stringLiteral value: String) { self = .tag(TagID(value)) }
    /// A constant: `2.5`.
    public init(floatLiteral value: Double) { self = .constant(value) }
    /// A constant: `2800`.
    public init(integerLiteral value: Int) { self = .constant(Double(value)) }
}
