/// What the `pandora_tf_anomaly` replacement reads from Pandora FMS's database: the source agent,
/// its modules, and their stored history.
///
/// Two implementations: ``MariaDBPandoraDatabase`` reads a real MySQL/MariaDB server,
/// ``InMemoryPandoraDatabase`` holds records for tests. The requirements are the raw reads; the
/// plugin's rules sit in extensions shared by both: ``agent(named:)`` (which agent a name means),
/// ``modules(of:named:)`` (which modules are analysed, and why the others are not) and
/// ``series(of:request:)`` (the history rebuilt on the `--time_interval` grid).
///
/// ```swift
/// let database = try MariaDBPandoraDatabase(configuration: .init(host: "127.0.0.1", password: secret))
/// let agent = try database.agent(named: "web01")
/// let selection = try database.modules(of: agent, named: nil)
/// let request = PandoraHistoryRequest(now: clock.now, timeData: 604_800, timeInterval: 60, levelData: 50)
/// for module in selection.modules {
///     switch try database.series(of: module, request: request) {
///     case .ready(let series): judge(series.values)
///     case .skipped(let skip): logger.info("\(skip)")
///     }
/// }
/// ```
///
/// Implementations are `Sendable` and may be called from several threads at once.
public protocol PandoraDatabase: Sendable {
    /// Agents that may be the one named `name`: every agent whose stored name or alias is `name`
    /// (enabled or not). An implementation may return more (a case-insensitive collation does);
    /// ``agent(named:)`` compares decoded names exactly and applies the plugin's rules.
    /// - Parameter name: The name as a person writes it (decoded).
    /// - Returns: The candidates, names decoded, in `id` order.
    /// - Throws: ``PandoraDatabaseError`` when the database cannot be read.
    func agentCandidates(named name: String) throws(PandoraDatabaseError) -> [PandoraAgentRecord]

    /// Every module of an agent, disabled ones included, names decoded, in `id` order.
    /// - Throws: ``PandoraDatabaseError`` when the database cannot be read.
    func allModules(of agent: PandoraAgentRecord) throws(PandoraDatabaseError) -> [PandoraModuleRecord]

    /// A numeric module's stored rows with `start < time ≤ end` (rows after `end`, e.g. from an agent
    /// whose clock runs ahead, are not read) and the newest row at or before `start`.
    /// - Parameters:
    ///   - module: A module whose ``PandoraModuleRecord/valueKind`` is `.numeric`.
    ///   - start: Unix seconds; the window excludes it.
    ///   - end: Unix seconds; the window includes it.
    /// - Throws: ``PandoraDatabaseError`` when the database cannot be read.
    func storedHistory(of module: PandoraModuleRecord, after start: Int64, through end: Int64) throws(PandoraDatabaseError)
        -> PandoraStoredHistory
}
