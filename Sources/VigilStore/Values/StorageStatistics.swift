/// How much space a store's observations take.
public struct StorageStatistics: Hashable, Sendable, Codable {
    /// Tags with observations.
    public var series: Int
    /// Stored chunks.
    public var chunks: Int
    /// Stored observations.
    public var points: Int
    /// Bytes of encoded chunk data (without SQLite's own overhead).
    public var chunkBytes: Int

    /// Creates statistics.
    public init(series: Int, chunks: Int, points: Int, chunkBytes: Int) {
        self.series = series
        self.chunks = chunks
        self.points = points
        self.chunkBytes = chunkBytes
    }

    /// Encoded bytes per observation (0 when empty).
    public var bytesPerPoint: Double { points == 0 ? 0 : Double(chunkBytes) / Double(points) }
}
