import Foundation
import GRDB
public import Logging
public import VigilCore

/// The embedded ``DataStore``: one SQLite file (`vigil-data/vigil.sqlite` by default) in WAL mode,
/// with observations in compressed chunks.
///
/// Durability: every write is one transaction committed with `synchronous = FULL`, so once a
/// method returns its data survives a crash of the process (`kill -9`) or of the machine.
/// Readers see a consistent snapshot and do not wait for writers.
///
/// ```swift
/// let store = try SQLiteStore(location: .directory("vigil-data"))
/// try await store.appendObservations(batch)
/// let series = try await store.series(for: "FT-101", in: from...to)
/// ```
///
/// The schema and the chunk format are described in `docs/storage.md`.
public final class SQLiteStore: DataStore {
    /// The database file's name inside a data directory.
    public static let fileName = "vigil.sqlite"

    let writer: any DatabaseWriter
    let configuration: Configuration
    let clock: any WallClock
    let logger: Logger

    /// Opens (creating when needed) a store and brings its schema up to date.
    /// - Parameters:
    ///   - location: a data directory, a file, or a private in-memory database.
    ///   - configuration: chunk sizes.
    ///   - clock: stamps saved models.
    ///   - logger: receives schema and retention messages.
    /// - Throws: ``StoreError/cannotOpen(path:reason:)``, or a GRDB `DatabaseError`.
    public init(
        location: Location, configuration: Configuration = Configuration(), clock: any WallClock = SystemClock(),
        logger: Logger = Logger(label: "vigil.store")
    ) throws {
        self.configuration = configuration
        self.clock = clock
        self.logger = logger
        var options = GRDB.Configuration()
        options.label = "vigil.store"
        options.busyMode = .timeout(10)
        switch location.kind {
        case .memory:
            writer = try DatabaseQueue(configuration: options)
        case .file(let path):
            writer = try DatabasePool(path: path, configuration: options)
        case .directory(let path):
            do {
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            } catch {
                throw StoreError.cannotOpen(path: path, reason: "\(error)")
            }
            writer = try DatabasePool(path: path + "/" + Self.fileName, configuration: options)
        }
        // After GRDB's WAL setup, which chooses NORMAL: FULL also syncs the WAL at every commit,
        // so an acknowledged write survives a power loss, not only a crash of the process.
        try writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
        try StoreMigrations.migrator.migrate(writer)
        logger.debug("store opened", metadata: ["store.location": "\(location)"])
    }

    /// Closes the database; later calls on this store throw.
    public func close() throws {
        try writer.close()
    }

    /// How much the stored observations take.
    public func statistics() async throws -> StorageStatistics {
        try await writer.read { db in
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT (SELECT count(*) FROM series), count(*), coalesce(sum(point_count), 0), coalesce(sum(length(data)), 0)
                    FROM chunk
                    """)!
            return StorageStatistics(series: row[0], chunks: row[1], points: row[2], chunkBytes: row[3])
        }
    }
}
