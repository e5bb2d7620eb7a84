import Foundation

/// The streaming novelty detector, one point at a time: causal (a point's score depends on it and
/// the points before it only) and learning online. ``NoveltyDetector`` runs it over whole series.
///
/// During the warm-up the values are kept; at its end they fix the value scale (the warm-up range)
/// and are replayed through both channels, so the detector starts scoring with everything the
/// warm-up taught it.
///
/// ```swift
/// var stream = try NoveltyStream(configuration: NoveltyConfiguration(warmUp: 300))
/// for value in values { if stream.push(value).score >= 0.15 { alert() } }
/// ```
public struct NoveltyStream: Sendable {
    /// The configuration in use.
    public let configuration: NoveltyConfiguration
    private var warmUpValues: [Double] = []
    private var channels: Channels?
    private var index = 0
    private var refractoryUntil = -1

    private struct Channels: Sendable {
        var levels: LevelNovelty
        var shapes: ShapeNovelty
        var history: ValueHistory
        var levelRarity: NoveltyRarity
        var shapeRarity: NoveltyRarity
    }

    /// Creates a stream. - Throws: ``UnivariateDetectionError/invalidConfiguration(field:reason:)``.
    public init(configuration: NoveltyConfiguration = NoveltyConfiguration()) throws(UnivariateDetectionError) {
        try configuration.validate()
        self.configuration = configuration
        warmUpValues.reserveCapacity(configuration.warmUp)
    }

    /// Points pushed so far.
    public var count: Int { index }

    /// Scores the next value (finite; the caller filters NaN and infinities).
    public mutating func push(_ value: Double) -> NoveltyPoint {
        defer { index += 1 }
        guard var state = channels else {
            warmUpValues.append(value)
            if warmUpValues.count == configuration.warmUp { channels = learn(warmUpValues) }
            return .quiet(warmingUp: true)
        }
        let newLevel = state.levels.observe(value)
        let newShape = configuration.shapeWeight > 0 && state.shapes.observe(value)
        var point = NoveltyPoint.quiet(warmingUp: false)
        let levelSignificance = newLevel ? state.levelRarity.significance : 0
        let shapeSignificance = newShape ? configuration.shapeWeight * state.shapeRarity.significance : 0
        if newLevel || newShape {
            if levelSignificance >= shapeSignificance && newLevel {
                point.cause = .newLevel
                point.significance = levelSignificance
                point.level = state.levels.bounds(of: state.levels.level(of: value))
            } else {
                point.cause = .newShape
                point.significance = shapeSignificance
                point.shapeDistance = state.shapes.lastDistance
            }
            var score = point.significance
            if let (distance, spread) = state.history.distanceAndSpread(of: value) {
                let spreads = distance / spread
                point.distanceInSpreads = spreads
                if configuration.usesStrength { score *= 0.5 + 0.5 * (1 - exp(-spreads / configuration.strengthScale)) }
            }
            if index > refractoryUntil {
                point.score = Swift.min(1, score)
            } else {
                point.isRefractory = true
            }
            refractoryUntil = index + configuration.refractoryPoints
        }
        state.levelRarity.record(event: newLevel)
        state.shapeRarity.record(event: newShape)
        state.history.record(value)
        channels = state
        return point
    }

    private func learn(_ values: [Double]) -> Channels {
        let low = values.min() ?? 0
        let high = values.max() ?? 1
        var state = Channels(
            levels: LevelNovelty(low: low, high: high, count: configuration.levelCount, margin: configuration.levelMargin),
            shapes: ShapeNovelty(
                low: low, high: high, length: configuration.shapeLength, segments: configuration.shapeSegments,
                vigilance: configuration.shapeVigilance, memory: configuration.shapeMemory),
            history: ValueHistory(),
            levelRarity: NoveltyRarity(prior: configuration.ratePrior, horizon: configuration.rateHorizon, enabled: configuration.usesRarity),
            shapeRarity: NoveltyRarity(prior: configuration.ratePrior, horizon: configuration.rateHorizon, enabled: configuration.usesRarity))
        for value in values {
            _ = state.levels.observe(value)
            _ = state.shapes.observe(value)
            state.history.record(value)
        }
        return state
    }
}
