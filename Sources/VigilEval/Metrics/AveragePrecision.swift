/// Average precision: the threshold-free area under the precision–recall curve of a scored,
/// labelled set of points.
///
/// Computed as scikit-learn's `average_precision_score`: every distinct score is a threshold
/// (equal scores are detected together), and `AP = Σ (Rₙ − Rₙ₋₁) · Pₙ`. A detector that ranks
/// every positive above every negative scores 1; a random ranking scores about the positive rate.
///
/// ```swift
/// AveragePrecision.of(scores: [0.9, 0.8, 0.3, 0.1], labels: [true, false, true, false])   // (1 + 2/3) / 2 ≈ 0.833
/// ```
public enum AveragePrecision {
    /// The average precision of `scores` against `labels`.
    /// - Parameters:
    ///   - scores: one score per point; higher means more anomalous.
    ///   - labels: whether each point is a positive.
    /// - Returns: a value in (0, 1], or `nil` when there is no positive.
    /// - Complexity: O(n log n).
    public static func of(scores: [Double], labels: [Bool]) -> Double? {
        precondition(scores.count == labels.count, "one label per score")
        let order = scores.indices.sorted { scores[$0] > scores[$1] }
        var tally = AveragePrecisionTally()
        for (position, index) in order.enumerated() {
            if position > 0, scores[index] != scores[order[position - 1]] { tally.closeGroup() }
            tally.add(isPositive: labels[index])
        }
        tally.closeGroup()
        return tally.value
    }
}
