/// A named indicator over time and tags: MLAD's markup, used as a model's training indicator
/// (which steps to learn from) or inference indicator (which steps to score).
///
/// Its ``condition`` holds both the time filter and the tag conditions, in the condition language
/// shared with diagnostic rules (see `docs/conditions.md`). A grid step is marked when the
/// condition's degree there is at least ``markThreshold``; where the condition is inconclusive
/// (observations are missing), ``treatInconclusiveAsPositive`` decides.
///
/// ```swift
/// let workingHours = Markup(
///     id: "day-shift", gridStepMilliseconds: 60_000,
///     condition: .all([.dayOfWeek([.monday, .tuesday, .wednesday, .thursday, .friday]),
///                      .timeOfDay(from: TimeOfDay(hour: 8), to: TimeOfDay(hour: 17))]))
/// let marked = try workingHours.marks(in: window)   // one Bool per step
/// ```
///
/// In JSON every key but `id` and `condition` may be left out and takes its default.
public struct Markup: Hashable, Sendable, Codable, Identifiable {
    /// Unique identifier.
    public var id: String
    /// Display name.
    public var name: String
    /// Free text.
    public var description: String
    /// The grid step the condition is evaluated on, in milliseconds (> 0).
    public var gridStepMilliseconds: Int64
    /// Display colour (CSS form, e.g. `#3366cc`).
    public var color: String
    /// When the condition cannot be decided (missing observations), count the step as marked.
    public var treatInconclusiveAsPositive: Bool
    /// What marks a grid step.
    public var condition: Condition

    /// The degree at or above which a step is marked: the condition is more true than false.
    public static let markThreshold = 0.5

    /// Creates a markup. - Precondition: `gridStepMilliseconds > 0`.
    public init(
        id: String, name: String? = nil, description: String = "", gridStepMilliseconds: Int64 = 1000,
        color: String = "#3366cc", treatInconclusiveAsPositive: Bool = false, condition: Condition
    ) {
        precondition(gridStepMilliseconds > 0, "a markup's grid step is positive")
        self.id = id
        self.name = name ?? id
        self.description = description
        self.gridStepMilliseconds = gridStepMilliseconds
        self.color = color
        self.treatInconclusiveAsPositive = treatInconclusiveAsPositive
        self.condition = condition
    }

    private enum CodingKeys: String, CodingKey {
        case id, name, description, gridStepMilliseconds, color, treatInconclusiveAsPositive, condition
    }

    /// Decodes a markup; keys other than `id` and `condition` may be absent and take the defaults of
    /// ``init(id:name:description:gridStepMilliseconds:color:treatInconclusiveAsPositive:condition:)``.
    /// - Throws: `DecodingError` for a missing key or a grid step ≤ 0, and ``ConditionParseError``
    ///   (with its JSON path, e.g. `$.condition.all[0]`) for an invalid condition.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let step = try container.decodeIfPresent(Int64.self, forKey: .gridStepMilliseconds) ?? 1000
        guard step > 0 else {
            throw DecodingError.dataCorruptedError(
                forKey: .gridStepMilliseconds, in: container, debugDescription: "a markup's grid step must be positive, got \(step)")
        }
        self.init(
            id: try container.decode(String.self, forKey: .id), name: try container.decodeIfPresent(String.self, forKey: .name),
            description: try container.decodeIfPresent(String.self, forKey: .description) ?? "", gridStepMilliseconds: step,
            color: try container.decodeIfPresent(String.self, forKey: .color) ?? "#3366cc",
            treatInconclusiveAsPositive: try container.decodeIfPresent(Bool.self, forKey: .treatInconclusiveAsPositive) ?? false,
            condition: try container.decode(Condition.self, forKey: .condition))
    }
}
