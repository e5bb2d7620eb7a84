/// The members of one JSON object that is the body of a condition node, checked against the keys
/// the node accepts so that a misspelt key is reported instead of ignored.
struct JSONObjectReader {
    /// Where the object is.
    let path: JSONPath
    private let node: String
    private let members: [String: JSONValue]

    /// Reads the object at `path`, the body of node `node`, accepting only `keys`.
    /// - Throws: ``ConditionParseError`` when the value is not an object, or has an unknown or repeated key.
    init(_ value: JSONValue, at path: JSONPath, node: String, keys: [String]) throws(ConditionParseError) {
        guard case .object(let list) = value else {
            throw ConditionParseError(path, "expected an object with the keys of \"\(node)\" (\(keys.joined(separator: ", "))), got \(value.summary)")
        }
        var members: [String: JSONValue] = [:]
        for member in list {
            guard keys.contains(member.key) else {
                throw ConditionParseError(
                    path.appending(member.key), "unknown key \"\(member.key)\" in \"\(node)\"; expected one of: \(keys.joined(separator: ", "))")
            }
            guard members.updateValue(member.value, forKey: member.key) == nil else {
                throw ConditionParseError(path.appending(member.key), "the key \"\(member.key)\" appears more than once")
            }
        }
        self.path = path
        self.node = node
        self.members = members
    }

    /// The value of a key that must be present, with its path.
    func required(_ key: String) throws(ConditionParseError) -> (JSONValue, JSONPath) {
        guard let value = members[key] else { throw ConditionParseError(path, "\"\(node)\" needs the key \"\(key)\"") }
        return (value, path.appending(key))
    }

    /// The value of an optional key, with its path, or `nil` when absent.
    func optional(_ key: String) -> (JSONValue, JSONPath)? {
        members[key].map { ($0, path.appending(key)) }
    }
}
