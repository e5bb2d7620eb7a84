import ArgumentParser

/// `vigil assets`: look at and edit the asset tree.
struct AssetsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assets",
        abstract: "Show and edit the asset tree.",
        subcommands: [AssetsTreeCommand.self, AssetsListCommand.self, AssetsAddCommand.self, AssetsRemoveCommand.self],
        defaultSubcommand: AssetsTreeCommand.self
    )
}
