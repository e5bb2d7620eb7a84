import ArgumentParser

/// `vigil export`: write the asset tree or observations to files.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the asset tree (XLSX, CSV, JSON) or observations (CSV).",
        subcommands: [ExportAssetsCommand.self, ExportObservationsCommand.self]
    )
}
