import ArgumentParser
import Dispatch
import Foundation
import VigilCore
import VigilEval
import VigilTelemetry

/// `vigil bench nab`: the Numenta Anomaly Benchmark v1.1, scored exactly as NAB scores it.
struct BenchNABCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nab",
        abstract: "Run a detector over the NAB corpus and score it as NAB v1.1 does.",
        discussion: """
            Every file is scored by the detector (its warm-up is NAB's probationary period), then the three application profiles are scored with NAB's corpus-wide threshold optimisation and normalised against the null and perfect detectors. Prints the three scores, a per-category breakdown, AUC-PR and points/s; docs/nab.md explains the scoring.

            With --results DIR it also writes NAB's results layout (DIR/<detector>/<category>/<detector>_<file>.csv), which NAB's own scorer can re-score.
            """
    )

    @Option(help: "The NAB folder (with data/, labels/ and config/).")
    var data: String = "../shared/datasets/NAB"

    @Option(help: "The detector: \(UnivariateDetectorCatalog.names.joined(separator: ", ")).")
    var detector: String = UnivariateDetectorCatalog.names[0]

    @Option(help: "The detector's configuration as JSON (missing keys keep their defaults), or @FILE.")
    var config: String?

    @Option(help: "Also write NAB's results folder layout here.")
    var results: String?

    @Option(help: "Threads scoring files in parallel (default: every core).")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Print one JSON object (standard, reward_low_FP_rate, reward_low_FN_rate, points_per_second, categories, …).")
    var json = false

    @Flag(name: .shortAndLong, help: "Print no progress output.")
    var quiet = false

    func validate() throws {
        guard UnivariateDetectorCatalog.names.contains(detector) else {
            throw ValidationError("--detector must be one of \(UnivariateDetectorCatalog.names.joined(separator: ", "))")
        }
        guard threads >= 1 else { throw ValidationError("--threads must be at least 1") }
    }

    func run() async throws {
        let progress = ProgressReporter(enabled: !quiet && !json)
        let corpus: NABCorpus
        do {
            corpus = try NABCorpus(contentsOf: data)
        } catch {
            throw CommandFailure("\(error)")
        }
        let detector = try UnivariateDetectorCatalog.make(detector, configuration: try ConfigurationArgument.data(config))
        if results != nil { try NABResultsWriter.validateDetectorName(detector.name) }
        progress.update("scoring \(corpus.files.count) files (\(corpus.pointCount) points) with \(detector.name)…")
        let started = ContinuousClock.now
        let outcomes = FileOutcomes(count: corpus.files.count)
        DispatchQueue.concurrentPerform(iterations: threads) { worker in
            var index = worker
            while index < corpus.files.count {
                let file = corpus.files[index]
                outcomes.set(index, Result { try detector.detect(file.series, warmUp: file.probationaryLength).scores })
                index += threads
            }
        }
        let seconds = (ContinuousClock.now - started).seconds
        var scores: [[Double]] = []
        for (index, outcome) in outcomes.all.enumerated() {
            switch outcome {
            case .success(let fileScores): scores.append(fileScores)
            case .failure(let error): throw CommandFailure("\(corpus.files[index].relativePath): \(error)")
            }
        }
        let evaluation = try NABScorer(corpus: corpus).evaluate(scores)
        let pointsPerSecond = Double(corpus.pointCount) / max(seconds, 1e-9)
        if let results {
            try NABResultsWriter(directory: results, detector: detector.name).write(scores, for: corpus)
        }
        if json {
            try printJSON(NABReport(detector: detector.name, evaluation: evaluation, pointsPerSecond: pointsPerSecond))
        } else {
            progress.finish("scored in \(String(format: "%.2f", seconds)) s")
            print(NABTable.render(detector: detector.name, evaluation: evaluation, points: corpus.pointCount, seconds: seconds))
            if let results { print("results written to \(results)/\(detector.name)/") }
        }
    }
}

/// Per-file outcomes written by worker threads, each to its own slot.
private final class FileOutcomes: @unchecked Sendable {
    private let lock = NSLock()
    private var outcomes: [Result<[Double], any Error>?]

    init(count: Int) { outcomes = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ outcome: Result<[Double], any Error>) {
        lock.withLock { outcomes[index] = outcome }
    }

    var all: [Result<[Double], any Error>] { lock.withLock { outcomes.map { $0! } } }
}
