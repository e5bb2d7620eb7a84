import VigilCore
import VigilStore

/// Synthetic telemetry for the throughput benchmarks: sensor-like decimal random walks.
enum Workload {
    /// Points ingested per iteration.
    static let ingestPoints = 1_000_000

    /// 10 tags × 100,000 one-second points, interleaved per timestamp as a wide CSV import
    /// produces them, in 10 batches of 100,000 observations.
    static let ingestBatches: [[Observation]] = {
        var random = SeededGenerator(seed: 1)
        var levels = (0..<10).map { Double($0) * 10 + 20 }
        var observations: [Observation] = []
        observations.reserveCapacity(ingestPoints)
        let start: Int64 = 1_700_000_000_000
        for step in 0..<(ingestPoints / 10) {
            for tag in 0..<10 {
                levels[tag] += Double(Int(random.next() % 201) - 100) / 1000
                let value = (levels[tag] * 1000).rounded() / 1000
                observations.append(
                    Observation(tag: TagID("sensor-\(tag)"), timestamp: Timestamp(milliseconds: start + Int64(step) * 1000), value: value))
            }
        }
        return stride(from: 0, to: observations.count, by: 100_000).map { Array(observations[$0..<min($0 + 100_000, observations.count)]) }
    }()

    /// Points in the read benchmarks' series.
    static let readPoints = 1_000_000

    /// The whole series of the read benchmarks.
    static let readRange = Timestamp(milliseconds: 0)...Timestamp(milliseconds: Int64(readPoints) * 1000)

    private static let store = StoreHolder()

    /// An in-memory SQLite store holding one tag, `sensor`, with 1M one-second points.
    static func readStore() async throws -> SQLiteStore {
        try await store.store()
    }

    /// Builds the read store once.
    private actor StoreHolder {
        private var built: SQLiteStore?

        func store() async throws -> SQLiteStore {
            if let built { return built }
            let store = try SQLiteStore(location: .memory)
            var random = SeededGenerator(seed: 2)
            var level = 50.0
            for first in stride(from: 0, to: Workload.readPoints, by: 100_000) {
                let batch = (first..<(first + 100_000)).map { index -> Observation in
                    level += Double(Int(random.next() % 2001) - 1000) / 10_000
                    return Observation(
                        tag: "sensor", timestamp: Timestamp(milliseconds: Int64(index) * 1000), value: (level * 10_000).rounded() / 10_000)
                }
                try await store.appendObservations(batch)
            }
            built = store
            return store
        }
    }
}
