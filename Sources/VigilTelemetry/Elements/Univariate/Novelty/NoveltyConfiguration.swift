/// The parameters of ``NoveltyDetector``: one fixed set for every series (the NAB evaluation runs
/// the whole corpus with these defaults). `docs/detectors.md` explains each choice and what it adds.
public struct NoveltyConfiguration: Sendable, Hashable, Codable {
    /// Points spent learning the series' range before scoring (NAB passes its probationary period);
    /// when a caller does not say, 750 — NAB's cap.
    public var warmUp: Int
    /// Levels the warm-up range is cut into for value novelty (20).
    public var levelCount: Int
    /// Margin added on both sides of the warm-up range before cutting it, as a share of the range (0.1).
    public var levelMargin: Double
    /// Points a shape covers (64).
    public var shapeLength: Int
    /// Segments a shape is averaged into (8): each segment is `shapeLength / shapeSegments` points.
    public var shapeSegments: Int
    /// How far (L∞, in warm-up ranges) a shape must be from every remembered shape to be new (0.5).
    public var shapeVigilance: Double
    /// Weight of a shape event against a value event (0.7); 0 turns the shape channel off.
    public var shapeWeight: Double
    /// Shapes remembered at most per series (20,000).
    public var shapeMemory: Int
    /// Time constant, in points, of each channel's novelty rate (2,000).
    public var rateHorizon: Double
    /// The novelty rate assumed at the end of the warm-up (0.01).
    public var ratePrior: Double
    /// Scale of the strength of a value event: distance to the nearest earlier value in
    /// interquartile ranges at which strength reaches 63 % of its range (1).
    public var strengthScale: Double
    /// Points after an event during which no other event is reported (30).
    public var refractoryPoints: Int
    /// Whether events are weighed by their rarity (the likelihood step); off only for ablation.
    public var usesRarity: Bool
    /// Whether value distance scales events; off only for ablation.
    public var usesStrength: Bool
    /// Score from which a point is flagged (0.15: just below 0.159, the best threshold of the NAB
    /// standard profile).
    public var flagThreshold: Double

    /// The defaults, each explained in `docs/detectors.md`.
    public init(
        warmUp: Int = 750, levelCount: Int = 20, levelMargin: Double = 0.1, shapeLength: Int = 64, shapeSegments: Int = 8,
        shapeVigilance: Double = 0.5, shapeWeight: Double = 0.7, shapeMemory: Int = 20_000, rateHorizon: Double = 2_000,
        ratePrior: Double = 0.01, strengthScale: Double = 1, refractoryPoints: Int = 30, usesRarity: Bool = true,
        usesStrength: Bool = true, flagThreshold: Double = 0.15
    ) {
        self.warmUp = warmUp
        self.levelCount = levelCount
        self.levelMargin = levelMargin
        self.shapeLength = shapeLength
        self.shapeSegments = shapeSegments
        self.shapeVigilance = shapeVigilance
        self.shapeWeight = shapeWeight
        self.shapeMemory = shapeMemory
        self.rateHorizon = rateHorizon
        self.ratePrior = ratePrior
        self.strengthScale = strengthScale
        self.refractoryPoints = refractoryPoints
        self.usesRarity = usesRarity
        self.usesStrength = usesStrength
        self.flagThreshold = flagThreshold
    }

    private enum CodingKeys: String, CodingKey {
        case warmUp, levelCount, levelMargin, shapeLength, shapeSegments, shapeVigilance, shapeWeight, shapeMemory, rateHorizon
        case ratePrior, strengthScale, refractoryPoints, usesRarity, usesStrength, flagThreshold
    }

    /// Decodes a configuration; missing keys take their defaults, so `{"shapeWeight": 0}` is valid.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = NoveltyConfiguration()
        self.init(
            warmUp: try c.decodeIfPresent(Int.self, forKey: .warmUp) ?? d.warmUp,
            levelCount: try c.decodeIfPresent(Int.self, forKey: .levelCount) ?? d.levelCount,
            levelMargin: try c.decodeIfPresent(Double.self, forKey: .levelMargin) ?? d.levelMargin,
            shapeLength: try c.decodeIfPresent(Int.self, forKey: .shapeLength) ?? d.shapeLength,
            shapeSegments: try c.decodeIfPresent(Int.self, forKey: .shapeSegments) ?? d.shapeSegments,
            shapeVigilance: try c.decodeIfPresent(Double.self, forKey: .shapeVigilance) ?? d.shapeVigilance,
            shapeWeight: try c.decodeIfPresent(Double.self, forKey: .shapeWeight) ?? d.shapeWeight,
            shapeMemory: try c.decodeIfPresent(Int.self, forKey: .shapeMemory) ?? d.shapeMemory,
            rateHorizon: try c.decodeIfPresent(Double.self, forKey: .rateHorizon) ?? d.rateHorizon,
            ratePrior: try c.decodeIfPresent(Double.self, forKey: .ratePrior) ?? d.ratePrior,
            strengthScale: try c.decodeIfPresent(Double.self, forKey: .strengthScale) ?? d.strengthScale,
            refractoryPoints: try c.decodeIfPresent(Int.self, forKey: .refractoryPoints) ?? d.refractoryPoints,
            usesRarity: try c.decodeIfPresent(Bool.self, forKey: .usesRarity) ?? d.usesRarity,
            usesStrength: try c.decodeIfPresent(Bool.self, forKey: .usesStrength) ?? d.usesStrength,
            flagThreshold: try c.decodeIfPresent(Double.self, forKey: .flagThreshold) ?? d.flagThreshold)
    }

    /// Checks every field. - Throws: ``UnivariateDetectionError/invalidConfiguration(field:reason:)``.
    public func validate() throws(UnivariateDetectionError) {
        func require(_ condition: Bool, _ field: String, _ reason: String) throws(UnivariateDetectionError) {
            if !condition { throw .invalidConfiguration(field: field, reason: reason) }
        }
        try require(warmUp >= 2, "warmUp", "must be at least 2")
        try require(levelCount >= 2, "levelCount", "must be at least 2")
        try require(levelMargin >= 0, "levelMargin", "must not be negative")
        try require(shapeSegments >= 1 && shapeLength >= shapeSegments, "shapeLength", "must be at least shapeSegments (≥ 1)")
        try require(shapeVigilance > 0, "shapeVigilance", "must be positive")
        try require((0...1).contains(shapeWeight), "shapeWeight", "must be in [0, 1]")
        try require(shapeMemory >= 1, "shapeMemory", "must be positive")
        try require(rateHorizon >= 1, "rateHorizon", "must be at least 1")
        try require(ratePrior > 0 && ratePrior < 1, "ratePrior", "must be in (0, 1)")
        try require(strengthScale > 0, "strengthScale", "must be positive")
        try require(refractoryPoints >= 0, "refractoryPoints", "must not be negative")
        try require((0...1).contains(flagThreshold), "flagThreshold", "must be in [0, 1]")
    }
}
