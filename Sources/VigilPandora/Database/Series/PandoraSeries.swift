public import VigilCore

/// One module's history on the `--time_interval` grid: the values the autoencoder learns from,
/// oldest first, the last one the value it judges.
///
/// Built by ``init(rebuilding:of:request:)`` from what Pandora stored; see there for the rules.
///
/// ```swift
/// if case .ready(let series) = try database.series(of: module, request: request) {
///     print(series.points, series.firstTime!, series.lastTime!)   // 120 … …
/// }
/// ```
public struct PandoraSeries: Sendable, Hashable {
    /// The module the values belong to.
    public var module: PandoraModuleRecord
    /// The value in force at each grid node that has one, oldest first.
    public var values: [Double]
    /// Unix seconds of each value's grid node, increasing.
    public var times: [Int64]
    /// Grid nodes in the window (``PandoraHistoryRequest/nodeCount``); nodes with no value in force
    /// are left out of ``values``.
    public var gridNodes: Int
    /// Rows Pandora stored inside the window (changes, not reports).
    public var storedRows: Int

    /// Creates a series. - Precondition: `values` and `times` have the same length.
    public init(module: PandoraModuleRecord, values: [Double], times: [Int64], gridNodes: Int, storedRows: Int) {
        precondition(values.count == times.count, "a series needs one time per value")
        self.module = module
        self.values = values
        self.times = times
        self.gridNodes = gridNodes
        self.storedRows = storedRows
    }

    /// Number of values.
    public var points: Int { values.count }

    /// The oldest value's time, `nil` when there is none.
    public var firstTime: Timestamp? { times.first.map { Timestamp(seconds: $0) } }

    /// The newest value's time, `nil` when there is none.
    public var lastTime: Timestamp? { times.last.map { Timestamp(seconds: $0) } }
}
