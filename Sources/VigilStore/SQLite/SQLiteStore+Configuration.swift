extension SQLiteStore {
    /// Tuning of the observation chunks.
    public struct Configuration: Hashable, Sendable {
        /// A chunk is sealed once it holds this many points (a multiple of the 128-point block).
        public var chunkPointLimit: Int
        /// A chunk is also sealed once its complete blocks take this many bytes, so that a chunk
        /// row fits one 4 KiB SQLite page and rewriting the open chunk writes one page.
        public var chunkByteLimit: Int

        /// Creates a configuration.
        /// - Parameters:
        ///   - chunkPointLimit: points per chunk at most (default 2048).
        ///   - chunkByteLimit: encoded bytes of complete blocks at which a chunk is sealed (default 3072).
        public init(chunkPointLimit: Int = 2048, chunkByteLimit: Int = 3072) {
            precondition(chunkPointLimit > 0 && chunkByteLimit > 0, "chunk limits must be positive")
            self.chunkPointLimit = chunkPointLimit
            self.chunkByteLimit = chunkByteLimit
        }
    }
}
