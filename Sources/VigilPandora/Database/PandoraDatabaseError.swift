/// Why reading Pandora's database failed.
///
/// Every message names what was being done; those from the server name it, the database, the user,
/// the statement and MariaDB's own error, and never the password.
public enum PandoraDatabaseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The connection could not be opened (server down, wrong port, bad credentials, unknown database …).
    case connectionFailed(endpoint: PandoraDatabaseEndpoint, code: Int, message: String)
    /// A statement failed on the server.
    case queryFailed(endpoint: PandoraDatabaseEndpoint, query: String, parameters: [String], code: Int, message: String)
    /// A statement returned something the schema does not allow (a missing column, a `NULL` key).
    case unexpectedResult(endpoint: PandoraDatabaseEndpoint, query: String, reason: String)
    /// No agent has this name or alias.
    case agentNotFound(name: String)
    /// The only agents with this name or alias are disabled.
    case agentDisabled(name: String, id: Int)
    /// No agent has this name, and several enabled agents have it as their alias.
    case ambiguousAlias(alias: String, agentNames: [String])
    /// A history request with a value out of range.
    case invalidRequest(field: String, value: Int, expected: String)

    public var description: String {
        switch self {
        case .connectionFailed(let endpoint, let code, let message):
            "cannot connect to MariaDB at \(endpoint): error \(code): \(message)"
        case .queryFailed(let endpoint, let query, let parameters, let code, let message):
            "query failed on MariaDB at \(endpoint): error \(code): \(message); query: \(query)"
                + (parameters.isEmpty ? "" : "; parameters: \(parameters.joined(separator: ", "))")
        case .unexpectedResult(let endpoint, let query, let reason):
            "unexpected result from MariaDB at \(endpoint): \(reason); query: \(query)"
        case .agentNotFound(let name):
            "no agent has the name or alias '\(name)'"
        case .agentDisabled(let name, let id):
            "agent '\(name)' (id \(id)) is disabled"
        case .ambiguousAlias(let alias, let agentNames):
            "\(agentNames.count) agents have the alias '\(alias)' (agent names: \(agentNames.joined(separator: ", "))): "
                + "give --agent_name one of those agent names"
        case .invalidRequest(let field, let value, let expected):
            "\(field) must be \(expected), got \(value)"
        }
    }
}
