import Benchmark
import VigilNN

/// Figures comparable with `specs/peer-performance.md` §B and `specs/swift-style.md` §4: training
/// windows/s, batch-1 latency, batch-256 throughput for the five forecasters; GEMM GFLOP/s and its
/// share of the measured fp32 FMA peak.
let benchmarks: @Sendable () -> Void = {
    let windowsPerSecond = BenchmarkMetric.custom("windows/s", polarity: .prefersLarger, useScalingFactor: false)
    let latency = BenchmarkMetric.custom("latency (µs)", polarity: .prefersSmaller, useScalingFactor: false)
    let gflops = BenchmarkMetric.custom("GFLOP/s", polarity: .prefersLarger, useScalingFactor: false)
    let percentOfPeak = BenchmarkMetric.custom("% of peak", polarity: .prefersLarger, useScalingFactor: false)
    let threads = 2

    for threadCount in [1, 2] {
        Benchmark("FMA peak, \(threadCount) thread(s)", configuration: .init(metrics: [gflops], warmupIterations: 0, maxIterations: 1)) { benchmark in
            benchmark.measurement(gflops, Int(threadCount == 1 ? PeakProbe.peak.one : PeakProbe.peak.two))
        }
    }

    for size in [64, 256, 1024] {
        for threadCount in [1, 2] {
            Benchmark(
                "GEMM \(size)², \(threadCount) thread(s)",
                configuration: .init(metrics: [gflops, percentOfPeak], warmupIterations: 0, maxDuration: .seconds(3), maxIterations: 5)
            ) { benchmark in
                let rate = GEMMProbe.gflops(size: size, threads: threadCount)
                let peak = threadCount == 1 ? PeakProbe.peak.one : PeakProbe.peak.two
                benchmark.measurement(gflops, Int(rate.rounded()))
                benchmark.measurement(percentOfPeak, Int((100 * rate / peak).rounded()))
            }
        }
    }

    for (name, architecture) in ForecastWorkload.architectures {
        Benchmark(
            "Train epoch \(name) (20,000 windows, batch 64)",
            configuration: .init(metrics: [windowsPerSecond], warmupIterations: 0, maxDuration: .seconds(30), maxIterations: 3)
        ) { benchmark in
            let network = ForecastWorkload.network(architecture)
            let configuration = TrainingConfiguration(validationSplit: 0, maximumEpochs: 1, batchSize: 64, seed: 1, threads: threads)
            let trainer = Trainer(network: network, configuration: configuration)
            let start = ContinuousClock.now
            let report = try trainer.fit(
                parameters: network.initialParameters(seed: 1), inputs: ForecastWorkload.data.inputs, targets: ForecastWorkload.data.targets,
                optimizer: Adam(learningRate: 1e-3))
            let seconds = (ContinuousClock.now - start).seconds
            blackHole(report.history)
            benchmark.measurement(windowsPerSecond, Int(Double(ForecastWorkload.windows) / seconds))
        }

        Benchmark(
            "Latency batch 1 \(name)", configuration: .init(metrics: [latency], warmupIterations: 0, maxDuration: .seconds(5), maxIterations: 5)
        ) {
            benchmark in
            let network = ForecastWorkload.network(architecture)
            let parameters = network.initialParameters(seed: 1)
            let inputs = (0..<64).map { ForecastWorkload.batch($0, 1) }
            var calls = 0
            let start = ContinuousClock.now
            var elapsed = 0.0
            while calls < 200 || elapsed < 1 {
                blackHole(network.predict(inputs[calls % inputs.count], parameters: parameters, threads: threads))
                calls += 1
                elapsed = (ContinuousClock.now - start).seconds
            }
            benchmark.measurement(latency, Int((elapsed / Double(calls) * 1e6).rounded()))
        }

        Benchmark(
            "Inference batch 256 \(name)",
            configuration: .init(metrics: [windowsPerSecond], warmupIterations: 0, maxDuration: .seconds(5), maxIterations: 5)
        ) { benchmark in
            let network = ForecastWorkload.network(architecture)
            let parameters = network.initialParameters(seed: 1)
            let inputs = (0..<8).map { ForecastWorkload.batch($0 * 256, 256) }
            blackHole(network.predict(inputs[0], parameters: parameters, threads: threads))
            var calls = 0
            let start = ContinuousClock.now
            var elapsed = 0.0
            while calls < 10 || elapsed < 1 {
                blackHole(network.predict(inputs[calls % inputs.count], parameters: parameters, threads: threads))
                calls += 1
                elapsed = (ContinuousClock.now - start).seconds
            }
            benchmark.measurement(windowsPerSecond, Int(Double(calls * 256) / elapsed))
        }
    }
}
