/// Everything ``NABScorer/evaluate(_:)`` measures: the three profiles' scores, the threshold-free
/// average precision, and both per category and per file.
///
/// ```swift
/// let evaluation = try NABScorer(corpus: corpus).evaluate(scores)
/// for result in evaluation.profiles {
///     print(result.profile.name, result.threshold, result.corpus.normalizedScore ?? 0)
/// }
/// for category in evaluation.categories {
///     print(category.name, category.scores["standard"]?.normalizedScore ?? .nan, category.averagePrecision ?? .nan)
/// }
/// ```
public struct NABEvaluation: Hashable, Sendable {
    /// One result per corpus profile, in ``NABCorpus/profiles`` order.
    public var profiles: [NABProfileResult]
    /// Point-wise average precision (the area under the precision–recall curve as scikit-learn's
    /// `average_precision_score` computes it) over every row after the probationary periods, pooled
    /// across files; rows inside windows are the positives. `nil` when no row is inside a window.
    public var averagePrecision: Double?
    /// One result per category, sorted by name.
    public var categories: [NABCategoryEvaluation]
    /// One result per file, in ``NABCorpus/files`` order.
    public var files: [NABFileEvaluation]

    /// Creates an evaluation.
    public init(
        profiles: [NABProfileResult], averagePrecision: Double?, categories: [NABCategoryEvaluation], files: [NABFileEvaluation]
    ) {
        self.profiles = profiles
        self.averagePrecision = averagePrecision
        self.categories = categories
        self.files = files
    }

    /// The result of the profile with this name (`standard`, `reward_low_FP_rate`, `reward_low_FN_rate`).
    public func result(for profileName: String) -> NABProfileResult? {
        profiles.first { $0.profile.name == profileName }
    }
}
