/// The running sums of average precision while points are visited from the highest score down.
///
/// Points with equal scores form one group and share one threshold: call ``closeGroup()`` after
/// the last point of each group. Average precision is `Σ (Rₙ − Rₙ₋₁) · Pₙ` over the groups, with
/// recall `Rₙ` and precision `Pₙ` measured after group `n` (scikit-learn's `average_precision_score`).
/// Every point is eventually visited, so the number of positives is known at the end.
struct AveragePrecisionTally {
    private var truePositives = 0
    private var falsePositives = 0
    private var truePositivesAtLastClose = 0
    private var precisionSum = 0.0

    /// Counts one point of the current group.
    mutating func add(isPositive: Bool) {
        if isPositive { truePositives += 1 } else { falsePositives += 1 }
    }

    /// Ends the current group: its new positives earn the precision measured after it. Closing a
    /// group to which nothing was added changes nothing.
    mutating func closeGroup() {
        let newPositives = truePositives - truePositivesAtLastClose
        guard newPositives > 0 else { return }
        precisionSum += Double(newPositives) * Double(truePositives) / Double(truePositives + falsePositives)
        truePositivesAtLastClose = truePositives
    }

    /// The average precision once every point has been added and the last group closed, or `nil`
    /// when there was no positive.
    var value: Double? {
        truePositives > 0 ? precisionSum / Double(truePositives) : nil
    }
}
