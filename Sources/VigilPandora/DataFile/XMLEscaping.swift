/// Escaping rules for the parts of an agent data file.
enum XMLEscaping {
    /// Whether XML 1.0 can carry this scalar at all (`Char` production).
    static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// A value for a single-quoted attribute: markup characters as entities, tab/LF/CR as character
    /// references (so parsers do not normalise them to spaces), non-XML characters as U+FFFD.
    static func attribute(_ value: String) -> String {
        var escaped = ""
        escaped.unicodeScalars.reserveCapacity(value.unicodeScalars.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "'": escaped += "&apos;"
            case "\"": escaped += "&quot;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\t": escaped += "&#9;"
            case "\n": escaped += "&#10;"
            case "\r": escaped += "&#13;"
            default: escaped.unicodeScalars.append(isXMLCharacter(scalar) ? scalar : "\u{FFFD}")
            }
        }
        return escaped
    }

    /// Character data outside CDATA: `&`, `<` and `>` as entities, non-XML characters as U+FFFD.
    static func text(_ value: String) -> String {
        var escaped = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            default: escaped.unicodeScalars.append(isXMLCharacter(scalar) ? scalar : "\u{FFFD}")
            }
        }
        return escaped
    }

    /// A CDATA section holding `value`; a `]]>` inside is split across two sections
    /// (`]]]]><![CDATA[>`), non-XML characters become U+FFFD.
    static func cdata(_ value: String) -> String {
        var content = ""
        for scalar in value.unicodeScalars {
            content.unicodeScalars.append(isXMLCharacter(scalar) ? scalar : "\u{FFFD}")
        }
        return "<![CDATA[" + content.replacing("]]>", with: "]]]]><![CDATA[>") + "]]>"
    }
}
