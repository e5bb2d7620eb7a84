import ArgumentParser
import VigilCore
import VigilStore

/// `vigil assets remove ID`: remove an asset with everything under it.
struct AssetsRemoveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove", abstract: "Remove an asset with its descendants and their tags (observations are kept).")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The asset's id.")
    var id: String

    func run() async throws {
        let store = try DataDirectory(options: global, label: "vigil.assets").openStore(create: false)
        let removed = try await store.deleteAsset(AssetID(id))
        guard !removed.isEmpty else { throw CommandFailure("no asset '\(id)' in the tree") }
        if !global.quiet { print("removed \(removed.count) asset(s): \(removed.map(\.rawValue).joined(separator: ", "))") }
    }
}
