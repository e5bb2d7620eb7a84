extension NABScorer {
    /// Scores a detector's output on the whole corpus: for each profile the optimised corpus-wide
    /// threshold, the corpus, category and file scores there, and the threshold-free average
    /// precision per file, category and overall.
    ///
    /// ```swift
    /// let evaluation = try scorer.evaluate(scores)
    /// evaluation.result(for: "standard")?.corpus.normalizedScore   // e.g. 74.85
    /// ```
    /// - Parameter scores: one array of anomaly scores in [0, 1] per corpus file, in
    ///   ``NABCorpus/files`` order, one score per row (probationary rows included; they are ignored).
    /// - Returns: the evaluation.
    /// - Throws: ``NABScoringError`` when the scores do not fit the corpus.
    /// - Complexity: O(n log n) for n rows: one sort, then linear passes per profile.
    public func evaluate(_ scores: [[Double]]) throws(NABScoringError) -> NABEvaluation {
        try validate(scores)
        let ranked = NABRankedPoints(scores: scores, geometry: geometry)
        let files = corpus.files
        var fileScores = [[String: NABScoreBreakdown]](repeating: [:], count: files.count)
        var profiles: [NABProfileResult] = []
        for profile in corpus.profiles {
            let threshold = optimum(ranked, profile: profile).threshold
            var total = NABScoreBreakdown.zero
            for index in files.indices {
                let breakdown = breakdown(fileAt: index, scores: scores[index], profile: profile, threshold: threshold)
                fileScores[index][profile.name] = breakdown
                total = total + breakdown
            }
            profiles.append(NABProfileResult(profile: profile, threshold: threshold, corpus: total))
        }
        let precision = averagePrecisions(ranked)
        let categories = corpus.categories.enumerated().map { category, name in
            let members = files.indices.filter { files[$0].category == name }
            var scores: [String: NABScoreBreakdown] = [:]
            for profile in corpus.profiles {
                scores[profile.name] = members.reduce(NABScoreBreakdown.zero) { $0 + fileScores[$1][profile.name]! }
            }
            return NABCategoryEvaluation(
                name: name, fileCount: members.count, windowCount: members.reduce(0) { $0 + files[$1].windows.count },
                averagePrecision: precision.categories[category], scores: scores)
        }
        return NABEvaluation(
            profiles: profiles, averagePrecision: precision.overall, categories: categories,
            files: files.indices.map { index in
                NABFileEvaluation(
                    relativePath: files[index].relativePath, category: files[index].category,
                    averagePrecision: precision.files[index], scores: fileScores[index])
            })
    }

    /// Point-wise average precision of the ranked rows, with rows inside windows as positives:
    /// overall, per category (in ``NABCorpus/categories`` order) and per file, in one pass.
    private func averagePrecisions(_ ranked: NABRankedPoints) -> (overall: Double?, categories: [Double?], files: [Double?]) {
        let categoryNames = corpus.categories
        let categoryOfFile = corpus.files.map { file in categoryNames.firstIndex(of: file.category)! }
        var overall = AveragePrecisionTally()
        var categories = [AveragePrecisionTally](repeating: AveragePrecisionTally(), count: categoryNames.count)
        var files = [AveragePrecisionTally](repeating: AveragePrecisionTally(), count: corpus.files.count)
        var touched: [Int] = []
        var isTouched = [Bool](repeating: false, count: corpus.files.count)
        func closeGroup() {
            overall.closeGroup()
            for file in touched {
                files[file].closeGroup()
                categories[categoryOfFile[file]].closeGroup()
                isTouched[file] = false
            }
            touched.removeAll(keepingCapacity: true)
        }
        var previous: Double?
        for position in 0..<ranked.count {
            let score = ranked.scores[position]
            if score != previous { closeGroup() }
            previous = score
            let file = Int(ranked.files[position])
            let isPositive = ranked.windows[position] >= 0
            overall.add(isPositive: isPositive)
            files[file].add(isPositive: isPositive)
            categories[categoryOfFile[file]].add(isPositive: isPositive)
            if !isTouched[file] {
                isTouched[file] = true
                touched.append(file)
            }
        }
        closeGroup()
        return (overall.value, categories.map(\.value), files.map(\.value))
    }
}
