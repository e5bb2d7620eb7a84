/// A NAB score at one threshold for a file, a category or the corpus, with the references it is
/// normalised against and the counts behind it.
///
/// Counts follow NAB's score tables: `truePositives` … `trueNegatives` count **rows** after the
/// probationary period (a detected row inside a window is a true positive, even when only the
/// earliest one earns credit). `detectedWindows` and `missedWindows` count windows.
///
/// ```swift
/// let standard = evaluation.result(for: "standard")!.corpus
/// print(standard.normalizedScore ?? 0, standard.detectedWindows, standard.falsePositives)
/// ```
public struct NABScoreBreakdown: Hashable, Sendable {
    /// The raw score: window credits and misses plus false-positive penalties.
    public var rawScore: Double
    /// The raw score of the null detector, which flags nothing: `−fnWeight` per window that has a
    /// row after the probationary period.
    public var nullScore: Double
    /// The raw score of the perfect detector: `tpWeight` per window.
    public var perfectScore: Double
    /// Detected rows inside windows.
    public var truePositives: Int
    /// Detected rows outside windows.
    public var falsePositives: Int
    /// Undetected rows inside windows.
    public var falseNegatives: Int
    /// Undetected rows outside windows.
    public var trueNegatives: Int
    /// Windows with at least one detection after the probationary period.
    public var detectedWindows: Int
    /// Windows with scorable rows but no detection.
    public var missedWindows: Int

    /// Creates a breakdown.
    public init(
        rawScore: Double, nullScore: Double, perfectScore: Double, truePositives: Int = 0, falsePositives: Int = 0,
        falseNegatives: Int = 0, trueNegatives: Int = 0, detectedWindows: Int = 0, missedWindows: Int = 0
    ) {
        self.rawScore = rawScore
        self.nullScore = nullScore
        self.perfectScore = perfectScore
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
        self.trueNegatives = trueNegatives
        self.detectedWindows = detectedWindows
        self.missedWindows = missedWindows
    }

    /// Nothing: the start of a sum.
    public static let zero = NABScoreBreakdown(rawScore: 0, nullScore: 0, perfectScore: 0)

    /// NAB's normalised score `100 · (raw − null) / (perfect − null)`: 0 for the null detector, 100
    /// for the perfect one. `nil` when there is nothing to normalise against (no windows).
    public var normalizedScore: Double? {
        perfectScore == nullScore ? nil : 100 * (rawScore - nullScore) / (perfectScore - nullScore)
    }

    /// The sum of two breakdowns (a category is the sum of its files, the corpus the sum of all files).
    public static func + (lhs: NABScoreBreakdown, rhs: NABScoreBreakdown) -> NABScoreBreakdown {
        NABScoreBreakdown(
            rawScore: lhs.rawScore + rhs.rawScore, nullScore: lhs.nullScore + rhs.nullScore,
            perfectScore: lhs.perfectScore + rhs.perfectScore, truePositives: lhs.truePositives + rhs.truePositives,
            falsePositives: lhs.falsePositives + rhs.falsePositives, falseNegatives: lhs.falseNegatives + rhs.falseNegatives,
            trueNegatives: lhs.trueNegatives + rhs.trueNegatives, detectedWindows: lhs.detectedWindows + rhs.detectedWindows,
            missedWindows: lhs.missedWindows + rhs.missedWindows)
    }
}
