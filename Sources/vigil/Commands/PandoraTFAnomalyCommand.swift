import ArgumentParser
import Foundation
import Logging
import VigilCore
import VigilPandora

/// `vigil pandora-tf-anomaly`: a drop-in replacement for Pandora FMS's `pandora_tf_anomaly` server
/// plugin, with its flags spelled exactly as the plugin's.
struct PandoraTFAnomalyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pandora-tf-anomaly",
        abstract: "Pandora FMS's pandora_tf_anomaly server plugin: judge an agent's modules with an autoencoder.",
        discussion: """
            Reads each module's history from Pandora's database, trains the autoencoder of the original plugin on it, and writes one <module>.TF.ANOMALY module per monitored module (1 normal, 0 anomalous, description "Reconstruction error: <error> / <threshold>") in an XML data file, moved to --data_dir or sent by Tentacle. Prints 1 when it has done its work, and 0 with a reason on standard error when it could not. Installed as the pandora_tf_anomaly command by `make install-pandora-plugin`; the README's "Pandora FMS" section explains the setup.
            """
    )

    @Option(name: .customLong("agent_name"), help: "The agent whose modules are monitored (its name, or its alias). Mandatory.")
    var agentName: String

    @Option(name: .customLong("target_agent"), help: "Create this agent to hold the result modules (default: the monitored agent).")
    var targetAgent: String?

    @Option(name: .customLong("time_data"), help: "Seconds of history, ending now.")
    var timeData: Int = 604_800

    @Option(name: .customLong("time_interval"), help: "Seconds between points of the history.")
    var timeInterval: Int = 60

    @Option(name: .customLong("level_data"), help: "Fewest points a module needs to be judged.")
    var levelData: Int = 50

    @Option(help: "Modules judged at the same time.")
    var threads: Int = 1

    @Option(name: .customLong("modules_list"), help: #"JSON array of module names to judge, e.g. '["Memory_Used","Cswap"]' (default: all)."#)
    var modulesList: String?

    @Option(help: "Database host.") var dbhost: String = "127.0.0.1"
    @Option(help: "Database name.") var dbname: String = "pandora"
    @Option(help: "Database user.") var dbuser: String = "pandora"
    @Option(help: "Database password.") var dbpass: String = "pandora"
    @Option(help: "Database port.") var dbport: Int = 3306

    @Option(name: .customLong("transfer_mode"), help: "How the data file reaches Pandora: local or tentacle.")
    var transferMode: String = "local"

    @Option(name: .customLong("tentacle_port"), help: "Tentacle server port.")
    var tentaclePort: Int = 41121

    @Option(name: .customLong("tentacle_address"), help: "Tentacle server address.")
    var tentacleAddress: String = "127.0.0.1"

    @Option(
        name: .customLong("tentacle_client"),
        help:
            "A Tentacle client program to run instead of Vigil's built-in client (default: the built-in one, which speaks tentacle_client's protocol and options)."
    )
    var tentacleClient: String?

    @Option(
        name: .customLong("tentacle_opts"), parsing: .unconditional,
        help: "Extra Tentacle options in tentacle_client's letters, e.g. '-x secret -c' (the value may start with a dash).")
    var tentacleOpts: String = ""

    @Option(
        help:
            "The agent's interval attribute in seconds (default: the monitored agent's own interval, so it is not overwritten; 300 for a new --target_agent)."
    )
    var interval: Int?

    @Option(help: "Directory for the temporary data file.")
    var temporal: String = "/tmp"

    @Option(name: [.customShort("g"), .customLong("group")], help: "Pandora group name of a new agent.")
    var group: String = ""

    @Option(name: .customLong("data_dir"), help: "Pandora's data directory (local mode).")
    var dataDir: String = "/var/spool/pandora/data_in/"

    func validate() throws {
        guard !agentName.isEmpty else { throw ValidationError("--agent_name must not be empty") }
        for (flag, value, minimum) in [
            ("--time_data", timeData, 1), ("--time_interval", timeInterval, 1), ("--level_data", levelData, 2),
            ("--threads", threads, 1), ("--dbport", dbport, 1), ("--tentacle_port", tentaclePort, 1), ("--interval", interval ?? 1, 1),
        ]
        where value < minimum {
            throw ValidationError("\(flag) must be at least \(minimum), not \(value)")
        }
        guard PandoraPluginConfiguration.TransferMode(rawValue: transferMode) != nil else {
            throw ValidationError("--transfer_mode must be local or tentacle, not '\(transferMode)'")
        }
        _ = try modules()
    }

    /// The plugin's configuration from the flags.
    func pluginConfiguration() throws -> PandoraPluginConfiguration {
        PandoraPluginConfiguration(
            agentName: agentName, targetAgent: targetAgent, timeData: timeData, timeInterval: timeInterval, levelData: levelData,
            threads: threads, modules: try modules(), databaseHost: dbhost, databaseName: dbname, databaseUser: dbuser,
            databasePassword: dbpass, databasePort: dbport, transferMode: PandoraPluginConfiguration.TransferMode(rawValue: transferMode)!,
            tentaclePort: tentaclePort, tentacleAddress: tentacleAddress, tentacleClient: tentacleClient,
            tentacleOptions: tentacleOpts, interval: interval, temporaryDirectory: temporal, group: group, dataDirectory: dataDir)
    }

    private func modules() throws -> [String]? {
        guard let modulesList, !modulesList.isEmpty else { return nil }
        guard let list = try? JSONSerialization.jsonObject(with: Data(modulesList.utf8)) as? [String] else {
            throw ValidationError(#"--modules_list must be a JSON array of module names, e.g. '["Memory_Used","Cswap"]', not \#(modulesList)"#)
        }
        return list
    }

    func run() async throws {
        let configuration = try pluginConfiguration()
        LoggingBootstrap.once(level: .warning)
        let logger = Logger(label: "vigil.pandora")
        do {
            let database = try MariaDBPandoraDatabase(
                configuration: .init(
                    host: configuration.databaseHost, port: configuration.databasePort, database: configuration.databaseName,
                    user: configuration.databaseUser, password: configuration.databasePassword))
            let report = try await PandoraPlugin(configuration: configuration).run(
                database: database, delivery: try delivery(for: configuration, logger: logger), now: SystemClock().now, logger: logger)
            if report.deliveredFile == nil {
                FileHandle.standardError.write(Data("pandora-tf-anomaly: no module of \(report.agentName) could be judged\n".utf8))
            }
            print("1")
        } catch {
            throw CommandFailure("pandora-tf-anomaly: \(error)")
        }
    }

    private func delivery(for configuration: PandoraPluginConfiguration, logger: Logger) throws -> DataFileDelivery {
        switch configuration.transferMode {
        case .local:
            return .local(dataDirectory: configuration.dataDirectory)
        case .tentacle:
            if let client = configuration.tentacleClient {
                return .externalTentacle(
                    try ExternalTentacleClient(
                        executable: client, address: configuration.tentacleAddress, port: configuration.tentaclePort,
                        options: configuration.tentacleOptions))
            }
            let tentacle = try TentacleConfiguration(
                address: configuration.tentacleAddress, port: configuration.tentaclePort, options: configuration.tentacleOptions)
            return .tentacle(TentacleClient(configuration: tentacle, logger: logger))
        }
    }
}
