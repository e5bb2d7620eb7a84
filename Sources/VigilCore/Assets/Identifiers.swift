/// A string-backed identifier or open set of names: equality, order, text and JSON all come from
/// the raw string. Conforming types need only store `rawValue`.
public protocol StringIdentifier: RawRepresentable, Hashable, Comparable, Sendable, Codable, ExpressibleByStringLiteral,
    CustomStringConvertible
where RawValue == String {
    init(rawValue: String)
}

extension StringIdentifier {
    /// Creates the identifier from its text.
    public init(_ rawValue: String) { self.init(rawValue: rawValue) }

    public init(stringLiteral value: String) { self.init(rawValue: value) }

    public var description: String { rawValue }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The identifier of a tag (a measured signal), as the user and the connectors name it:
/// MLAD's tag ID, a Pandora module name, a NAB file's value column.
public struct TagID: StringIdentifier {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
}

/// The identifier of an asset (a node of the asset tree).
public struct AssetID: StringIdentifier {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
}
