/// The NAB v1.1 benchmark: its data files with their anomaly windows, and the application profiles.
///
/// Load a checkout of `numenta/NAB` (or the copy in `../shared/datasets/NAB`), run a detector on
/// every file, and score the arrays of anomaly scores with ``NABScorer``:
///
/// ```swift
/// let corpus = try NABCorpus(contentsOf: "../shared/datasets/NAB")
/// let scores = try corpus.files.map { file in
///     try detector.detect(file.series, warmUp: file.probationaryLength).scores
/// }
/// let evaluation = try NABScorer(corpus: corpus).evaluate(scores)
/// print(evaluation.profiles.map { "\($0.profile.name) \($0.corpus.normalized ?? 0)" })
/// ```
public struct NABCorpus: Hashable, Sendable {
    /// NAB's probationary fraction: the first 15 % of each file (at most 750 rows) is not scored.
    public static let probationaryPercent = 0.15

    /// The data files: sorted by relative path when loaded from disk, in the given order otherwise.
    public let files: [NABDataFile]
    /// The application profiles: NAB's three published ones first, then any others by name.
    public let profiles: [NABProfile]

    /// Builds a corpus from files in memory (hand-made test cases, subsets).
    /// - Parameters:
    ///   - files: the files, in the order score arrays will be given.
    ///   - profiles: the profiles to score with; NAB's three by default.
    public init(files: [NABDataFile], profiles: [NABProfile] = NABProfile.published) {
        self.files = files
        self.profiles = profiles
    }

    /// The category folders, sorted.
    public var categories: [String] { Array(Set(files.map(\.category))).sorted() }

    /// Number of rows over all files.
    public var pointCount: Int { files.reduce(0) { $0 + $1.count } }

    /// Number of anomaly windows over all files.
    public var windowCount: Int { files.reduce(0) { $0 + $1.windows.count } }

    /// The file with a relative path such as `realKnownCause/nyc_taxi.csv`.
    public func file(at relativePath: String) -> NABDataFile? {
        files.first { $0.relativePath == relativePath }
    }
}
