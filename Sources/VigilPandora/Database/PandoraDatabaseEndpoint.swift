/// Where a database is, for error messages: server, database and user, never the password.
public struct PandoraDatabaseEndpoint: Sendable, Hashable, CustomStringConvertible {
    /// Host name or address.
    public var host: String
    /// TCP port.
    public var port: Int
    /// Database (schema) name.
    public var database: String
    /// User name.
    public var user: String

    /// Creates an endpoint.
    public init(host: String, port: Int, database: String, user: String) {
        self.host = host
        self.port = port
        self.database = database
        self.user = user
    }

    /// `127.0.0.1:3306, database 'pandora', user 'pandora'`.
    public var description: String { "\(host):\(port), database '\(database)', user '\(user)'" }
}
