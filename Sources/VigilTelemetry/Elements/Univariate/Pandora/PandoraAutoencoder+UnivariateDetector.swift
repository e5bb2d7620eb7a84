public import VigilCore

extension PandoraAutoencoder: UnivariateDetector {
    /// `pandora-ae`.
    public var name: String { "pandora-ae" }

    /// Scores every point of `series` causally, the Pandora way: train once on the warm-up, then
    /// judge each later point's window against the warm-up's threshold.
    ///
    /// - The autoencoder is fitted on the first `max(warmUp, window)` points (their windows and their
    ///   minimum and maximum), exactly as ``evaluateLastValue(_:)`` fits the history before the
    ///   value it judges. Those points score 0 and are never flagged.
    /// - Each later point `i` is scored by the reconstruction error of the window of the `window`
    ///   points ending at `i`, mapped to [0, 1] by ``PandoraAutoencoderModel/score(forError:)``
    ///   (0.5 at the threshold); it is flagged when the error is above the threshold, and explained.
    ///
    /// The score at `i` depends on the warm-up and on points `i − window + 1 … i` only, so it never
    /// changes when a later point does.
    /// - Parameters:
    ///   - series: The values to score.
    ///   - warmUp: The points to learn from (NAB's probationary period).
    /// - Returns: A score and a flag per point, and an explanation of each flagged point.
    /// - Throws: ``UnivariateDetectionError``: fewer than `window + 1` points, a non-finite value, a bad option.
    public func detect(_ series: TimeSeries, warmUp: Int) throws(UnivariateDetectionError) -> UnivariateDetection {
        let values = series.values
        do throws(PandoraAutoencoderError) {
            try validate()
            guard values.count >= window + 1 else { throw .tooShort(points: values.count, needed: window + 1) }
            try Self.checkFinite(values)
            let trainingCount = min(max(warmUp, window), values.count)
            var scores = [Double](repeating: 0, count: values.count)
            var flags = [Bool](repeating: false, count: values.count)
            var explanations: [PointExplanation] = []
            if trainingCount < values.count {
                let model = try fit(values[0..<trainingCount])
                let ends = trainingCount..<values.count
                let reconstructions = model.reconstruct(values, windowsEndingAt: ends)
                for (row, index) in ends.enumerated() {
                    let error = reconstructions.errors[row]
                    scores[index] = model.score(forError: error)
                    guard error > model.threshold else { continue }
                    flags[index] = true
                    explanations.append(model.explanation(of: series, at: index, row: row, in: reconstructions, score: scores[index]))
                }
            }
            return UnivariateDetection(scores: scores, flags: flags, explanations: explanations)
        } catch {
            throw error.univariateDetectionError(detector: name)
        }
    }
}
