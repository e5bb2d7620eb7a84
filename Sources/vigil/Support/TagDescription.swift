import VigilCore

/// How tags are shown in command output.
enum TagDescription {
    /// `FT-101  Loop flow [m3/h] limits 0…180`.
    static func line(for tag: Tag) -> String {
        var text = tag.id.rawValue
        if tag.name != tag.id.rawValue { text += "  \(tag.name)" }
        if !tag.unit.isEmpty { text += " [\(tag.unit)]" }
        if !tag.technicalLimits.isUnbounded { text += " limits \(bounds(tag.technicalLimits))" }
        return text
    }

    /// `0…180`, `…180`, `0…`.
    static func bounds(_ bounds: ValueBounds) -> String {
        "\(bounds.lower.map(number) ?? "")…\(bounds.upper.map(number) ?? "")"
    }

    /// A number without a trailing `.0`.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
