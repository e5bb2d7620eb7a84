import Foundation
import GRDB
import Testing
import VigilCore
import VigilTestSupport

@testable import VigilStore

@Suite("SQLite store")
struct SQLiteStoreTests {
    /// Fills a store with one of everything.
    private func populate(_ store: SQLiteStore) async throws {
        try await store.replaceAssetTree(Fixtures.tree)
        try await store.appendObservations(Fixtures.series("FT-101", count: 3000, value: { Double($0 % 97) / 4 }))
        try await store.appendObservations([Fixtures.observation("PT-101", 5, 1.25, .uncertain)])
        _ = try await store.insertIncident(Incident(kind: .limit, start: Fixtures.time(5), value: 181, threshold: 180))
        try await store.saveModel(StoredModel(id: "m", status: .trained, definition: [1, 2, 3], weights: [4, 5]))
        try await store.saveMarkup(Markup(id: "k", condition: .always))
    }

    @Test("everything written is there after closing and reopening the directory")
    func reopen() async throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/nested/vigil-data"
        let first = try SQLiteStore(location: .directory(path))
        try await populate(first)
        try first.close()
        #expect(FileManager.default.fileExists(atPath: path + "/vigil.sqlite"))

        let reopened = try SQLiteStore(location: .directory(path))
        defer { try? reopened.close() }
        #expect(try await reopened.assetTree() == Fixtures.tree)
        #expect(try await reopened.series(for: "FT-101", in: Fixtures.always).values == (0..<3000).map { Double($0 % 97) / 4 })
        #expect(try await reopened.observations(for: "PT-101", in: Fixtures.always) == [Fixtures.observation("PT-101", 5, 1.25, .uncertain)])
        #expect(try await reopened.incident(id: 1)?.value == 181)
        #expect(try await reopened.model(id: "m")?.weights == [4, 5])
        #expect(try await reopened.markup(id: "k") != nil)

        try await reopened.appendObservations(Fixtures.series("FT-101", count: 100, start: 3_000_000))
        #expect(try await reopened.series(for: "FT-101", in: Fixtures.always).count == 3100)
        #expect(try await reopened.insertIncident(Incident(kind: .rule, start: .epoch, value: 1, threshold: 1)).id == 2)
    }

    @Test("a copy of the files taken right after a write returns holds that write (crash image)")
    func crashImage() async throws {
        let directory = try TemporaryDirectory()
        let live = directory.path + "/live"
        let store = try SQLiteStore(location: .directory(live))
        defer { try? store.close() }
        var acknowledged: [Observation] = []
        for round in 0..<5 {
            let batch = Fixtures.series("A", count: 700, start: Int64(round) * 700_000, value: { Double(round * 1000 + $0) })
            try await store.appendObservations(batch)
            acknowledged += batch

            let image = directory.path + "/image-\(round)"
            try FileManager.default.createDirectory(atPath: image, withIntermediateDirectories: true)
            for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: live + "/vigil.sqlite" + suffix) {
                try FileManager.default.copyItem(atPath: live + "/vigil.sqlite" + suffix, toPath: image + "/vigil.sqlite" + suffix)
            }
            let recovered = try SQLiteStore(location: .directory(image))
            #expect(try await recovered.observations(for: "A", in: Fixtures.always) == acknowledged, "after batch \(round)")
            try recovered.close()
        }
    }

    @Test("the database runs in WAL mode with synchronous = FULL")
    func durabilitySettings() async throws {
        let directory = try TemporaryDirectory()
        let store = try SQLiteStore(location: .directory(directory.path))
        defer { try? store.close() }
        let (journal, synchronous) = try await store.writer.write { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Int.fetchOne(db, sql: "PRAGMA synchronous"))
        }
        #expect(journal == "wal")
        #expect(synchronous == 2)
    }

    @Test("the schema is built by the named migrations, in order")
    func migrations() async throws {
        let store = try SQLiteStore(location: .memory)
        let applied = try await store.writer.read { db in try StoreMigrations.migrator.appliedIdentifiers(db) }
        #expect(applied == ["v1-assets", "v1-observations", "v1-incidents", "v1-models", "v1-markups"])
    }

    @Test("appends continue the open chunk instead of starting new ones")
    func openChunk() async throws {
        let store = try SQLiteStore(location: .memory, configuration: SQLiteStore.Configuration(chunkPointLimit: 1024))
        for start in stride(from: 0, to: 3000, by: 10) {
            try await store.appendObservations(Fixtures.series("A", count: 10, start: Int64(start) * 1000, value: { Double($0) / 100 }))
        }
        let statistics = try await store.statistics()
        #expect(statistics.points == 3000)
        #expect(statistics.chunks == 3)
        #expect(statistics.series == 1)
        #expect(statistics.bytesPerPoint < 1)
    }

    @Test("a corrupt chunk is reported with its tag and start, and a failed batch stores nothing")
    func corruptChunk() async throws {
        let store = try SQLiteStore(location: .memory)
        try await store.appendObservations(Fixtures.series("A", count: 10, start: 1000))
        try await store.writer.write { db in try db.execute(sql: "UPDATE chunk SET data = x'0105'") }

        let error = await #expect(throws: StoreError.self) { try await store.series(for: "A", in: Fixtures.always) }
        guard case .corruptChunk(let tag, let start, let cause) = error else {
            Issue.record("unexpected \(String(describing: error))")
            return
        }
        #expect(tag == "A")
        #expect(start == Fixtures.time(1000))
        #expect(cause.offset == 2)
        #expect(error?.description.hasPrefix("tag 'A', chunk starting") == true)

        await #expect(throws: StoreError.self) {
            try await store.appendObservations([Fixtures.observation("B", 0, 1), Fixtures.observation("A", 1500, 1)])
        }
        #expect(try await store.seriesSummaries().map(\.tag) == ["A"], "the batch's points for B were rolled back")
    }

    @Test("a data directory that cannot be created is a clear error")
    func cannotOpen() throws {
        let directory = try TemporaryDirectory()
        let file = directory.path + "/plain-file"
        #expect(FileManager.default.createFile(atPath: file, contents: Data([1])))
        #expect(throws: StoreError.self) { try SQLiteStore(location: .directory(file + "/data")) }
    }

    @Test("SKAB's sensor files take at most 2.5 bytes per point and read back exactly", .enabled(if: Datasets.hasSKAB))
    func skab() async throws {
        let store = try SQLiteStore(location: .memory)
        var files: [(path: String, observations: [Observation])] = []
        for path in Datasets.skabFiles() {
            let observations = try Datasets.skabObservations(path)
            try await store.appendObservations(observations)
            files.append((path, observations))
        }
        let statistics = try await store.statistics()
        #expect(statistics.points > 300_000)
        #expect(statistics.bytesPerPoint <= 2.5, "\(statistics.bytesPerPoint) bytes per point")
        for (_, observations) in files.prefix(3) {
            let tag = try #require(observations.first?.tag)
            let expected = observations.filter { $0.tag == tag }
            let series = try await store.series(for: tag, in: Fixtures.always)
            #expect(series.values.map(\.bitPattern) == expected.map(\.value.bitPattern))
            #expect(series.timestamps == expected.map(\.timestamp.milliseconds))
        }
    }
}
