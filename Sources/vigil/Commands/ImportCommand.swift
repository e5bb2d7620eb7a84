import ArgumentParser

/// `vigil import`: bring asset trees and observations into the data directory.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import an asset tree (XLSX, CSV, JSON) or observations (CSV).",
        subcommands: [ImportAssetsCommand.self, ImportObservationsCommand.self]
    )
}
