/// A Pandora database held in memory, names already decoded: for testing what reads one.
///
/// It answers like ``MariaDBPandoraDatabase`` on the same records: agents are matched by exact name
/// or alias, history rows are returned oldest first (rows for the same second in insertion order),
/// rows after the window's end are not returned.
///
/// ```swift
/// let database = InMemoryPandoraDatabase(
///     agents: [PandoraAgentRecord(id: 1, name: "web01")],
///     modules: [PandoraModuleRecord(id: 101, agentID: 1, name: "Memory_Used")],
///     history: [101: (0..<120).map { PandoraStoredValue(time: now - 300 * Int64(119 - $0), value: 2048) }])
/// ```
public struct InMemoryPandoraDatabase: PandoraDatabase {
    /// The agents (`tagente`).
    public var agents: [PandoraAgentRecord]
    /// The modules of every agent (`tagente_modulo`).
    public var modules: [PandoraModuleRecord]
    /// Stored numeric rows by module id (`tagente_datos`), in any order.
    public var history: [Int: [PandoraStoredValue]]

    /// Creates a database.
    public init(agents: [PandoraAgentRecord] = [], modules: [PandoraModuleRecord] = [], history: [Int: [PandoraStoredValue]] = [:]) {
        self.agents = agents
        self.modules = modules
        self.history = history
    }

    public func agentCandidates(named name: String) -> [PandoraAgentRecord] {
        agents.filter { $0.name == name || $0.alias == name }.sorted { $0.id < $1.id }
    }

    public func allModules(of agent: PandoraAgentRecord) -> [PandoraModuleRecord] {
        modules.filter { $0.agentID == agent.id }.sorted { $0.id < $1.id }
    }

    public func storedHistory(of module: PandoraModuleRecord, after start: Int64, through end: Int64) -> PandoraStoredHistory {
        let rows = (history[module.id] ?? []).enumerated().sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }.map(\.element)
        return PandoraStoredHistory(
            valueBeforeWindow: rows.last { $0.time <= start }, values: rows.filter { $0.time > start && $0.time <= end })
    }
}
