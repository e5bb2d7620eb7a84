// Preliminary: replaced by the condition language (issue 2, helper "conditions").
public indirect enum Condition: Hashable, Sendable, Codable {
    case always
}
