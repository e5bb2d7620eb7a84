import Synchronization

/// Pandora FMS's MySQL/MariaDB database, read through the MariaDB C client (`libmariadb`).
///
/// The connection is opened by the initializer, over TCP with utf8mb4, and closed with the object.
/// Every read is a prepared statement with bound parameters; names are decoded on read
/// (``PandoraEntities``). The statements are those of `specs/pandora.md` §2.4, see
/// `docs/pandora.md` ("Reading Pandora's database").
///
/// **Threads.** One connection serves every caller, one statement at a time behind a mutex: the
/// plugin's `--threads` workers take turns for their reads, which take milliseconds (a week of
/// minute data, 10 080 rows, in a few), while each spends far longer training its autoencoder. One
/// connection per worker would add a TCP handshake and authentication per worker for no gain.
///
/// ```swift
/// let database = try MariaDBPandoraDatabase(configuration: .init(host: "127.0.0.1", port: 3306, password: password))
/// let agent = try database.agent(named: "web01")
/// ```
public final class MariaDBPandoraDatabase: PandoraDatabase {
    /// Where the connection goes.
    public let endpoint: PandoraDatabaseEndpoint
    private let connection: Mutex<MariaDBConnection>

    /// Connects to the server.
    /// - Parameter configuration: Host, port, database, user, password, timeouts.
    /// - Throws: ``PandoraDatabaseError/connectionFailed(endpoint:code:message:)`` naming the server,
    ///   database and user, with MariaDB's message (never the password).
    public init(configuration: Configuration) throws(PandoraDatabaseError) {
        let connection = try MariaDBConnection(configuration: configuration)
        endpoint = configuration.endpoint
        self.connection = Mutex(connection)
    }

    public func agentCandidates(named name: String) throws(PandoraDatabaseError) -> [PandoraAgentRecord] {
        let stored = PandoraEntities.encode(name)
        let rows = try rows(Self.agentQuery, [.text(stored), .text(name), .text(stored), .text(name)], columns: Self.agentColumns)
        var agents: [PandoraAgentRecord] = []
        for row in rows {
            guard let id = row[0].integer else { throw unexpected(Self.agentQuery, "tagente.id_agente is NULL") }
            agents.append(
                PandoraAgentRecord(
                    id: Int(id), name: PandoraEntities.decode(row[1].text ?? ""), alias: PandoraEntities.decode(row[2].text ?? ""),
                    groupID: Int(row[3].integer ?? 0), interval: Int(row[4].integer ?? 300), address: row[5].text,
                    isDisabled: (row[6].integer ?? 0) != 0))
        }
        return agents
    }

    public func allModules(of agent: PandoraAgentRecord) throws(PandoraDatabaseError) -> [PandoraModuleRecord] {
        let rows = try rows(Self.moduleQuery, [.integer(Int64(agent.id))], columns: Self.moduleColumns)
        var modules: [PandoraModuleRecord] = []
        for row in rows {
            guard let id = row[0].integer else { throw unexpected(Self.moduleQuery, "tagente_modulo.id_agente_modulo is NULL") }
            let interval = Int(row[5].integer ?? 0)
            modules.append(
                PandoraModuleRecord(
                    id: Int(id), agentID: agent.id, name: PandoraEntities.decode(row[1].text ?? ""), typeID: Int(row[2].integer ?? 0),
                    typeName: row[3].text ?? "", unit: PandoraEntities.decode(row[4].text ?? ""),
                    interval: interval > 0 ? interval : agent.interval,
                    isDisabled: (row[6].integer ?? 0) != 0 || (row[7].integer ?? 0) != 0))
        }
        return modules
    }

    public func storedHistory(of module: PandoraModuleRecord, after start: Int64, through end: Int64) throws(PandoraDatabaseError)
        -> PandoraStoredHistory
    {
        let id = MariaDBValue.integer(Int64(module.id))
        let before = try storedValues(Self.valueBeforeWindowQuery, [id, .integer(start)])
        let inside = try storedValues(Self.historyQuery, [id, .integer(start), .integer(end)])
        return PandoraStoredHistory(valueBeforeWindow: before.first, values: inside)
    }

    /// Rows of `tagente_datos` (`utimestamp`, `datos`) returned by `query`.
    private func storedValues(_ query: String, _ parameters: [MariaDBValue]) throws(PandoraDatabaseError) -> [PandoraStoredValue] {
        let rows = try rows(query, parameters, columns: [.integer, .double])
        var values: [PandoraStoredValue] = []
        values.reserveCapacity(rows.count)
        for row in rows {
            guard let time = row[0].integer, let value = row[1].double else {
                throw unexpected(query, "a tagente_datos row has a NULL utimestamp or datos")
            }
            values.append(PandoraStoredValue(time: time, value: value))
        }
        return values
    }

    /// Runs a statement on the connection, waiting for other threads' statements to finish.
    private func rows(_ query: String, _ parameters: [MariaDBValue], columns: [MariaDBValue.Kind]) throws(PandoraDatabaseError)
        -> [[MariaDBValue]]
    {
        try connection.withLock { connection throws(PandoraDatabaseError) in
            try connection.rows(query, parameters, columns: columns)
        }
    }

    /// A result the schema does not allow.
    private func unexpected(_ query: String, _ reason: String) -> PandoraDatabaseError {
        MariaDBConnection.unexpected(at: endpoint, query, reason)
    }
}
