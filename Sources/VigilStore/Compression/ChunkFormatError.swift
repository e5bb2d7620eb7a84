/// Why stored chunk bytes could not be decoded: the byte offset inside the chunk and the problem.
///
/// Stores wrap it in ``StoreError/corruptChunk(tag:chunkStart:_:)`` to name the series.
public struct ChunkFormatError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Byte offset within the chunk where decoding stopped.
    public var offset: Int
    /// What was wrong, e.g. "unknown value coding 5".
    public var reason: String

    /// Creates an error at a byte offset.
    public init(offset: Int, reason: String) {
        self.offset = offset
        self.reason = reason
    }

    /// The offset and the reason, in one line.
    public var description: String { "corrupt chunk at byte \(offset): \(reason)" }
}
