/// What a ``UnivariateDetector`` found in one series.
public struct UnivariateDetection: Sendable, Hashable {
    /// One anomaly score in [0, 1] per point.
    public var scores: [Double]
    /// One flag per point: whether the detector calls it anomalous.
    public var flags: [Bool]
    /// An explanation of every flagged point, in time order.
    public var explanations: [PointExplanation]

    public init(scores: [Double], flags: [Bool], explanations: [PointExplanation]) {
        precondition(scores.count == flags.count, "one flag per score")
        self.scores = scores
        self.flags = flags
        self.explanations = explanations
    }
}
