import CMariaDB

/// One connection to a MariaDB/MySQL server through the MariaDB C client, and prepared statements
/// on it. Not thread-safe: ``MariaDBPandoraDatabase`` lets one caller use it at a time.
final class MariaDBConnection {
    /// Where the connection goes, for error messages.
    let endpoint: PandoraDatabaseEndpoint
    private let handle: UnsafeMutablePointer<MYSQL>

    /// `mysql_library_init`, run once before the first connection (it is not thread-safe itself).
    private static let libraryReady: Bool = mysql_server_init(0, nil, nil) == 0

    /// Connects over TCP (even to `localhost`, which would otherwise mean the Unix socket), with the
    /// utf8mb4 character set.
    /// - Throws: ``PandoraDatabaseError/connectionFailed(endpoint:code:message:)`` with MariaDB's message.
    init(configuration: MariaDBPandoraDatabase.Configuration) throws(PandoraDatabaseError) {
        endpoint = configuration.endpoint
        guard Self.libraryReady, let handle = mysql_init(nil) else {
            throw .connectionFailed(endpoint: endpoint, code: 0, message: "the MariaDB client library could not be initialised")
        }
        var tcp = MYSQL_PROTOCOL_TCP.rawValue
        var connectTimeout = UInt32(clamping: configuration.connectTimeout)
        var readTimeout = UInt32(clamping: configuration.readTimeout)
        mysql_options(handle, MYSQL_OPT_PROTOCOL, &tcp)
        mysql_options(handle, MYSQL_OPT_CONNECT_TIMEOUT, &connectTimeout)
        mysql_options(handle, MYSQL_OPT_READ_TIMEOUT, &readTimeout)
        mysql_options(handle, MYSQL_OPT_WRITE_TIMEOUT, &readTimeout)
        mysql_options(handle, MYSQL_SET_CHARSET_NAME, "utf8mb4")
        let port = UInt32(clamping: configuration.port)
        guard
            mysql_real_connect(
                handle, configuration.host, configuration.user, configuration.password, configuration.database, port, nil, 0) != nil
        else {
            let error = PandoraDatabaseError.connectionFailed(
                endpoint: endpoint, code: Int(mysql_errno(handle)), message: String(cString: mysql_error(handle)))
            mysql_close(handle)
            throw error
        }
        self.handle = handle
    }

    deinit {
        mysql_close(handle)
    }

    /// Runs one statement with `?` parameters through the binary protocol and returns every row.
    /// - Parameters:
    ///   - query: SQL with one `?` per parameter.
    ///   - parameters: The values bound to the `?`s, in order.
    ///   - columns: How each result column is read; the statement must return exactly these.
    /// - Returns: The rows, each with one value per column (`.null` for SQL `NULL`).
    /// - Throws: ``PandoraDatabaseError/queryFailed(endpoint:query:parameters:code:message:)`` with
    ///   MariaDB's message, or ``PandoraDatabaseError/unexpectedResult(endpoint:query:reason:)``.
    func rows(_ query: String, _ parameters: [MariaDBValue], columns: [MariaDBValue.Kind]) throws(PandoraDatabaseError) -> [[MariaDBValue]] {
        guard let statement = mysql_stmt_init(handle) else {
            throw failure(query, parameters, code: mysql_errno(handle), message: mysql_error(handle))
        }
        defer { mysql_stmt_close(statement) }
        func statementFailure() -> PandoraDatabaseError {
            failure(query, parameters, code: mysql_stmt_errno(statement), message: mysql_stmt_error(statement))
        }
        let bindings = MariaDBBindings()
        guard mysql_stmt_prepare(statement, query, UInt(query.utf8.count)) == 0 else { throw statementFailure() }
        let parameterCount = Int(mysql_stmt_param_count(statement))
        guard parameterCount == parameters.count else {
            throw Self.unexpected(at: endpoint, query, "the statement has \(parameterCount) parameters, \(parameters.count) were given")
        }
        var parameterBinds = parameters.map(bindings.parameter)
        if !parameterBinds.isEmpty, mysql_stmt_bind_param(statement, &parameterBinds) != 0 { throw statementFailure() }
        guard mysql_stmt_execute(statement) == 0 else { throw statementFailure() }
        let fieldCount = Int(mysql_stmt_field_count(statement))
        guard fieldCount == columns.count else {
            throw Self.unexpected(at: endpoint, query, "the statement returns \(fieldCount) columns, \(columns.count) were expected")
        }
        var resultBinds = columns.map(bindings.result)
        guard mysql_stmt_bind_result(statement, &resultBinds) == 0 else { throw statementFailure() }
        var rows: [[MariaDBValue]] = []
        while true {
            let status = mysql_stmt_fetch(statement)
            if status == MYSQL_NO_DATA { break }
            guard status == 0 || status == MYSQL_DATA_TRUNCATED else { throw statementFailure() }
            var row: [MariaDBValue] = []
            row.reserveCapacity(columns.count)
            for (index, kind) in columns.enumerated() {
                let bind = resultBinds[index]
                if bind.is_null.pointee != 0 {
                    row.append(.null)
                    continue
                }
                switch kind {
                case .integer: row.append(.integer(bind.buffer.load(as: Int64.self)))
                case .double: row.append(.double(bind.buffer.load(as: Double.self)))
                case .text:
                    let length = Int(bind.length.pointee)
                    if length <= MariaDBBindings.textCapacity {
                        row.append(.text(String(decoding: UnsafeRawBufferPointer(start: bind.buffer, count: length), as: UTF8.self)))
                    } else {
                        guard let text = longText(statement, column: index, length: length) else { throw statementFailure() }
                        row.append(.text(text))
                    }
                }
            }
            rows.append(row)
        }
        return rows
    }

    /// Fetches a text column of the current row again, whole, when it did not fit its buffer.
    private func longText(_ statement: UnsafeMutablePointer<MYSQL_STMT>, column: Int, length: Int) -> String? {
        var bytes = [UInt8](repeating: 0, count: length)
        var fetched: UInt = 0
        let status = bytes.withUnsafeMutableBytes { buffer in
            withUnsafeMutablePointer(to: &fetched) { fetchedLength in
                var bind = MYSQL_BIND()
                bind.buffer_type = MYSQL_TYPE_STRING
                bind.buffer = buffer.baseAddress
                bind.buffer_length = UInt(buffer.count)
                bind.length = fetchedLength
                return mysql_stmt_fetch_column(statement, &bind, UInt32(column), 0)
            }
        }
        guard status == 0 else { return nil }
        return String(decoding: bytes.prefix(min(Int(fetched), length)), as: UTF8.self)
    }

    /// A server error on `query`.
    private func failure(_ query: String, _ parameters: [MariaDBValue], code: UInt32, message: UnsafePointer<CChar>?) -> PandoraDatabaseError {
        .queryFailed(
            endpoint: endpoint, query: Self.oneLine(query), parameters: parameters.map(\.description), code: Int(code),
            message: message.map { String(cString: $0) } ?? "")
    }

    /// A result the schema does not allow.
    static func unexpected(at endpoint: PandoraDatabaseEndpoint, _ query: String, _ reason: String) -> PandoraDatabaseError {
        .unexpectedResult(endpoint: endpoint, query: oneLine(query), reason: reason)
    }

    /// The statement on one line, as error messages show it.
    private static func oneLine(_ query: String) -> String {
        query.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
