/// A measured signal: one column of telemetry, with its metadata.
///
/// Raw values arriving from a connector are scaled as `value = raw × multiplier + bias` when the
/// connector's scaling switch is on (MLAD's "Bias and Multiplier").
///
/// ```swift
/// let flow = Tag(id: "FT-101", name: "Loop flow", unit: "m3/h", assetID: "pump-1",
///                technicalLimits: ValueBounds(lower: 0, upper: 180))
/// ```
public struct Tag: Hashable, Sendable, Codable, Identifiable {
    /// Unique identifier.
    public var id: TagID
    /// Human-readable name (defaults to the id).
    public var name: String
    /// Free text.
    public var description: String
    /// Engineering unit, e.g. `°C`, `bar`, `m3/h`.
    public var unit: String
    /// The asset this tag hangs under; `nil` for tags not (yet) placed in the tree.
    public var assetID: AssetID?
    /// Technical limits (blocking thresholds): reaching either raises a limit incident.
    public var technicalLimits: ValueBounds
    /// The range charts show by default.
    public var displayBounds: ValueBounds
    /// Added to raw values after the multiplier.
    public var bias: Double
    /// Raw values are multiplied by this before the bias is added.
    public var multiplier: Double

    public init(
        id: TagID, name: String? = nil, description: String = "", unit: String = "", assetID: AssetID? = nil,
        technicalLimits: ValueBounds = .unbounded, displayBounds: ValueBounds = .unbounded,
        bias: Double = 0, multiplier: Double = 1
    ) {
        self.id = id
        self.name = name ?? id.rawValue
        self.description = description
        self.unit = unit
        self.assetID = assetID
        self.technicalLimits = technicalLimits
        self.displayBounds = displayBounds
        self.bias = bias
        self.multiplier = multiplier
    }

    /// A raw connector value converted to engineering units.
    public func scaled(_ raw: Double) -> Double {
        raw * multiplier + bias
    }
}
