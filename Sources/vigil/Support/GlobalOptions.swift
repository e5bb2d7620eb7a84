import ArgumentParser
import Foundation
import Logging

/// Options every command that touches the data directory takes.
struct GlobalOptions: ParsableArguments {
    @Option(
        name: .customLong("data-dir"),
        help: ArgumentHelp(
            "The data directory (default: $VIGIL_DATA_DIR, else ./vigil-data).",
            valueName: "dir"))
    var dataDirectory: String?

    @Option(name: .customLong("log-level"), help: "Log verbosity: trace, debug, info, notice, warning, error, critical.")
    var logLevel: Logger.Level = .warning

    @Flag(name: .shortAndLong, help: "Print no progress output.")
    var quiet = false

    /// The data directory to use, from the flag, then the environment, then the default.
    var resolvedDataDirectory: URL {
        let path = dataDirectory ?? ProcessInfo.processInfo.environment["VIGIL_DATA_DIR"] ?? "vigil-data"
        return URL(fileURLWithPath: path, isDirectory: true).standardizedFileURL
    }

    /// Sets up logging once for the process and returns the command's logger.
    func makeLogger(label: String) -> Logger {
        LoggingBootstrap.once(level: logLevel)
        return Logger(label: label)
    }
}
