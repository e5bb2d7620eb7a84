import Foundation
import VigilCore

extension PandoraAutoencoderModel {
    /// Explains a flagged point: its window's error against the threshold, the point against its
    /// reconstruction, and each value of the window ranked by its part of the error.
    ///
    /// The components are named `t` (the point itself), `t-1`, … for the earlier values of its window;
    /// each share is that value's absolute reconstruction difference over the window's total (so the
    /// shares add up to 1), with the value and its reconstruction in the series' units.
    /// - Parameters:
    ///   - series: The scored series.
    ///   - index: The point's index in `series`.
    ///   - row: The point's window in `reconstructions`.
    ///   - reconstructions: The windows ending at the scored points.
    ///   - score: The point's score.
    func explanation(of series: TimeSeries, at index: Int, row: Int, in reconstructions: Reconstructions, score: Double) -> PointExplanation {
        let window = configuration.window
        let expected = reconstructions.value(window: row, position: window - 1)
        let shares = reconstructions.shares(window: row)
        let components = (0..<window).map { position in
            let lag = window - 1 - position
            return Contributor(
                name: lag == 0 ? "t" : "t-\(lag)", share: shares[position], value: series.values[index - lag],
                expected: reconstructions.value(window: row, position: position))
        }
        let error = reconstructions.errors[row]
        let reason =
            "reconstruction error \(Self.format(error)) of the last \(window) values is above the threshold \(Self.format(threshold)) "
            + "(mean \(Self.format(errorMean)) + \(Self.format(configuration.thresholdFactor)) × std \(Self.format(errorStandardDeviation)) "
            + "of \(trainingWindowCount) training windows); value \(Self.format(series.values[index])) was reconstructed as \(Self.format(expected))"
        return PointExplanation(
            index: index, timestamp: Timestamp(milliseconds: series.timestamps[index]), value: series.values[index], score: score,
            expected: expected, reason: reason, components: components.sorted { $0.share > $1.share })
    }

    /// Four significant digits.
    private static func format(_ value: Double) -> String {
        String(format: "%.4g", value)
    }
}
