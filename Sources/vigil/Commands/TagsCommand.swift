import ArgumentParser

/// `vigil tags`: look at and edit tags.
struct TagsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tags",
        abstract: "List, show and edit tags.",
        subcommands: [TagsListCommand.self, TagsShowCommand.self, TagsSetCommand.self, TagsRemoveCommand.self],
        defaultSubcommand: TagsListCommand.self
    )
}
