/// One Pandora FMS agent data file: the `<agent_data>` root attributes and its `<module>` elements.
///
/// This is what the Pandora Data Server reads from `data_in` (or receives through Tentacle): the
/// agent is looked up (or created) by ``agentName``, and every module is created or updated on it.
/// An attribute that is `nil` is left out of the file; the server then keeps the agent's current
/// value (an *empty* string, by contrast, is sent and may erase a value, as `version=''` does).
///
/// ```swift
/// let file = AgentDataFile(
///     agentName: "web01", group: "Servers", interval: 300,
///     timestamp: .local(CivilTime(year: 2023, month: 11, day: 14, hour: 22, minute: 13, second: 20)),
///     modules: [.anomalyResult(module: "CPU Load", targetAgent: nil, isAnomalous: false,
///                              reconstructionError: 0.00331, threshold: 0.03574)])
/// print(file.xml)
/// ```
public struct AgentDataFile: Sendable, Hashable {
    /// `agent_name`: the agent's internal name (`tagente.nombre`); required by the server.
    public var agentName: String
    /// `agent_alias`: the alias of an agent the server creates (default: the agent name).
    public var agentAlias: String?
    /// `parent_agent_name`: the name of the agent's parent.
    public var parentAgentName: String?
    /// `description`: the comments of an agent the server creates.
    public var description: String?
    /// `version`: the agent software version; overwrites `agent_version` on every file, so leave it
    /// `nil` when writing to an agent that has a real software agent.
    public var version: String?
    /// `os_name`: the operating system of an agent the server creates (`Linux`, `Windows`, …).
    public var osName: String?
    /// `os_version`: the operating system version.
    public var osVersion: String?
    /// `timestamp`: when the data was taken.
    public var timestamp: DataFileTimestamp?
    /// `timezone_offset`: whole hours the server adds to ``timestamp``.
    public var timezoneOffset: Int?
    /// `address`: comma-separated IP addresses, the first one being the main address.
    public var address: String?
    /// `group`: the group *name* of an agent the server creates.
    public var group: String?
    /// `interval`: the agent's monitoring interval in seconds (`tagente.intervalo`).
    public var interval: Int?
    /// `agent_mode`: the mode of an agent the server creates.
    public var agentMode: DataFileAgentMode?
    /// The `<module>` elements, in file order.
    public var modules: [DataFileModule]

    /// Creates a data file; every attribute but the agent name is optional and left out when `nil`.
    public init(
        agentName: String, agentAlias: String? = nil, parentAgentName: String? = nil, description: String? = nil,
        version: String? = nil, osName: String? = nil, osVersion: String? = nil, timestamp: DataFileTimestamp? = nil,
        timezoneOffset: Int? = nil, address: String? = nil, group: String? = nil, interval: Int? = nil,
        agentMode: DataFileAgentMode? = nil, modules: [DataFileModule] = []
    ) {
        self.agentName = agentName
        self.agentAlias = agentAlias
        self.parentAgentName = parentAgentName
        self.description = description
        self.version = version
        self.osName = osName
        self.osVersion = osVersion
        self.timestamp = timestamp
        self.timezoneOffset = timezoneOffset
        self.address = address
        self.group = group
        self.interval = interval
        self.agentMode = agentMode
        self.modules = modules
    }
}
