import VigilCore

/// A small tree using every field, with text that needs quoting or escaping in each format.
enum SampleTree {
    static let tree: AssetTree = try! AssetTree(
        assets: [
            Asset(id: "plant", name: "Plant \"North\"", description: "Main site; line 1, line 2"),
            Asset(id: "pump-1", parentID: "plant"),
            Asset(id: "tank & valve", name: "  Tank <A> ", description: "multi\nline", parentID: "pump-1"),
        ],
        tags: [
            Tag(
                id: "FT-101", name: "Loop flow", description: "after the pump", unit: "m3/h", assetID: "pump-1",
                technicalLimits: ValueBounds(lower: 0, upper: 180), displayBounds: ValueBounds(lower: -5.5, upper: 200.25),
                bias: 0.125, multiplier: 1e-3),
            Tag(id: "TT-7", unit: "°C", assetID: "plant", technicalLimits: ValueBounds(upper: 95)),
            Tag(id: "loose", name: "Not yet placed"),
        ])
}
