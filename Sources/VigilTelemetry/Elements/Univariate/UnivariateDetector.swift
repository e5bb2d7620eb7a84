public import VigilCore

/// A detector that scores one tag's values on their own: the Pandora autoencoder method, the
/// streaming NAB detector, and anything else that looks at a single series.
///
/// Every detector returns one anomaly score in [0, 1] per point, a flag per point, and an
/// explanation of each flagged point. Streaming detectors are causal: the score at point `i` depends
/// on points `0…i` only.
///
/// ```swift
/// let detection = try detector.detect(series)
/// for explanation in detection.explanations { print(explanation.reason) }
/// ```
public protocol UnivariateDetector: Sendable {
    /// A short lower-case name without underscores (`vigil detect --detector NAME`, NAB result folders).
    var name: String { get }

    /// Scores every point of `series`.
    /// - Parameter warmUp: how many leading points the detector may spend learning (their scores are
    ///   0 and they are never flagged); NAB passes its probationary period here.
    /// - Throws: ``UnivariateDetectionError`` when the series cannot be scored (too short, …).
    func detect(_ series: TimeSeries, warmUp: Int) throws(UnivariateDetectionError) -> UnivariateDetection
}
