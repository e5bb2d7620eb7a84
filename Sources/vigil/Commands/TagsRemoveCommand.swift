import ArgumentParser
import VigilCore
import VigilStore

/// `vigil tags remove ID`: remove a tag from the asset tree.
struct TagsRemoveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove", abstract: "Remove a tag from the asset tree (its observations are kept).")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The tag's id.")
    var id: String

    func run() async throws {
        let store = try DataDirectory(options: global, label: "vigil.tags").openStore(create: false)
        guard try await store.deleteTag(TagID(id)) else { throw CommandFailure("no tag '\(id)' in the asset tree") }
        if !global.quiet { print("tag '\(id)' removed") }
    }
}
