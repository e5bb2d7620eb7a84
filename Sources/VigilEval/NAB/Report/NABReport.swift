/// The JSON report of a NAB run (`vigil bench nab --json`): the three normalised scores, speed,
/// the threshold-free measure, and breakdowns per profile, category and file.
///
/// ```swift
/// var report = NABReport(detector: "vigil", evaluation: evaluation)
/// report.pointsPerSecond = Double(corpus.pointCount) / seconds
/// let json = try JSONEncoder().encode(report)
/// // {"standard": 74.85, "reward_low_FP_rate": 65.15, "reward_low_FN_rate": 80.36, "points_per_second": 41000,
/// //  "auc_pr": 0.21, "categories": {"realKnownCause": {"standard": 71.2, …, "auc_pr": 0.24, "files": 7, "windows": 14}, …},
/// //  "profiles": {"standard": {"threshold": 0.52, "raw": 57.66, "null": -116, "perfect": 116}, …}, "files": […]}
/// ```
/// Optional numbers are written as `null` (a category without windows has no normalised score).
public struct NABReport: Codable, Hashable, Sendable {
    /// The detector's name.
    public var detector: String
    /// The normalised corpus score of the `standard` profile.
    public var standard: Double?
    /// The normalised corpus score of the `reward_low_FP_rate` profile.
    public var rewardLowFalsePositiveRate: Double?
    /// The normalised corpus score of the `reward_low_FN_rate` profile.
    public var rewardLowFalseNegativeRate: Double?
    /// Detection speed over the corpus, rows per second; measured and filled in by the caller.
    public var pointsPerSecond: Double?
    /// Point-wise average precision over the corpus (see ``NABEvaluation/averagePrecision``).
    public var averagePrecision: Double?
    /// Each profile's threshold and corpus totals, by profile name.
    public var profiles: [String: Profile]
    /// Each category's results, by category name.
    public var categories: [String: Category]
    /// Each file's results, in corpus order.
    public var files: [File]

    enum CodingKeys: String, CodingKey {
        case detector, standard, profiles, categories, files
        case rewardLowFalsePositiveRate = "reward_low_FP_rate"
        case rewardLowFalseNegativeRate = "reward_low_FN_rate"
        case pointsPerSecond = "points_per_second"
        case averagePrecision = "auc_pr"
    }

    /// Builds the report of an evaluation.
    /// - Parameters:
    ///   - detector: the detector's name.
    ///   - evaluation: what ``NABScorer/evaluate(_:)`` returned.
    ///   - pointsPerSecond: the measured detection speed, if known yet.
    public init(detector: String, evaluation: NABEvaluation, pointsPerSecond: Double? = nil) {
        func normalized(_ name: String) -> Double? { evaluation.result(for: name)?.corpus.normalizedScore }
        self.detector = detector
        self.standard = normalized(NABProfile.standard.name)
        self.rewardLowFalsePositiveRate = normalized(NABProfile.rewardLowFalsePositives.name)
        self.rewardLowFalseNegativeRate = normalized(NABProfile.rewardLowFalseNegatives.name)
        self.pointsPerSecond = pointsPerSecond
        self.averagePrecision = evaluation.averagePrecision
        self.profiles = Dictionary(uniqueKeysWithValues: evaluation.profiles.map { ($0.profile.name, Profile($0)) })
        self.categories = Dictionary(uniqueKeysWithValues: evaluation.categories.map { ($0.name, Category($0)) })
        self.files = evaluation.files.map(File.init)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(detector, forKey: .detector)
        try container.encode(standard, forKey: .standard)
        try container.encode(rewardLowFalsePositiveRate, forKey: .rewardLowFalsePositiveRate)
        try container.encode(rewardLowFalseNegativeRate, forKey: .rewardLowFalseNegativeRate)
        try container.encode(pointsPerSecond, forKey: .pointsPerSecond)
        try container.encode(averagePrecision, forKey: .averagePrecision)
        try container.encode(profiles, forKey: .profiles)
        try container.encode(categories, forKey: .categories)
        try container.encode(files, forKey: .files)
    }
}
