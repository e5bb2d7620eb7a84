import Foundation

/// Where each row of a file stands relative to its windows, as NAB's sweeper sees it
/// (`nab/sweeper.py`, `calcSweepScore`): the unweighted scaled-sigmoid value of a detection at
/// that row and the window the row belongs to. It depends on the labels only, so it is computed
/// once per file and weighted per profile.
struct NABPointGeometry: Sendable {
    /// The scaled sigmoid at each row: inside a window `σ(−(right − i + 1)/width)`, which runs from
    /// `σ(−1)` at the left edge to about 0 at the right edge; outside, `σ(|i − previousRight|/(previousWidth − 1))`
    /// after a window and −1 before the first one.
    let unweighted: [Double]
    /// The window (index into ``NABDataFile/windows``) each row belongs to, or −1.
    let window: [Int32]
    /// The rows before this index are not scored.
    let probationaryLength: Int
    /// Whether each window has a row after the probationary period; only those count as misses.
    let isScorable: [Bool]

    /// The scaled sigmoid at the left edge of a window, `2σ(5) − 1 ≈ 0.98661`: true-positive
    /// credits are divided by it so that the earliest detection earns exactly `tpWeight`.
    static let maximumTruePositive = scaledSigmoid(-1)

    /// NAB's `scaledSigmoid`: `2 / (1 + e^(5x)) − 1`, and −1 beyond `x = 3`.
    /// - Parameter position: the relative position: −1…0 inside a window, positive after it.
    static func scaledSigmoid(_ position: Double) -> Double {
        guard position <= 3 else { return -1 }
        return 2 * (1 / (1 + exp(5 * position))) - 1
    }

    /// Computes the geometry of a file.
    init(file: NABDataFile) {
        var unweighted = [Double](repeating: 0, count: file.count)
        var window = [Int32](repeating: -1, count: file.count)
        var next = 0
        var current: Int?
        var previous: (right: Int, width: Double)?
        for row in 0..<file.count {
            if current == nil, next < file.windows.count, file.windows[next].lowerBound == row {
                current = next
                next += 1
            }
            if let index = current {
                let range = file.windows[index]
                unweighted[row] = Self.scaledSigmoid(-Double(range.upperBound - row + 1) / Double(range.count))
                window[row] = Int32(index)
                if row == range.upperBound {
                    previous = (range.upperBound, Double(range.count))
                    current = nil
                }
            } else if let previous {
                unweighted[row] = Self.scaledSigmoid(Double(abs(previous.right - row)) / (previous.width - 1))
            } else {
                unweighted[row] = -1
            }
        }
        self.unweighted = unweighted
        self.window = window
        self.probationaryLength = file.probationaryLength
        self.isScorable = file.windows.map { $0.upperBound >= file.probationaryLength }
    }

    /// NAB's weighted score of a detection at `row` (see ``weighted(_:inWindow:_:)``).
    func weighted(_ row: Int, _ profile: NABProfile) -> Double {
        Self.weighted(unweighted[row], inWindow: window[row] >= 0, profile)
    }

    /// NAB's weighted score of a detection: `σ · tpWeight / σ(−1)` inside a window, `σ · fpWeight`
    /// outside, evaluated in NAB's order of operations.
    static func weighted(_ unweighted: Double, inWindow: Bool, _ profile: NABProfile) -> Double {
        inWindow
            ? unweighted * profile.truePositiveWeight / maximumTruePositive
            : unweighted * profile.falsePositiveWeight
    }
}
