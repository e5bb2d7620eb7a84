extension JSONValue {
    /// Compact JSON text without white space: `{"not":{"compare":{"left":"A","op":">","right":1}}}`.
    var compactText: String {
        var text = ""
        writeCompact(into: &text, separator: ",", colon: ":")
        return text
    }

    /// JSON text meant for people: an array or object stays on one line (with a space after `,` and
    /// `:`) when that line fits in `width` columns, otherwise its members go on their own lines,
    /// indented by two spaces per level.
    func readableText(width: Int = 100) -> String {
        var text = ""
        writeReadable(into: &text, indent: 0, width: width)
        return text
    }

    private func writeCompact(into text: inout String, separator: String, colon: String) {
        switch self {
        case .null, .bool, .number, .string:
            text += scalarText
        case .array(let elements):
            text += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { text += separator }
                element.writeCompact(into: &text, separator: separator, colon: colon)
            }
            text += "]"
        case .object(let members):
            text += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { text += separator }
                text += JSONValue.quoted(member.key) + colon
                member.value.writeCompact(into: &text, separator: separator, colon: colon)
            }
            text += "}"
        }
    }

    private func writeReadable(into text: inout String, indent: Int, width: Int) {
        var oneLine = ""
        writeCompact(into: &oneLine, separator: ", ", colon: ": ")
        let lineStart = text.lastIndex(of: "\n").map { text.distance(from: $0, to: text.endIndex) - 1 } ?? text.count
        guard lineStart + oneLine.count > width else {
            text += oneLine
            return
        }
        let inner = String(repeating: " ", count: indent + 2)
        switch self {
        case .null, .bool, .number, .string:
            text += oneLine
        case .array(let elements):
            text += "[\n"
            for (index, element) in elements.enumerated() {
                text += inner
                element.writeReadable(into: &text, indent: indent + 2, width: width)
                text += index + 1 < elements.count ? ",\n" : "\n"
            }
            text += String(repeating: " ", count: indent) + "]"
        case .object(let members):
            text += "{\n"
            for (index, member) in members.enumerated() {
                text += inner + JSONValue.quoted(member.key) + ": "
                member.value.writeReadable(into: &text, indent: indent + 2, width: width)
                text += index + 1 < members.count ? ",\n" : "\n"
            }
            text += String(repeating: " ", count: indent) + "}"
        }
    }

    private var scalarText: String {
        switch self {
        case .null: "null"
        case .bool(let value): value ? "true" : "false"
        case .number(let value): JSONValue.format(value)
        case .string(let value): JSONValue.quoted(value)
        case .array, .object: compactText
        }
    }
}
