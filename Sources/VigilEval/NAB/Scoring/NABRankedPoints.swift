/// Every scored row of the corpus (after each file's probationary period), ordered from the highest
/// anomaly score down, as NAB's sweeper walks them (`prepAnomalyListForScoring`). Equal scores keep
/// corpus order (file, then row). Stored as parallel arrays so that the sweeps run over flat memory.
struct NABRankedPoints {
    /// The anomaly scores, highest first.
    let scores: [Double]
    /// The file (index into ``NABCorpus/files``) of each ranked row.
    let files: [Int32]
    /// The corpus-wide window of each ranked row, or −1 outside windows. Windows are numbered across
    /// the corpus: file after file, each file's windows in order.
    let windows: [Int32]
    /// NAB's unweighted scaled sigmoid of each ranked row (``NABPointGeometry/unweighted``).
    let unweighted: [Double]
    /// Number of windows in the corpus.
    let windowCount: Int
    /// The corpus-wide numbers of the windows that have scored rows, in corpus order.
    let scorableWindows: [Int]

    /// Ranks the scored rows of every file.
    /// - Parameters:
    ///   - scores: one array per file, already validated.
    ///   - geometry: the files' geometry.
    init(scores: [[Double]], geometry: [NABPointGeometry]) {
        var offsets: [Int] = []
        var windowCount = 0
        var scorableWindows: [Int] = []
        var keys: [(score: Double, file: Int32, row: Int32)] = []
        keys.reserveCapacity(zip(scores, geometry).reduce(0) { $0 + $1.0.count - $1.1.probationaryLength })
        for (file, fileGeometry) in geometry.enumerated() {
            offsets.append(windowCount)
            for window in fileGeometry.isScorable.indices where fileGeometry.isScorable[window] {
                scorableWindows.append(windowCount + window)
            }
            windowCount += fileGeometry.isScorable.count
            let fileScores = scores[file]
            for row in fileGeometry.probationaryLength..<fileScores.count {
                keys.append((fileScores[row], Int32(file), Int32(row)))
            }
        }
        keys.sort { lhs, rhs in
            if lhs.score != rhs.score { return lhs.score > rhs.score }
            return lhs.file != rhs.file ? lhs.file < rhs.file : lhs.row < rhs.row
        }
        var windows = [Int32](repeating: -1, count: keys.count)
        var unweighted = [Double](repeating: 0, count: keys.count)
        for (position, key) in keys.enumerated() {
            let file = Int(key.file)
            let row = Int(key.row)
            let window = geometry[file].window[row]
            if window >= 0 { windows[position] = Int32(offsets[file]) + window }
            unweighted[position] = geometry[file].unweighted[row]
        }
        self.scores = keys.map(\.score)
        self.files = keys.map(\.file)
        self.windows = windows
        self.unweighted = unweighted
        self.windowCount = windowCount
        self.scorableWindows = scorableWindows
    }

    /// Number of ranked rows.
    var count: Int { scores.count }
}
