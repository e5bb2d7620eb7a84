/// The corpus result of one application profile: the optimised threshold and the score there.
public struct NABProfileResult: Hashable, Sendable {
    /// The profile.
    public var profile: NABProfile
    /// The corpus-wide threshold that maximises the raw score (NAB's `optimizeThreshold`); rows with
    /// an anomaly score at or above it are detections. 1.1 when detecting nothing scores best.
    public var threshold: Double
    /// The corpus score at that threshold: the sum over files, normalised against the null and
    /// perfect detectors (``NABScoreBreakdown/normalizedScore`` is the number NAB publishes).
    public var corpus: NABScoreBreakdown

    /// Creates a profile result.
    public init(profile: NABProfile, threshold: Double, corpus: NABScoreBreakdown) {
        self.profile = profile
        self.threshold = threshold
        self.corpus = corpus
    }
}
