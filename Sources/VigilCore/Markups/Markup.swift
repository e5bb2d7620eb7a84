/// A named indicator over time and tags: MLAD's markup, used as a model's training indicator
/// (which steps to learn from) or inference indicator (which steps to score).
///
/// Its ``condition`` holds both the time filter and the tag conditions, in the condition
/// language shared with diagnostic rules (see `docs/conditions.md`).
public struct Markup: Hashable, Sendable, Codable, Identifiable {
    /// Unique identifier.
    public var id: String
    /// Display name.
    public var name: String
    /// Free text.
    public var description: String
    /// The grid step the condition is evaluated on, in milliseconds.
    public var gridStepMilliseconds: Int64
    /// Display colour (CSS form, e.g. `#3366cc`).
    public var color: String
    /// When the condition cannot be decided (missing observations), count the step as marked.
    public var treatInconclusiveAsPositive: Bool
    /// What marks a grid step.
    public var condition: Condition

    public init(
        id: String, name: String? = nil, description: String = "", gridStepMilliseconds: Int64 = 1000,
        color: String = "#3366cc", treatInconclusiveAsPositive: Bool = false, condition: Condition
    ) {
        self.id = id
        self.name = name ?? id
        self.description = description
        self.gridStepMilliseconds = gridStepMilliseconds
        self.color = color
        self.treatInconclusiveAsPositive = treatInconclusiveAsPositive
        self.condition = condition
    }
}
