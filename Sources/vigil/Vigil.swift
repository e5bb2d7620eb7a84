import ArgumentParser
import Foundation

/// The `vigil` command line: anomaly detection for telemetry, logs and event streams.
@main
struct Vigil: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vigil",
        abstract: "Self-hosted anomaly detection for telemetry, logs and event streams.",
        discussion: """
            Data lives in a directory (default ./vigil-data; --data-dir or VIGIL_DATA_DIR to change it) holding one SQLite file. Every command works on that directory; no server is needed.
            """,
        version: VigilVersion.current,
        subcommands: [
            ImportCommand.self, ExportCommand.self, AssetsCommand.self, TagsCommand.self, DetectCommand.self, BenchCommand.self,
            PandoraTFAnomalyCommand.self,
        ]
    )

    /// Runs the command; for the Pandora server plugin, a failure also prints `0` on standard output,
    /// the value Pandora shows for a plugin that could not do its work.
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        do {
            var command = try parseAsRoot(arguments)
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            if arguments.first == PandoraTFAnomalyCommand.configuration.commandName && exitCode(for: error) != .success {
                print("0")
            }
            exit(withError: error)
        }
    }
}
