/// The results of one category (a folder under `data/`), at each profile's corpus-wide threshold.
///
/// A category's normalised score is `100 · (raw − null) / (perfect − null)` with raw, null and
/// perfect summed over its files: the share of the category's attainable score that the detector
/// reached, on the same scale as the corpus score. Categories without windows
/// (`artificialNoAnomaly`) have no normalised score; their raw score is the false-positive penalty.
public struct NABCategoryEvaluation: Hashable, Sendable {
    /// The folder name: `realKnownCause` …
    public var name: String
    /// Number of data files.
    public var fileCount: Int
    /// Number of anomaly windows.
    public var windowCount: Int
    /// Point-wise average precision over the category's scored rows (`nil` without windows); see
    /// ``NABEvaluation/averagePrecision``.
    public var averagePrecision: Double?
    /// The score per profile name (`standard`, `reward_low_FP_rate`, `reward_low_FN_rate` …).
    public var scores: [String: NABScoreBreakdown]

    /// Creates a category result.
    public init(name: String, fileCount: Int, windowCount: Int, averagePrecision: Double?, scores: [String: NABScoreBreakdown]) {
        self.name = name
        self.fileCount = fileCount
        self.windowCount = windowCount
        self.averagePrecision = averagePrecision
        self.scores = scores
    }
}
