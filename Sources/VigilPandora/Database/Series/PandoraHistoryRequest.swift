public import VigilCore

/// Which history the plugin reads for every module: `--time_data` seconds ending "now", rebuilt every
/// `--time_interval` seconds, and judged only with at least `--level_data` points.
///
/// "Now" is read once per run from the command's clock, so every module shares the same window.
///
/// ```swift
/// let request = PandoraHistoryRequest(now: clock.now, timeData: 86_400, timeInterval: 300, levelData: 50)
/// request.nodeCount    // 288
/// ```
public struct PandoraHistoryRequest: Sendable, Hashable {
    /// The end of the window (its last grid node), truncated to the second.
    public var now: Timestamp
    /// Length of the window in seconds (`--time_data`, 604 800 = one week).
    public var timeData: Int
    /// Seconds between two grid nodes (`--time_interval`, 60).
    public var timeInterval: Int
    /// Fewest points a module needs to be judged (`--level_data`, 50).
    public var levelData: Int

    /// Creates a request; the defaults are the plugin's.
    public init(now: Timestamp, timeData: Int = 604_800, timeInterval: Int = 60, levelData: Int = 50) {
        self.now = now
        self.timeData = timeData
        self.timeInterval = timeInterval
        self.levelData = levelData
    }

    /// `now` in Unix seconds (Pandora's `utimestamp`).
    public var endSeconds: Int64 { now.milliseconds.floorDivided(by: 1000) }

    /// The window's start in Unix seconds: rows strictly after it are inside.
    public var startSeconds: Int64 { endSeconds - Int64(timeData) }

    /// Grid nodes in the window: `timeData / timeInterval`, the last one at `now`.
    public var nodeCount: Int { timeData / timeInterval }

    /// Checks the ranges the grid needs.
    /// - Throws: ``PandoraDatabaseError/invalidRequest(field:value:expected:)`` naming the flag.
    public func validate() throws(PandoraDatabaseError) {
        guard timeInterval > 0 else {
            throw .invalidRequest(field: "--time_interval", value: timeInterval, expected: "a positive number of seconds")
        }
        guard timeData >= timeInterval else {
            throw .invalidRequest(field: "--time_data", value: timeData, expected: "at least --time_interval (\(timeInterval)) seconds")
        }
        guard levelData >= 0 else {
            throw .invalidRequest(field: "--level_data", value: levelData, expected: "a number of points ≥ 0")
        }
    }
}
