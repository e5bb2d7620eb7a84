/// The corpus raw score when every row whose anomaly score is at least `threshold` is a detection:
/// one point of NAB's threshold sweep (`ThresholdScore` in `nab/sweeper.py`).
///
/// ```swift
/// let curve = try scorer.thresholdCurve(scores, profile: .standard)
/// curve[0].threshold   // 1.1: nothing detected, every window missed
/// ```
public struct NABThresholdScore: Hashable, Sendable {
    /// The threshold: 1.1 (nothing detected), then each distinct anomaly score from high to low.
    public var threshold: Double
    /// The corpus raw score at this threshold.
    public var score: Double
    /// Detected rows inside windows.
    public var truePositives: Int
    /// Detected rows outside windows.
    public var falsePositives: Int
    /// Undetected rows inside windows.
    public var falseNegatives: Int
    /// Undetected rows outside windows.
    public var trueNegatives: Int

    /// Creates a point of the sweep.
    public init(threshold: Double, score: Double, truePositives: Int, falsePositives: Int, falseNegatives: Int, trueNegatives: Int) {
        self.threshold = threshold
        self.score = score
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
        self.trueNegatives = trueNegatives
    }
}
