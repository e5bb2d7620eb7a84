import Benchmark
import Foundation
import VigilCore
import VigilStore

/// Figures for issue 2's store goals: ingest throughput into SQLite (batched, one core), bytes per
/// point on the SKAB and NAB files, a range read of 1M points and a downsampled read.
let benchmarks: @Sendable () -> Void = {
    let pointsPerSecond = BenchmarkMetric.custom("points/s", polarity: .prefersLarger, useScalingFactor: false)
    let bytesPerKilopoint = BenchmarkMetric.custom("bytes/1k points", polarity: .prefersSmaller, useScalingFactor: false)
    let milliseconds = BenchmarkMetric.custom("ms", polarity: .prefersSmaller, useScalingFactor: false)

    Benchmark(
        "Ingest into SQLite on disk, 1M points, batches of 100k (10 tags)",
        configuration: .init(metrics: [pointsPerSecond], warmupIterations: 1, maxDuration: .seconds(20), maxIterations: 5)
    ) { benchmark in
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-bench-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let store = try SQLiteStore(location: .directory(directory))
        let start = ContinuousClock.now
        for batch in Workload.ingestBatches { try await store.appendObservations(batch) }
        let seconds = (ContinuousClock.now - start).seconds
        try store.close()
        benchmark.measurement(pointsPerSecond, Int(Double(Workload.ingestPoints) / seconds))
    }

    for dataset in Dataset.allCases {
        guard let files = dataset.files() else {
            print("skipping \(dataset) bytes per point: \(Dataset.root) not found")
            continue
        }
        Benchmark(
            "Bytes per point, \(dataset) (\(files.count) files)",
            configuration: .init(metrics: [bytesPerKilopoint, pointsPerSecond], warmupIterations: 0, maxIterations: 1)
        ) { benchmark in
            let observations = try files.map(dataset.observations)
            let store = try SQLiteStore(location: .memory)
            let start = ContinuousClock.now
            for batch in observations { try await store.appendObservations(batch) }
            let seconds = (ContinuousClock.now - start).seconds
            let statistics = try await store.statistics()
            print("\(dataset): \(statistics.points) points, \(statistics.chunkBytes) bytes, \(statistics.bytesPerPoint) bytes/point")
            benchmark.measurement(bytesPerKilopoint, Int((statistics.bytesPerPoint * 1000).rounded()))
            benchmark.measurement(pointsPerSecond, Int(Double(statistics.points) / seconds))
        }
    }

    Benchmark(
        "Range read, 1M points",
        configuration: .init(
            metrics: [milliseconds, pointsPerSecond], warmupIterations: 2, maxDuration: .seconds(10), maxIterations: 20,
            setup: { _ = try await Workload.readStore() })
    ) { benchmark in
        let store = try await Workload.readStore()
        let start = ContinuousClock.now
        let series = try await store.series(for: "sensor", in: Workload.readRange)
        let seconds = (ContinuousClock.now - start).seconds
        precondition(series.count == Workload.readPoints, "read \(series.count) points")
        blackHole(series)
        benchmark.measurement(milliseconds, Int((seconds * 1000).rounded()))
        benchmark.measurement(pointsPerSecond, Int(Double(series.count) / seconds))
    }

    Benchmark(
        "Downsampled read, 1M points into 1,000 buckets",
        configuration: .init(
            metrics: [milliseconds, pointsPerSecond], warmupIterations: 2, maxDuration: .seconds(10), maxIterations: 20,
            setup: { _ = try await Workload.readStore() })
    ) { benchmark in
        let store = try await Workload.readStore()
        let start = ContinuousClock.now
        let buckets = try await store.buckets(for: "sensor", in: Workload.readRange, bucketMilliseconds: Int64(Workload.readPoints))
        let seconds = (ContinuousClock.now - start).seconds
        precondition(buckets.count == 1000, "got \(buckets.count) buckets")
        blackHole(buckets)
        benchmark.measurement(milliseconds, Int((seconds * 1000).rounded()))
        benchmark.measurement(pointsPerSecond, Int(Double(Workload.readPoints) / seconds))
    }
}

extension Duration {
    /// The duration in seconds.
    fileprivate var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) * 1e-18
    }
}
