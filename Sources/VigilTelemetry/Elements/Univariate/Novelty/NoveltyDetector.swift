public import VigilCore

/// Vigil's streaming detector for single series, built to lead NAB: novelty of levels and of
/// shapes, weighed by how rare novelty has been lately (the anomaly-likelihood step), with a short
/// refractory period so one anomaly makes one alert. Causal and online; one fixed parameter set.
/// The method, the reasoning and an ablation are in `docs/detectors.md`.
///
/// ```swift
/// let detection = try NoveltyDetector().detect(series, warmUp: 750)
/// ```
public struct NoveltyDetector: UnivariateDetector {
    /// The parameters (warm-up aside, which `detect` takes per call).
    public var configuration: NoveltyConfiguration

    public init(configuration: NoveltyConfiguration = NoveltyConfiguration()) {
        self.configuration = configuration
    }

    public var name: String { "novelty" }

    public func detect(_ series: TimeSeries, warmUp: Int) throws(UnivariateDetectionError) -> UnivariateDetection {
        var configuration = configuration
        configuration.warmUp = Swift.max(2, warmUp)
        guard series.count > configuration.warmUp else {
            throw .tooShort(points: series.count, needed: configuration.warmUp + 1, detector: name)
        }
        if let bad = series.values.firstIndex(where: { !$0.isFinite }) { throw .nonFiniteValue(index: bad, detector: name) }
        var stream = try NoveltyStream(configuration: configuration)
        var scores = [Double](repeating: 0, count: series.count)
        var flags = [Bool](repeating: false, count: series.count)
        var explanations: [PointExplanation] = []
        for index in 0..<series.count {
            let point = stream.push(series.values[index])
            scores[index] = point.score
            guard point.score >= configuration.flagThreshold, point.score > 0 else { continue }
            flags[index] = true
            explanations.append(explain(point, at: index, in: series))
        }
        return UnivariateDetection(scores: scores, flags: flags, explanations: explanations)
    }

    private func explain(_ point: NoveltyPoint, at index: Int, in series: TimeSeries) -> PointExplanation {
        let value = series.values[index]
        var components = [Contributor(name: "rarity", share: point.significance)]
        var reason: String
        switch point.cause {
        case .newShape:
            reason = "the last \(configuration.shapeLength) points form a shape unlike any seen before"
            if let distance = point.shapeDistance {
                reason += " (\(Self.format(distance)) warm-up ranges from the nearest)"
                components.append(Contributor(name: "shapeDistance", share: Swift.min(1, distance)))
            }
        case .newLevel, nil:
            reason = "value \(Self.format(value)) reached a level no earlier value reached"
            if let level = point.level { reason += " (\(Self.format(level.lowerBound))–\(Self.format(level.upperBound)))" }
        }
        if let spreads = point.distanceInSpreads {
            reason += "; \(Self.format(spreads)) interquartile ranges from the nearest earlier value"
            components.append(Contributor(name: "distance", share: Swift.min(1, spreads)))
        }
        components.sort { $0.share > $1.share }
        return PointExplanation(
            index: index, timestamp: Timestamp(milliseconds: series.timestamps[index]), value: value, score: point.score, reason: reason,
            components: components)
    }

    private static func format(_ value: Double) -> String {
        let magnitude = abs(value)
        if magnitude != 0 && (magnitude >= 1e6 || magnitude < 1e-3) { return String(describing: value) }
        let rounded = (value * 1000).rounded() / 1000
        return rounded == rounded.rounded() ? String(Int64(rounded)) : String(rounded)
    }
}
