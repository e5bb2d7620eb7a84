extension NABReport {
    /// A profile's corpus-wide threshold and raw totals.
    public struct Profile: Codable, Hashable, Sendable {
        /// The optimised threshold (1.1 when detecting nothing scores best).
        public var threshold: Double
        /// The corpus raw score.
        public var raw: Double
        /// The null detector's raw score.
        public var null: Double
        /// The perfect detector's raw score.
        public var perfect: Double
        /// Windows with a detection.
        public var detectedWindows: Int
        /// Detected rows outside windows.
        public var falsePositives: Int

        enum CodingKeys: String, CodingKey {
            case threshold, raw, null, perfect
            case detectedWindows = "detected_windows"
            case falsePositives = "fp"
        }

        /// The entry of a profile result.
        public init(_ result: NABProfileResult) {
            threshold = result.threshold
            raw = result.corpus.rawScore
            null = result.corpus.nullScore
            perfect = result.corpus.perfectScore
            detectedWindows = result.corpus.detectedWindows
            falsePositives = result.corpus.falsePositives
        }
    }

    /// A category's normalised scores (each profile at its corpus-wide threshold), average precision and size.
    public struct Category: Codable, Hashable, Sendable {
        /// The normalised `standard` score, `nil` without windows.
        public var standard: Double?
        /// The normalised `reward_low_FP_rate` score.
        public var rewardLowFalsePositiveRate: Double?
        /// The normalised `reward_low_FN_rate` score.
        public var rewardLowFalseNegativeRate: Double?
        /// Point-wise average precision, `nil` without windows.
        public var averagePrecision: Double?
        /// Number of files.
        public var files: Int
        /// Number of windows.
        public var windows: Int

        enum CodingKeys: String, CodingKey {
            case standard, files, windows
            case rewardLowFalsePositiveRate = "reward_low_FP_rate"
            case rewardLowFalseNegativeRate = "reward_low_FN_rate"
            case averagePrecision = "auc_pr"
        }

        /// The entry of a category result.
        public init(_ category: NABCategoryEvaluation) {
            standard = category.scores[NABProfile.standard.name]?.normalizedScore
            rewardLowFalsePositiveRate = category.scores[NABProfile.rewardLowFalsePositives.name]?.normalizedScore
            rewardLowFalseNegativeRate = category.scores[NABProfile.rewardLowFalseNegatives.name]?.normalizedScore
            averagePrecision = category.averagePrecision
            files = category.fileCount
            windows = category.windowCount
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(standard, forKey: .standard)
            try container.encode(rewardLowFalsePositiveRate, forKey: .rewardLowFalsePositiveRate)
            try container.encode(rewardLowFalseNegativeRate, forKey: .rewardLowFalseNegativeRate)
            try container.encode(averagePrecision, forKey: .averagePrecision)
            try container.encode(files, forKey: .files)
            try container.encode(windows, forKey: .windows)
        }
    }

    /// One file's results: per profile the raw score and counts at the corpus-wide threshold.
    public struct File: Codable, Hashable, Sendable {
        /// The path under `data/`.
        public var file: String
        /// The category.
        public var category: String
        /// Point-wise average precision, `nil` without windows.
        public var averagePrecision: Double?
        /// The scores by profile name.
        public var scores: [String: FileScore]

        enum CodingKeys: String, CodingKey {
            case file, category, scores
            case averagePrecision = "auc_pr"
        }

        /// The entry of a file result.
        public init(_ result: NABFileEvaluation) {
            file = result.relativePath
            category = result.category
            averagePrecision = result.averagePrecision
            scores = result.scores.mapValues(FileScore.init)
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(file, forKey: .file)
            try container.encode(category, forKey: .category)
            try container.encode(averagePrecision, forKey: .averagePrecision)
            try container.encode(scores, forKey: .scores)
        }
    }

    /// A file's raw score and counts under one profile, as in NAB's `<detector>_<profile>_scores.csv`.
    public struct FileScore: Codable, Hashable, Sendable {
        /// The raw score.
        public var raw: Double
        /// Detected rows inside windows.
        public var truePositives: Int
        /// Detected rows outside windows.
        public var falsePositives: Int
        /// Undetected rows inside windows.
        public var falseNegatives: Int
        /// Undetected rows outside windows.
        public var trueNegatives: Int
        /// Windows with a detection.
        public var detectedWindows: Int
        /// Windows without one.
        public var missedWindows: Int

        enum CodingKeys: String, CodingKey {
            case raw
            case truePositives = "tp"
            case falsePositives = "fp"
            case falseNegatives = "fn"
            case trueNegatives = "tn"
            case detectedWindows = "detected_windows"
            case missedWindows = "missed_windows"
        }

        /// The entry of a file breakdown.
        public init(_ breakdown: NABScoreBreakdown) {
            raw = breakdown.rawScore
            truePositives = breakdown.truePositives
            falsePositives = breakdown.falsePositives
            falseNegatives = breakdown.falseNegatives
            trueNegatives = breakdown.trueNegatives
            detectedWindows = breakdown.detectedWindows
            missedWindows = breakdown.missedWindows
        }
    }
}
