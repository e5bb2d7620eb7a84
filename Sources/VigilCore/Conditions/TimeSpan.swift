/// A positive or zero length of time, written the way engineers write it: `"500ms"`, `"60s"`,
/// `"5m"`, `"12h"`, `"1h30m"`, `"7d"`.
///
/// Units: `ms`, `s`, `m` (or `min`), `h`, `d`, `w`. Parts may be combined (`"1h30m"`) and may carry
/// a decimal fraction (`"1.5h"`) as long as the total is a whole number of milliseconds. The text
/// form is canonical: the largest units first, zero parts left out (`"90m"` is written `"1h30m"`).
///
/// ```swift
/// TimeSpan(parsing: "1h30m")?.milliseconds   // 5_400_000
/// TimeSpan.seconds(90).description           // "1m30s"
/// ```
public struct TimeSpan: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The length in milliseconds (≥ 0).
    public var milliseconds: Int64

    /// Creates a span of a number of milliseconds. - Precondition: `milliseconds >= 0`.
    public init(milliseconds: Int64) {
        precondition(milliseconds >= 0, "a time span cannot be negative")
        self.milliseconds = milliseconds
    }

    /// A span of whole milliseconds.
    public static func milliseconds(_ value: Int64) -> TimeSpan { TimeSpan(milliseconds: value) }
    /// A span of whole seconds.
    public static func seconds(_ value: Int64) -> TimeSpan { TimeSpan(milliseconds: value * 1000) }
    /// A span of whole minutes.
    public static func minutes(_ value: Int64) -> TimeSpan { TimeSpan(milliseconds: value * 60_000) }
    /// A span of whole hours.
    public static func hours(_ value: Int64) -> TimeSpan { TimeSpan(milliseconds: value * 3_600_000) }
    /// A span of whole days.
    public static func days(_ value: Int64) -> TimeSpan { TimeSpan(milliseconds: value * 86_400_000) }

    /// The units of the text form, largest first, with their length in milliseconds.
    private static let writtenUnits: [(name: String, milliseconds: Int64)] = [
        ("d", 86_400_000), ("h", 3_600_000), ("m", 60_000), ("s", 1000), ("ms", 1),
    ]

    /// The unit names accepted when parsing.
    private static let parsedUnits: [String: Int64] = [
        "ms": 1, "s": 1000, "m": 60_000, "min": 60_000, "h": 3_600_000, "d": 86_400_000, "w": 604_800_000,
    ]

    /// Parses the text form (see the type's description); white space between parts is allowed.
    /// - Returns: `nil` when the text is not a duration or overflows.
    public init?(parsing text: some StringProtocol) {
        var total: Int64 = 0
        var scalars = Array(text.unicodeScalars)[...]
        func skipSpaces() { while let first = scalars.first, first == " " { scalars.removeFirst() } }
        skipSpaces()
        guard !scalars.isEmpty else { return nil }
        while !scalars.isEmpty {
            var whole = ""
            while let first = scalars.first, ("0"..."9").contains(first) { whole.unicodeScalars.append(scalars.removeFirst()) }
            var fraction = ""
            if scalars.first == "." {
                scalars.removeFirst()
                while let first = scalars.first, ("0"..."9").contains(first) { fraction.unicodeScalars.append(scalars.removeFirst()) }
                guard !fraction.isEmpty else { return nil }
            }
            guard !whole.isEmpty || !fraction.isEmpty else { return nil }
            skipSpaces()
            var unit = ""
            while let first = scalars.first, ("a"..."z").contains(first) { unit.unicodeScalars.append(scalars.removeFirst()) }
            guard let unitMilliseconds = Self.parsedUnits[unit],
                let part = Self.milliseconds(whole: whole, fraction: fraction, unit: unitMilliseconds)
            else { return nil }
            let (sum, overflow) = total.addingReportingOverflow(part)
            guard !overflow else { return nil }
            total = sum
            skipSpaces()
        }
        self.init(milliseconds: total)
    }

    /// `whole.fraction × unit` in milliseconds, or `nil` when it is not whole or overflows.
    private static func milliseconds(whole: String, fraction: String, unit: Int64) -> Int64? {
        guard whole.count <= 18, fraction.count <= 18 else { return nil }
        let wholeValue = Int64(whole) ?? 0
        let (wholePart, overflow) = wholeValue.multipliedReportingOverflow(by: unit)
        guard !overflow else { return nil }
        guard !fraction.isEmpty, let fractionValue = Int64(fraction) else { return wholePart }
        var denominator: Int64 = 1
        for _ in fraction.unicodeScalars { denominator *= 10 }
        let (numerator, fractionOverflow) = fractionValue.multipliedReportingOverflow(by: unit)
        guard !fractionOverflow, numerator % denominator == 0 else { return nil }
        return wholePart + numerator / denominator
    }

    /// The canonical text form, e.g. `"1h30m"`, `"500ms"`, `"0s"`.
    public var description: String {
        guard milliseconds > 0 else { return "0s" }
        var rest = milliseconds
        var text = ""
        for unit in Self.writtenUnits where rest >= unit.milliseconds {
            text += "\(rest / unit.milliseconds)\(unit.name)"
            rest %= unit.milliseconds
        }
        return text
    }

    /// Shorter.
    public static func < (lhs: TimeSpan, rhs: TimeSpan) -> Bool { lhs.milliseconds < rhs.milliseconds }

    /// Decodes the text form; a number or malformed text fails with a message showing the expected form.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        guard let text = try? container.decode(String.self) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected a duration like \"60s\"")
        }
        guard let span = TimeSpan(parsing: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected a duration like \"60s\", got \"\(text)\"")
        }
        self = span
    }

    /// Encodes the canonical text form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
