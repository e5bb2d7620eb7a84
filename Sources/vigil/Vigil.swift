import ArgumentParser

/// The `vigil` command line: anomaly detection for telemetry, logs and event streams.
@main
struct Vigil: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vigil",
        abstract: "Self-hosted anomaly detection for telemetry, logs and event streams.",
        discussion: """
            Data lives in a directory (default ./vigil-data; --data-dir or VIGIL_DATA_DIR to change it)
            holding one SQLite file. Every command works on that directory; no server is needed.
            """,
        version: VigilVersion.current,
        subcommands: [ImportCommand.self, ExportCommand.self, AssetsCommand.self, TagsCommand.self, DetectCommand.self, BenchCommand.self]
    )
}
