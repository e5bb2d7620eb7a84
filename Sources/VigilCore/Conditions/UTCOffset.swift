/// A fixed offset from UTC, as time filters use it: `"+03:00"`, `"-05:30"`, `"Z"`.
///
/// Vigil's core has no time-zone database: a filter that should follow local time names the
/// offset of that place (and daylight-saving changes are not applied).
///
/// ```swift
/// UTCOffset(parsing: "+03:00")?.minutes   // 180
/// UTCOffset(minutes: -330).description    // "-05:30"
/// ```
public struct UTCOffset: Hashable, Sendable, CustomStringConvertible {
    /// Minutes east of UTC, within ±18 h.
    public var minutes: Int

    /// Creates an offset. - Precondition: `abs(minutes) <= 18 × 60`.
    public init(minutes: Int) {
        precondition(abs(minutes) <= 18 * 60, "a UTC offset lies within ±18:00")
        self.minutes = minutes
    }

    /// UTC itself.
    public static let utc = UTCOffset(minutes: 0)

    /// The offset in milliseconds.
    public var milliseconds: Int64 { Int64(minutes) * 60_000 }

    /// Parses `Z`, `±hh`, `±hhmm` or `±hh:mm` (up to ±18:00).
    /// - Returns: `nil` for any other text.
    public init?(parsing text: some StringProtocol) {
        let scalars = Array(text.unicodeScalars)
        if scalars == ["Z"] || scalars == ["z"] {
            self = .utc
            return
        }
        guard let signScalar = scalars.first, signScalar == "+" || signScalar == "-" else { return nil }
        let digits = scalars.dropFirst().filter { $0 != ":" }
        let colons = scalars.count - 1 - digits.count
        guard digits.count == 2 || digits.count == 4, colons <= 1, digits.allSatisfy({ ("0"..."9").contains($0) }) else {
            return nil
        }
        if colons == 1 { guard digits.count == 4, scalars.count > 3, scalars[3] == ":" else { return nil } }
        let values = digits.map { Int($0.value) - 48 }
        let hours = values[0] * 10 + values[1]
        let extra = digits.count == 4 ? values[2] * 10 + values[3] : 0
        guard extra < 60, hours * 60 + extra <= 18 * 60 else { return nil }
        self.init(minutes: (signScalar == "-" ? -1 : 1) * (hours * 60 + extra))
    }

    /// `+hh:mm` or `-hh:mm`.
    public var description: String {
        let magnitude = abs(minutes)
        let hours = magnitude / 60
        let rest = magnitude % 60
        return (minutes < 0 ? "-" : "+") + (hours < 10 ? "0" : "") + "\(hours):" + (rest < 10 ? "0" : "") + "\(rest)"
    }
}
