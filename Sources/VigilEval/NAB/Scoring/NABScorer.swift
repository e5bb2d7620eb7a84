/// Scores anomaly scores against a NAB corpus exactly as NAB v1.1 does (`nab/sweeper.py`,
/// `nab/optimizer.py`, `nab/scorer.py`, `nab/runner.py` at commit ea702d75cc22).
///
/// - Rows in a file's probationary period are not scored.
/// - A row is a detection when its anomaly score is at or above the threshold.
/// - Inside a window only the earliest detection counts: it earns `tpWeight · σ(position)/σ(−1)`,
///   from `tpWeight` at the left edge down to about 0 at the right edge. A window without a
///   detection costs `fnWeight`.
/// - Every detected row outside the windows costs `fpWeight · σ(distance after the previous window)`,
///   about 0 just after a window and `fpWeight` far from it or before the first window.
/// - One threshold serves the whole corpus per profile: the one maximising the corpus raw score
///   over every distinct anomaly score (see ``optimalThreshold(_:profile:)``).
/// - The corpus score is normalised `100 · (raw − null)/(perfect − null)`.
///
/// ```swift
/// let scorer = NABScorer(corpus: corpus)
/// let evaluation = try scorer.evaluate(scores)      // one [Double] per corpus file
/// evaluation.result(for: "standard")?.corpus.normalizedScore
/// ```
public struct NABScorer: Sendable {
    /// The corpus scored against.
    public let corpus: NABCorpus
    /// Each file's window geometry, in corpus order.
    let geometry: [NABPointGeometry]

    /// Prepares the window geometry of every file (its cost is one pass over the rows).
    public init(corpus: NABCorpus) {
        self.corpus = corpus
        self.geometry = corpus.files.map(NABPointGeometry.init(file:))
    }

    /// NAB's per-row sweep score for a profile (the `S(t)_<profile>` column NAB appends to results
    /// files): what a detection at each row would add to the raw score, before "earliest detection
    /// per window" is applied. Probationary rows are included, as in NAB's column.
    /// - Parameters:
    ///   - index: the file's index in ``NABCorpus/files``.
    ///   - profile: the profile whose weights apply.
    /// - Returns: one value per row.
    public func pointScores(fileAt index: Int, profile: NABProfile) -> [Double] {
        let geometry = geometry[index]
        return (0..<geometry.window.count).map { geometry.weighted($0, profile) }
    }

    /// Scores one file at a given threshold, as NAB's `scoreDataSet` does (for example at a
    /// published threshold).
    /// - Parameters:
    ///   - index: the file's index in ``NABCorpus/files``.
    ///   - scores: one anomaly score in [0, 1] per row.
    ///   - profile: the weights.
    ///   - threshold: rows scoring at or above it are detections.
    /// - Returns: the file's raw score with its null and perfect references and its counts.
    /// - Throws: ``NABScoringError`` when the scores do not fit the file.
    public func score(fileAt index: Int, scores: [Double], profile: NABProfile, threshold: Double) throws(NABScoringError)
        -> NABScoreBreakdown
    {
        try validate(scores, fileAt: index)
        return breakdown(fileAt: index, scores: scores, profile: profile, threshold: threshold)
    }

    /// Checks one array per file, one score per row, every score in [0, 1].
    func validate(_ scores: [[Double]]) throws(NABScoringError) {
        guard scores.count == corpus.files.count else {
            throw .wrongFileCount(expected: corpus.files.count, found: scores.count)
        }
        for index in scores.indices { try validate(scores[index], fileAt: index) }
    }

    private func validate(_ scores: [Double], fileAt index: Int) throws(NABScoringError) {
        let file = corpus.files[index]
        guard scores.count == file.count else {
            throw .wrongPointCount(file: file.relativePath, expected: file.count, found: scores.count)
        }
        if let row = scores.firstIndex(where: { !($0 >= 0 && $0 <= 1) }) {
            throw .scoreOutOfRange(file: file.relativePath, row: row, value: scores[row])
        }
    }

    /// The score of one validated file at a threshold.
    func breakdown(fileAt index: Int, scores: [Double], profile: NABProfile, threshold: Double) -> NABScoreBreakdown {
        let geometry = geometry[index]
        let windowCount = geometry.isScorable.count
        var best = [Double](repeating: -profile.falseNegativeWeight, count: windowCount)
        var detected = [Bool](repeating: false, count: windowCount)
        var result = NABScoreBreakdown.zero
        var falsePositiveSum = 0.0
        for row in geometry.probationaryLength..<scores.count {
            let isDetection = scores[row] >= threshold
            let window = Int(geometry.window[row])
            if window >= 0 {
                if isDetection {
                    result.truePositives += 1
                    detected[window] = true
                    best[window] = max(best[window], geometry.weighted(row, profile))
                } else {
                    result.falseNegatives += 1
                }
            } else if isDetection {
                result.falsePositives += 1
                falsePositiveSum += geometry.weighted(row, profile)
            } else {
                result.trueNegatives += 1
            }
        }
        result.rawScore = falsePositiveSum
        for window in 0..<windowCount where geometry.isScorable[window] {
            result.rawScore += best[window]
            result.nullScore -= profile.falseNegativeWeight
            if detected[window] { result.detectedWindows += 1 } else { result.missedWindows += 1 }
        }
        result.perfectScore = profile.truePositiveWeight * Double(windowCount)
        return result
    }
}
