extension SQLiteStore {
    /// Where a store's database lives.
    ///
    /// ```swift
    /// SQLiteStore.Location.directory("vigil-data")   // vigil-data/vigil.sqlite, directory created
    /// SQLiteStore.Location.memory                    // private, for tests
    /// ```
    public struct Location: Hashable, Sendable, CustomStringConvertible {
        enum Kind: Hashable, Sendable {
            case directory(String)
            case file(String)
            case memory
        }

        let kind: Kind

        /// `vigil.sqlite` inside a data directory, which is created when missing.
        public static func directory(_ path: String) -> Location { Location(kind: .directory(path)) }

        /// A database file at an exact path (its directory must exist).
        public static func file(_ path: String) -> Location { Location(kind: .file(path)) }

        /// A private in-memory database that disappears when the store is released (for tests).
        public static let memory = Location(kind: .memory)

        /// The database file's path, or `nil` in memory.
        public var filePath: String? {
            switch kind {
            case .directory(let path): path + "/" + SQLiteStore.fileName
            case .file(let path): path
            case .memory: nil
            }
        }

        /// The file path, or `:memory:`.
        public var description: String { filePath ?? ":memory:" }
    }
}
