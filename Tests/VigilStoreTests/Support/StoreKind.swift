import Foundation
import VigilCore
import VigilStore
import VigilTestSupport

/// The store implementations the contract tests run against.
enum StoreKind: String, CaseIterable, CustomStringConvertible {
    /// ``InMemoryStore``.
    case memory
    /// ``SQLiteStore`` in a private in-memory database, with small chunks so that tests cross
    /// many chunk boundaries.
    case sqliteSmallChunks
    /// ``SQLiteStore`` in a data directory on disk, with the default configuration.
    case sqliteDirectory

    var description: String { rawValue }

    /// Runs `body` with a new, empty store of this kind, then removes whatever it left on disk.
    func withStore<T>(clock: any WallClock = SystemClock(), _ body: (any DataStore) async throws -> T) async throws -> T {
        switch self {
        case .memory:
            return try await body(InMemoryStore(clock: clock))
        case .sqliteSmallChunks:
            let store = try SQLiteStore(
                location: .memory, configuration: SQLiteStore.Configuration(chunkPointLimit: 256, chunkByteLimit: 200), clock: clock)
            return try await body(store)
        case .sqliteDirectory:
            let directory = try TemporaryDirectory()
            let store = try SQLiteStore(location: .directory(directory.path), clock: clock)
            defer { try? store.close() }
            return try await body(store)
        }
    }
}
