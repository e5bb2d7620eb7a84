import VigilCore

/// Small builders shared by the tests.
enum Fixtures {
    /// Milliseconds as a timestamp.
    static func time(_ milliseconds: Int64) -> Timestamp {
        Timestamp(milliseconds: milliseconds)
    }

    /// Every timestamp.
    static let always = Timestamp(milliseconds: .min)...Timestamp(milliseconds: .max)

    /// An observation at a millisecond time.
    static func observation(_ tag: TagID, _ milliseconds: Int64, _ value: Double, _ quality: ObservationQuality? = nil) -> Observation {
        Observation(tag: tag, timestamp: Timestamp(milliseconds: milliseconds), value: value, quality: quality)
    }

    /// `count` observations of `tag`, one per `step` ms from `start`, with values `value(i)`.
    static func series(
        _ tag: TagID, count: Int, start: Int64 = 0, step: Int64 = 1000, value: (Int) -> Double = { Double($0) }
    ) -> [Observation] {
        (0..<count).map { observation(tag, start + Int64($0) * step, value($0)) }
    }

    /// A small valid tree: plant → line → two pumps, three tags.
    static let tree = try! AssetTree(
        assets: [
            Asset(id: "plant"), Asset(id: "line", parentID: "plant"), Asset(id: "pump-1", parentID: "line"),
            Asset(id: "pump-2", name: "Pump 2", description: "spare", parentID: "line"),
        ],
        tags: [
            Tag(id: "FT-101", name: "Flow", unit: "m3/h", assetID: "pump-1", technicalLimits: ValueBounds(lower: 0, upper: 180)),
            Tag(id: "PT-101", unit: "bar", assetID: "pump-1", displayBounds: ValueBounds(upper: 12), bias: 0.5, multiplier: 2),
            Tag(id: "TT-201", description: "bearing", assetID: "pump-2"),
        ])
}
