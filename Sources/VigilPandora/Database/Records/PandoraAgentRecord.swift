/// One row of Pandora's `tagente` table, names decoded.
///
/// ```swift
/// let agent = try database.agent(named: "web01")
/// print(agent.id, agent.name, agent.alias)    // 1 web01 web01
/// ```
public struct PandoraAgentRecord: Sendable, Hashable {
    /// `id_agente`.
    public var id: Int
    /// `nombre`, decoded: the agent name the Data Server and XML data files know the agent by.
    public var name: String
    /// `alias`, decoded: the name the console shows.
    public var alias: String
    /// `id_grupo`.
    public var groupID: Int
    /// `intervalo`: seconds between two reports of the agent.
    public var interval: Int
    /// `direccion`: the main IP address, if any.
    public var address: String?
    /// `disabled` is set: Pandora neither collects from nor alerts on the agent.
    public var isDisabled: Bool

    /// Creates a record; the alias defaults to the name.
    public init(
        id: Int, name: String, alias: String? = nil, groupID: Int = 0, interval: Int = 300, address: String? = nil, isDisabled: Bool = false
    ) {
        self.id = id
        self.name = name
        self.alias = alias ?? name
        self.groupID = groupID
        self.interval = interval
        self.address = address
        self.isDisabled = isDisabled
    }
}
