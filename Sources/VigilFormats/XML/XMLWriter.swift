/// Builds a UTF-8 XML document element by element, escaping text and attribute values.
///
/// ```swift
/// var xml = XMLWriter()
/// xml.open("sheets")
/// xml.empty("sheet", ["name": "Assets", "sheetId": "1"])
/// xml.close()
/// xml.bytes   // <?xml …?><sheets><sheet name="Assets" sheetId="1"/></sheets>
/// ```
struct XMLWriter {
    /// The document so far.
    private(set) var bytes: [UInt8] = []
    private var openElements: [String] = []

    /// Starts a document with the standalone UTF-8 declaration Office writes.
    init() {
        bytes.append(contentsOf: #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#.utf8)
        bytes.append(UInt8(ascii: "\n"))
    }

    /// Opens an element; ``close()`` ends it.
    mutating func open(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        tag(name, attributes)
        bytes.append(UInt8(ascii: ">"))
        openElements.append(name)
    }

    /// Closes the innermost open element.
    mutating func close() {
        let name = openElements.removeLast()
        bytes.append(contentsOf: "</\(name)>".utf8)
    }

    /// Writes an element without content: `<name a="b"/>`.
    mutating func empty(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        tag(name, attributes)
        bytes.append(contentsOf: "/>".utf8)
    }

    /// Writes an element holding text: `<name>text</name>`.
    mutating func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], text: String) {
        tag(name, attributes)
        bytes.append(UInt8(ascii: ">"))
        escape(text, inAttribute: false)
        bytes.append(contentsOf: "</\(name)>".utf8)
    }

    private mutating func tag(_ name: String, _ attributes: KeyValuePairs<String, String>) {
        bytes.append(UInt8(ascii: "<"))
        bytes.append(contentsOf: name.utf8)
        for (key, value) in attributes {
            bytes.append(UInt8(ascii: " "))
            bytes.append(contentsOf: key.utf8)
            bytes.append(contentsOf: "=\"".utf8)
            escape(value, inAttribute: true)
            bytes.append(UInt8(ascii: "\""))
        }
    }

    private mutating func escape(_ text: String, inAttribute: Bool) {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): bytes.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): bytes.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): bytes.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\"") where inAttribute: bytes.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "\n") where inAttribute: bytes.append(contentsOf: "&#10;".utf8)
            case UInt8(ascii: "\t") where inAttribute: bytes.append(contentsOf: "&#9;".utf8)
            case UInt8(ascii: "\r"): bytes.append(contentsOf: "&#13;".utf8)
            default: bytes.append(byte)
            }
        }
    }
}
