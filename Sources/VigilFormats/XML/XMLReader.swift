/// A small pull parser for the XML of Office Open XML packages: elements, attributes, character
/// data, CDATA, the five predefined entities and character references.
///
/// Element names are reported without their namespace prefix (`x:row` → `row`); attribute names
/// keep theirs (`r:id`). Comments, processing instructions and the document type declaration are
/// skipped. End tags must match start tags. Byte-level, one pass, no DOM.
///
/// ```swift
/// var reader = XMLReader(Array("<a x='1'>hi<b/></a>".utf8))
/// while let event = try reader.next() { … }   // start a, text "hi", start b, end b, end a
/// ```
struct XMLReader {
    /// One attribute of a start tag.
    struct Attribute: Equatable {
        /// The qualified name, prefix included (`r:id`).
        var name: String
        /// The value with entities resolved.
        var value: String

        /// The name without its prefix.
        var localName: Substring { name.split(separator: ":", maxSplits: 1).last ?? Substring(name) }
    }

    /// One parsing event.
    enum Event: Equatable {
        /// A start tag (an empty-element tag gives a start and an end).
        case start(name: String, attributes: [Attribute])
        /// An end tag.
        case end(name: String)
        /// Character data, entities resolved; CDATA sections are reported the same way.
        case text(String)
    }

    private let bytes: [UInt8]
    private var index = 0
    private var openElements: [String] = []
    private var pendingEnd: String?

    /// Creates a reader over a document's bytes (UTF-8, with or without a byte order mark).
    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    }

    /// The next event, or `nil` at the end of the document.
    /// - Throws: ``XMLError`` for malformed XML.
    mutating func next() throws(XMLError) -> Event? {
        if let name = pendingEnd {
            pendingEnd = nil
            openElements.removeLast()
            return .end(name: name)
        }
        while index < bytes.count {
            if bytes[index] != UInt8(ascii: "<") {
                let text = try characterData()
                if openElements.isEmpty {
                    guard text.allSatisfy(\.isWhitespace) else { throw error("text outside the root element") }
                    continue
                }
                return .text(text)
            }
            if matches("<!--") {
                try skip(past: "-->")
            } else if matches("<![CDATA[") {
                index += 9
                let start = index
                try skip(past: "]]>")
                return .text(String(decoding: bytes[start..<(index - 3)], as: UTF8.self))
            } else if matches("<?") {
                try skip(past: "?>")
            } else if matches("<!") {
                try skipDeclaration()
            } else if matches("</") {
                index += 2
                let name = localName(try name())
                skipSpaces()
                try expect(UInt8(ascii: ">"))
                guard openElements.last == name else {
                    throw error("end tag </\(name)> does not match <\(openElements.last ?? "")>")
                }
                openElements.removeLast()
                return .end(name: name)
            } else {
                return try startTag()
            }
        }
        if let open = openElements.last { throw error("the document ends inside <\(open)>") }
        return nil
    }

    private mutating func startTag() throws(XMLError) -> Event {
        index += 1
        let name = localName(try name())
        var attributes: [Attribute] = []
        while true {
            skipSpaces()
            guard index < bytes.count else { throw error("the document ends inside the tag <\(name)>") }
            if bytes[index] == UInt8(ascii: ">") {
                index += 1
                openElements.append(name)
                return .start(name: name, attributes: attributes)
            }
            if matches("/>") {
                index += 2
                openElements.append(name)
                pendingEnd = name
                return .start(name: name, attributes: attributes)
            }
            let attributeName = try self.name()
            skipSpaces()
            try expect(UInt8(ascii: "="))
            skipSpaces()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else {
                throw error("attribute \(attributeName) of <\(name)> has no quoted value")
            }
            let quote = bytes[index]
            index += 1
            let start = index
            while index < bytes.count, bytes[index] != quote { index += 1 }
            guard index < bytes.count else { throw error("the value of attribute \(attributeName) is not closed") }
            let value = try decode(start..<index)
            index += 1
            attributes.append(Attribute(name: attributeName, value: value))
        }
    }

    private mutating func characterData() throws(XMLError) -> String {
        let start = index
        while index < bytes.count, bytes[index] != UInt8(ascii: "<") { index += 1 }
        return try decode(start..<index)
    }

    /// The text of a byte range with entity and character references resolved.
    private func decode(_ range: Range<Int>) throws(XMLError) -> String {
        guard bytes[range].contains(UInt8(ascii: "&")) else { return String(decoding: bytes[range], as: UTF8.self) }
        var output: [UInt8] = []
        output.reserveCapacity(range.count)
        var position = range.lowerBound
        while position < range.upperBound {
            let byte = bytes[position]
            guard byte == UInt8(ascii: "&") else {
                output.append(byte)
                position += 1
                continue
            }
            guard let semicolon = bytes[position..<range.upperBound].firstIndex(of: UInt8(ascii: ";")) else {
                throw error("an '&' is not followed by a reference ending in ';'")
            }
            let reference = String(decoding: bytes[(position + 1)..<semicolon], as: UTF8.self)
            guard let scalar = Self.resolve(reference) else { throw error("unknown entity '&\(reference);'") }
            output.append(contentsOf: String(Character(scalar)).utf8)
            position = semicolon + 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func resolve(_ reference: String) -> Unicode.Scalar? {
        switch reference {
        case "lt": return "<"
        case "gt": return ">"
        case "amp": return "&"
        case "quot": return "\""
        case "apos": return "'"
        default:
            guard reference.hasPrefix("#") else { return nil }
            let digits = reference.dropFirst()
            let value = digits.first == "x" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return value.flatMap(Unicode.Scalar.init)
        }
    }

    private mutating func name() throws(XMLError) -> String {
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
                || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "=")
            {
                break
            }
            index += 1
        }
        guard index > start else { throw error("a name is missing") }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private func localName(_ name: String) -> String {
        guard let colon = name.firstIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }

    private mutating func skipSpaces() {
        while index < bytes.count,
            bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") || bytes[index] == UInt8(ascii: "\n")
                || bytes[index] == UInt8(ascii: "\r")
        {
            index += 1
        }
    }

    private mutating func expect(_ byte: UInt8) throws(XMLError) {
        guard index < bytes.count, bytes[index] == byte else { throw error("expected '\(Character(UnicodeScalar(byte)))'") }
        index += 1
    }

    private func matches(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        return (0..<count).allSatisfy { bytes[index + $0] == literal.utf8Start[$0] }
    }

    private mutating func skip(past terminator: StaticString) throws(XMLError) {
        while index < bytes.count {
            if matches(terminator) {
                index += terminator.utf8CodeUnitCount
                return
            }
            index += 1
        }
        throw error("'\(terminator)' is missing")
    }

    /// Skips `<!DOCTYPE …>` including an internal subset in brackets.
    private mutating func skipDeclaration() throws(XMLError) {
        var depth = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "]"): depth -= 1
            case UInt8(ascii: ">") where depth == 0:
                index += 1
                return
            default: break
            }
            index += 1
        }
        throw error("a declaration is not closed")
    }

    private func error(_ message: String) -> XMLError {
        let end = min(index, bytes.count)
        let line = bytes[..<end].reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        return XMLError(line: line, message: message)
    }
}
