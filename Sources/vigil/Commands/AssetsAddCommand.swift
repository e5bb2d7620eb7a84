import ArgumentParser
import VigilCore
import VigilStore

/// `vigil assets add ID`: add an asset, or change one.
struct AssetsAddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add an asset to the tree, or update the one with this id.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The asset's id.")
    var id: String

    @Option(help: "Display name (default: the id).")
    var name: String?

    @Option(help: "The parent asset's id (default: a root).")
    var parent: String?

    @Option(help: "Free-text description.")
    var description: String = ""

    func run() async throws {
        let store = try DataDirectory(options: global, label: "vigil.assets").openStore(create: true)
        let asset = Asset(id: AssetID(id), name: name, description: description, parentID: parent.map { AssetID($0) })
        do {
            try await store.mergeIntoAssetTree(assets: [asset], tags: [])
        } catch let error as AssetTreeError {
            throw CommandFailure("\(error)")
        }
        if !global.quiet { print("asset '\(id)' saved") }
    }
}
