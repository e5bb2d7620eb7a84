/// A uniform time grid: nodes at `origin + k × step` for every integer `k`.
///
/// Models, elements and markups each put their tags on a grid (MLAD's "uniform time grid").
///
/// ```swift
/// let grid = TimeGrid(origin: .epoch, stepMilliseconds: 60_000)
/// grid.index(atOrBefore: Timestamp(milliseconds: 90_000))   // 1
/// grid.timestamp(at: 2)                                      // 120 000 ms
/// ```
public struct TimeGrid: Hashable, Sendable, Codable {
    /// A node of the grid; every other node is this one plus a whole number of steps.
    public var origin: Timestamp
    /// Distance between two nodes, in milliseconds (> 0).
    public var stepMilliseconds: Int64

    /// Creates a grid. - Precondition: `stepMilliseconds > 0`.
    public init(origin: Timestamp = .epoch, stepMilliseconds: Int64) {
        precondition(stepMilliseconds > 0, "a time grid needs a positive step")
        self.origin = origin
        self.stepMilliseconds = stepMilliseconds
    }

    private enum CodingKeys: String, CodingKey { case origin, stepMilliseconds }

    /// Decodes a grid, checking its step.
    /// - Throws: `DecodingError.dataCorrupted` when the step is not positive.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let step = try container.decode(Int64.self, forKey: .stepMilliseconds)
        guard step > 0 else {
            throw DecodingError.dataCorruptedError(
                forKey: .stepMilliseconds, in: container, debugDescription: "a time grid needs a positive step, got \(step)")
        }
        self.init(origin: try container.decode(Timestamp.self, forKey: .origin), stepMilliseconds: step)
    }

    /// The timestamp of node `index`.
    public func timestamp(at index: Int64) -> Timestamp {
        origin.advanced(byMilliseconds: index * stepMilliseconds)
    }

    /// The index of the last node at or before `time`.
    public func index(atOrBefore time: Timestamp) -> Int64 {
        origin.milliseconds(to: time).floorDivided(by: stepMilliseconds)
    }

    /// The index of the first node at or after `time`.
    public func index(atOrAfter time: Timestamp) -> Int64 {
        let floor = index(atOrBefore: time)
        return timestamp(at: floor) == time ? floor : floor + 1
    }

    /// The index of the node nearest to `time` (ties go to the later node).
    public func nearestIndex(to time: Timestamp) -> Int64 {
        let offset = origin.milliseconds(to: time)
        return (offset + stepMilliseconds / 2).floorDivided(by: stepMilliseconds)
    }

    /// Whether `time` falls exactly on a node.
    public func isNode(_ time: Timestamp) -> Bool {
        origin.milliseconds(to: time).floorModulo(stepMilliseconds) == 0
    }

    /// The nodes within a closed range of time, as indices.
    public func indices(from start: Timestamp, through end: Timestamp) -> ClosedRange<Int64>? {
        let first = index(atOrAfter: start)
        let last = index(atOrBefore: end)
        return first <= last ? first...last : nil
    }
}
