/// Everything a run of the `pandora_tf_anomaly` replacement needs: the plugin's flags, with the
/// defaults of Pandora FMS's guide (`specs/pandora.md` §1).
public struct PandoraPluginConfiguration: Sendable, Hashable {
    /// How the data file reaches the Pandora server.
    public enum TransferMode: String, Sendable, Hashable, CaseIterable {
        /// Moved into `dataDirectory` on this machine.
        case local
        /// Sent with the Tentacle protocol to `tentacleAddress:tentaclePort`.
        case tentacle
    }

    /// The agent whose modules are monitored (`--agent_name`; Pandora's `tagente.nombre`, or its alias).
    public var agentName: String
    /// A new agent that receives the result modules (`--target_agent`); `nil`: the source agent.
    public var targetAgent: String?
    /// Seconds of history, ending now (`--time_data`, 604800 = one week).
    public var timeData: Int
    /// Seconds between two points of the rebuilt history (`--time_interval`, 60).
    public var timeInterval: Int
    /// Fewest points a module needs to be judged (`--level_data`, 50).
    public var levelData: Int
    /// Modules judged at the same time (`--threads`, 1).
    public var threads: Int
    /// Decoded names of the modules to judge; `nil`: every module of the agent (`--modules_list`).
    public var modules: [String]?
    /// Database connection (`--dbhost` 127.0.0.1, `--dbname` pandora, `--dbuser` pandora,
    /// `--dbpass` pandora, `--dbport` 3306).
    public var databaseHost: String
    public var databaseName: String
    public var databaseUser: String
    public var databasePassword: String
    public var databasePort: Int
    /// `--transfer_mode` (local).
    public var transferMode: TransferMode
    /// `--tentacle_port` (41121).
    public var tentaclePort: Int
    /// `--tentacle_address` (127.0.0.1, as Pandora's plugin library does).
    public var tentacleAddress: String
    /// `--tentacle_client`: `nil` uses the native client; a path or name runs that program instead.
    public var tentacleClient: String?
    /// `--tentacle_opts`: extra options in `tentacle_client`'s letters (`-x pass -c -r 3 …`).
    public var tentacleOptions: String
    /// The agent's `interval` attribute in seconds (`--interval`); `nil`: the monitored agent's own
    /// interval when writing to it (so its interval is not overwritten), 300 for a new target agent.
    public var interval: Int?
    /// Where the data file is written first (`--temporal`, /tmp).
    public var temporaryDirectory: String
    /// The Pandora group name of a new agent (`-g`/`--group`, empty).
    public var group: String
    /// Pandora's data directory in local mode (`--data_dir`, /var/spool/pandora/data_in/).
    public var dataDirectory: String

    public init(
        agentName: String, targetAgent: String? = nil, timeData: Int = 604_800, timeInterval: Int = 60, levelData: Int = 50,
        threads: Int = 1, modules: [String]? = nil, databaseHost: String = "127.0.0.1", databaseName: String = "pandora",
        databaseUser: String = "pandora", databasePassword: String = "pandora", databasePort: Int = 3306,
        transferMode: TransferMode = .local, tentaclePort: Int = 41121, tentacleAddress: String = "127.0.0.1",
        tentacleClient: String? = nil, tentacleOptions: String = "", interval: Int? = nil, temporaryDirectory: String = "/tmp",
        group: String = "", dataDirectory: String = "/var/spool/pandora/data_in/"
    ) {
        self.agentName = agentName
        self.targetAgent = targetAgent
        self.timeData = timeData
        self.timeInterval = timeInterval
        self.levelData = levelData
        self.threads = threads
        self.modules = modules
        self.databaseHost = databaseHost
        self.databaseName = databaseName
        self.databaseUser = databaseUser
        self.databasePassword = databasePassword
        self.databasePort = databasePort
        self.transferMode = transferMode
        self.tentaclePort = tentaclePort
        self.tentacleAddress = tentacleAddress
        self.tentacleClient = tentacleClient
        self.tentacleOptions = tentacleOptions
        self.interval = interval
        self.temporaryDirectory = temporaryDirectory
        self.group = group
        self.dataDirectory = dataDirectory
    }
}
