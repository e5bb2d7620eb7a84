extension MariaDBPandoraDatabase {
    /// How to reach Pandora's database: the plugin's `--dbhost`, `--dbport`, `--dbname`, `--dbuser`,
    /// `--dbpass`, with their defaults.
    ///
    /// Printing, interpolating or dumping a configuration never shows the password.
    ///
    /// ```swift
    /// let configuration = MariaDBPandoraDatabase.Configuration(host: "172.42.42.101", password: "s3cret")
    /// print(configuration)   // 172.42.42.101:3306, database 'pandora', user 'pandora'
    /// ```
    public struct Configuration: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
        /// Host name or address; always reached over TCP, `localhost` included (`--dbhost`, 127.0.0.1).
        public var host: String
        /// TCP port (`--dbport`, 3306).
        public var port: Int
        /// Database name (`--dbname`, pandora).
        public var database: String
        /// User name (`--dbuser`, pandora).
        public var user: String
        /// Password (`--dbpass`, pandora).
        public var password: String
        /// Seconds to wait for the connection (5: Pandora gives a whole plugin run 12 s by default).
        public var connectTimeout: Int
        /// Seconds to wait for the server's answer to one read (10).
        public var readTimeout: Int

        /// Creates a configuration; the defaults are the plugin's.
        public init(
            host: String = "127.0.0.1", port: Int = 3306, database: String = "pandora", user: String = "pandora",
            password: String = "pandora", connectTimeout: Int = 5, readTimeout: Int = 10
        ) {
            self.host = host
            self.port = port
            self.database = database
            self.user = user
            self.password = password
            self.connectTimeout = connectTimeout
            self.readTimeout = readTimeout
        }

        /// The server, database and user, for messages.
        public var endpoint: PandoraDatabaseEndpoint {
            PandoraDatabaseEndpoint(host: host, port: port, database: database, user: user)
        }

        /// The endpoint, without the password.
        public var description: String { endpoint.description }

        /// The endpoint and timeouts, without the password.
        public var debugDescription: String {
            "Configuration(\(endpoint), password: <hidden>, connectTimeout: \(connectTimeout) s, readTimeout: \(readTimeout) s)"
        }

        /// The fields for `dump` and debuggers, the password hidden.
        public var customMirror: Mirror {
            Mirror(
                self,
                children: [
                    "host": host, "port": port, "database": database, "user": user, "password": "<hidden>",
                    "connectTimeout": connectTimeout, "readTimeout": readTimeout,
                ])
        }
    }
}
