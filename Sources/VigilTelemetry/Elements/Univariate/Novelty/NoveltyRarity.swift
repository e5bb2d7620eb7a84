import Foundation

/// The anomaly-likelihood step: how surprising a novelty event is, given how often this channel
/// has produced events lately.
///
/// Each channel's event rate `r` is an exponential moving average of its 0/1 events (horizon
/// `rateHorizon` points, starting at `ratePrior` when scoring begins). An event's significance is
/// `(1 − r) · −log(r) / log(10⁶)`: the log-probability of an event under a Bernoulli model of the
/// recent behaviour, so a new level in a steadily drifting series (high `r`) scores little and the
/// first new level in months scores high. Numenta's anomaly likelihood does the same job with a
/// Gaussian over averaged raw scores; `docs/detectors.md` compares the two.
struct NoveltyRarity: Sendable {
    private(set) var rate: Double
    private let alpha: Double

    private let enabled: Bool

    /// A rarity model; when `enabled` is false every event has significance 1 (for ablation).
    init(prior: Double, horizon: Double, enabled: Bool = true) {
        rate = prior
        alpha = 1 / horizon
        self.enabled = enabled
    }

    /// The significance of an event now, in [0, 1].
    var significance: Double {
        enabled ? (1 - rate) * -log(Swift.max(rate, 1e-6)) / log(1e6) : 1
    }

    /// Updates the rate with this point's outcome.
    mutating func record(event: Bool) {
        rate += alpha * ((event ? 1 : 0) - rate)
    }
}
