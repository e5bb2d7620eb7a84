/// The results of one data file, at each profile's corpus-wide threshold: the rows of NAB's
/// `<detector>_<profile>_scores.csv` tables.
public struct NABFileEvaluation: Hashable, Sendable {
    /// The path under `data/`: `realKnownCause/nyc_taxi.csv`.
    public var relativePath: String
    /// The folder under `data/`.
    public var category: String
    /// Point-wise average precision over the file's scored rows (`nil` without windows).
    public var averagePrecision: Double?
    /// The score per profile name.
    public var scores: [String: NABScoreBreakdown]

    /// Creates a file result.
    public init(relativePath: String, category: String, averagePrecision: Double?, scores: [String: NABScoreBreakdown]) {
        self.relativePath = relativePath
        self.category = category
        self.averagePrecision = averagePrecision
        self.scores = scores
    }
}
