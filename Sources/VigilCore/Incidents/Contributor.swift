/// One thing that contributed to an incident's score, ranked by `share`: MLAD's
/// "Tags for incident #N", a log interval's top messages.
public struct Contributor: Hashable, Sendable, Codable {
    /// What contributed: a tag id, a message key, an event type.
    public var name: String
    /// Its part of the score, in [0, 1]; the contributors of one incident add up to at most 1.
    public var share: Double
    /// The observed value at the incident, when there is one.
    public var value: Double?
    /// What was expected instead (a forecast, a reconstruction), when there is one.
    public var expected: Double?

    public init(name: String, share: Double, value: Double? = nil, expected: Double? = nil) {
        self.name = name
        self.share = share
        self.value = value
        self.expected = expected
    }
}
