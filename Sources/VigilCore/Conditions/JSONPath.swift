/// Where a value sits in a JSON document, written as a JSONPath: `$.all[1].trend.window`.
struct JSONPath: Hashable, Sendable, CustomStringConvertible {
    /// One step down into the document.
    enum Component: Hashable, Sendable {
        case key(String)
        case index(Int)
    }

    /// The steps from the root.
    var components: [Component] = []

    /// The root, `$`.
    static let root = JSONPath()

    /// The path of a `Decoder`'s coding path, so errors inside a larger document (a markup) point into it.
    init(codingPath: [any CodingKey]) {
        components = codingPath.map { key in
            if let index = key.intValue, key.stringValue == "Index \(index)" || key.stringValue == String(index) {
                return .index(index)
            }
            return .key(key.stringValue)
        }
    }

    private init(components: [Component] = []) { self.components = components }

    /// The path of a member of the object here.
    func appending(_ key: String) -> JSONPath { JSONPath(components: components + [.key(key)]) }

    /// The path of an element of the array here.
    func appending(_ index: Int) -> JSONPath { JSONPath(components: components + [.index(index)]) }

    var description: String {
        var text = "$"
        for component in components {
            switch component {
            case .index(let index): text += "[\(index)]"
            case .key(let key):
                let plain =
                    !key.isEmpty && key.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" }
                text += plain ? ".\(key)" : "[\(JSONValue.quoted(key))]"
            }
        }
        return text
    }
}
