import Benchmark
import Dispatch
import VigilTelemetry

/// The Pandora autoencoder on the plugin's workload (`specs/peer-performance.md` §A): per module,
/// min-max scaling, windows of 10, a 10 → 8 → 4 → 8 → 10 autoencoder trained for 10 epochs of batch
/// 32 with Adam 1e-3, and the newest value's error against mean + 3·std — one module, 20 one after
/// another (TensorFlow: 265.8 s), and 20 on two threads as `--threads 2` runs them.
let benchmarks: @Sendable () -> Void = {
    let milliseconds = BenchmarkMetric.custom("ms", polarity: .prefersSmaller, useScalingFactor: false)
    let detector = PandoraAutoencoder()
    let configuration = Benchmark.Configuration(metrics: [milliseconds], warmupIterations: 1, maxDuration: .seconds(10), maxIterations: 10)

    Benchmark("Pandora autoencoder, 1 module (10,080 values)", configuration: configuration) { benchmark in
        let start = ContinuousClock.now
        blackHole(try detector.evaluateLastValue(PandoraWorkload.series[0]))
        benchmark.measurement(milliseconds, Int((ContinuousClock.now - start).milliseconds.rounded()))
    }

    Benchmark("Pandora autoencoder, 20 modules one after another", configuration: configuration) { benchmark in
        let start = ContinuousClock.now
        for series in PandoraWorkload.series { blackHole(try detector.evaluateLastValue(series)) }
        benchmark.measurement(milliseconds, Int((ContinuousClock.now - start).milliseconds.rounded()))
    }

    Benchmark("Pandora autoencoder, 20 modules on 2 threads", configuration: configuration) { benchmark in
        let start = ContinuousClock.now
        DispatchQueue.concurrentPerform(iterations: PandoraWorkload.modules) { module in
            blackHole(try? detector.evaluateLastValue(PandoraWorkload.series[module]))
        }
        benchmark.measurement(milliseconds, Int((ContinuousClock.now - start).milliseconds.rounded()))
    }
}

extension Duration {
    fileprivate var milliseconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) * 1e3 + Double(attoseconds) * 1e-15
    }
}
