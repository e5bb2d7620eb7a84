/// The source's own verdict on a value, in the three classes OPC UA uses.
public struct ObservationQuality: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// 0 = good, 1 = uncertain, 2 = bad; other values are kept as given.
    public var rawValue: UInt8

    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// The value can be trusted.
    public static let good = ObservationQuality(rawValue: 0)
    /// The source doubts the value (e.g. a sensor near its range limit).
    public static let uncertain = ObservationQuality(rawValue: 1)
    /// The value is not usable (e.g. a sensor failure).
    public static let bad = ObservationQuality(rawValue: 2)

    public var description: String {
        switch rawValue {
        case 0: "good"
        case 1: "uncertain"
        case 2: "bad"
        default: "quality(\(rawValue))"
        }
    }

    /// Parses `good`, `uncertain`, `bad` or a number 0–255.
    public init?(text: some StringProtocol) {
        switch text.lowercased() {
        case "good", "g": self = .good
        case "uncertain", "u": self = .uncertain
        case "bad", "b": self = .bad
        default:
            guard let raw = UInt8(text) else { return nil }
            self.init(rawValue: raw)
        }
    }
}
