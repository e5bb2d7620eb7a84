/// One of NAB's application profiles: the weights that turn detections into a score
/// (`config/profiles.json`, key `CostMatrix`).
///
/// ```swift
/// NABProfile.standard.falsePositiveWeight              // 0.11
/// NABProfile.rewardLowFalseNegatives.falseNegativeWeight  // 2.0
/// ```
public struct NABProfile: Hashable, Sendable {
    /// The profile's key in `profiles.json` and in NAB's result files: `standard`, `reward_low_FP_rate` …
    public var name: String
    /// Credit of a detection at the left edge of a window (`tpWeight`).
    public var truePositiveWeight: Double
    /// Penalty of a detection far from any window (`fpWeight`).
    public var falsePositiveWeight: Double
    /// Penalty of a window without a detection (`fnWeight`).
    public var falseNegativeWeight: Double
    /// Listed by NAB (`tnWeight`) but not used by its scorer.
    public var trueNegativeWeight: Double

    /// Creates a profile from its weights.
    public init(
        name: String, truePositiveWeight: Double, falsePositiveWeight: Double, falseNegativeWeight: Double,
        trueNegativeWeight: Double = 1
    ) {
        self.name = name
        self.truePositiveWeight = truePositiveWeight
        self.falsePositiveWeight = falsePositiveWeight
        self.falseNegativeWeight = falseNegativeWeight
        self.trueNegativeWeight = trueNegativeWeight
    }

    /// NAB's `standard` profile: TP 1, FP 0.11, FN 1.
    public static let standard = NABProfile(
        name: "standard", truePositiveWeight: 1, falsePositiveWeight: 0.11, falseNegativeWeight: 1)
    /// NAB's `reward_low_FP_rate` profile: TP 1, FP 0.22, FN 1.
    public static let rewardLowFalsePositives = NABProfile(
        name: "reward_low_FP_rate", truePositiveWeight: 1, falsePositiveWeight: 0.22, falseNegativeWeight: 1)
    /// NAB's `reward_low_FN_rate` profile: TP 1, FP 0.11, FN 2.
    public static let rewardLowFalseNegatives = NABProfile(
        name: "reward_low_FN_rate", truePositiveWeight: 1, falsePositiveWeight: 0.11, falseNegativeWeight: 2)

    /// The three profiles NAB publishes, in the order of its scoreboard.
    public static let published: [NABProfile] = [standard, rewardLowFalsePositives, rewardLowFalseNegatives]
}
