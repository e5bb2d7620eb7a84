extension NABScorer {
    /// NAB's threshold sweep over the whole corpus (`calcScoreByThreshold` on every file's rows at
    /// once): the corpus raw score at 1.1 (nothing detected), then at each distinct anomaly score
    /// from high to low, each time with every row scoring at or above it detected. Rows with equal
    /// scores are detected together, so the curve has one point per distinct score.
    ///
    /// ```swift
    /// let curve = try scorer.thresholdCurve(scores, profile: .standard)
    /// let best = curve.max { $0.score < $1.score }   // what optimalThreshold returns, up to ties
    /// ```
    /// - Parameters:
    ///   - scores: one array of anomaly scores per corpus file, in ``NABCorpus/files`` order.
    ///   - profile: the weights.
    /// - Returns: the sweep, thresholds decreasing.
    /// - Throws: ``NABScoringError`` when the scores do not fit the corpus.
    public func thresholdCurve(_ scores: [[Double]], profile: NABProfile) throws(NABScoringError) -> [NABThresholdScore] {
        try validate(scores)
        var curve: [NABThresholdScore] = []
        sweep(NABRankedPoints(scores: scores, geometry: geometry), profile: profile) { curve.append($0) }
        return curve
    }

    /// NAB's corpus-wide threshold optimisation (`optimizeThreshold`): the point of
    /// ``thresholdCurve(_:profile:)`` with the highest raw score. On a tie the higher threshold
    /// wins, as NAB's stable sort by score keeps the sweep's order.
    /// - Parameters:
    ///   - scores: one array of anomaly scores per corpus file.
    ///   - profile: the weights.
    /// - Returns: the best threshold and the corpus raw score there.
    /// - Throws: ``NABScoringError`` when the scores do not fit the corpus.
    public func optimalThreshold(_ scores: [[Double]], profile: NABProfile) throws(NABScoringError) -> NABThresholdScore {
        try validate(scores)
        return optimum(NABRankedPoints(scores: scores, geometry: geometry), profile: profile)
    }

    /// The best point of the sweep; the first (highest threshold) among equal scores.
    func optimum(_ ranked: NABRankedPoints, profile: NABProfile) -> NABThresholdScore {
        var best: NABThresholdScore?
        sweep(ranked, profile: profile) { point in
            if best.map({ point.score > $0.score }) ?? true { best = point }
        }
        return best!
    }

    /// Walks the ranked rows once, reporting the corpus score before each new distinct anomaly score
    /// and after the last one.
    ///
    /// The state is NAB's `scoreParts`: the sum of false-positive penalties, and per window the best
    /// credit so far (starting at `−fnWeight`). The window sum is re-added only when a window's best
    /// credit changed, so thresholds that add no new information report bit-identical scores and
    /// ties resolve as in NAB.
    func sweep(_ ranked: NABRankedPoints, profile: NABProfile, visit: (NABThresholdScore) -> Void) {
        var best = [Double](repeating: -profile.falseNegativeWeight, count: ranked.windowCount)
        func windowSum() -> Double { ranked.scorableWindows.reduce(0) { $0 + best[$1] } }

        let inWindows = ranked.windows.reduce(0) { $0 + ($1 >= 0 ? 1 : 0) }
        var point = NABThresholdScore(
            threshold: 1.1, score: 0, truePositives: 0, falsePositives: 0, falseNegatives: inWindows,
            trueNegatives: ranked.count - inWindows)
        var falsePositiveSum = 0.0
        var windows = windowSum()
        var windowsChanged = false
        for position in 0..<ranked.count {
            let score = ranked.scores[position]
            if score != point.threshold {
                if windowsChanged { windows = windowSum() }
                windowsChanged = false
                point.score = falsePositiveSum + windows
                visit(point)
                point.threshold = score
            }
            let window = Int(ranked.windows[position])
            if window >= 0 {
                point.truePositives += 1
                point.falseNegatives -= 1
                let credit = NABPointGeometry.weighted(ranked.unweighted[position], inWindow: true, profile)
                if credit > best[window] {
                    best[window] = credit
                    windowsChanged = true
                }
            } else {
                point.falsePositives += 1
                point.trueNegatives -= 1
                falsePositiveSum += NABPointGeometry.weighted(ranked.unweighted[position], inWindow: false, profile)
            }
        }
        if windowsChanged { windows = windowSum() }
        point.score = falsePositiveSum + windows
        visit(point)
    }
}
