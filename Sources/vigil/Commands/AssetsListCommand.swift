import ArgumentParser
import VigilCore
import VigilStore

/// `vigil assets list`: one line per asset, or JSON.
struct AssetsListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the assets, one per line.")

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print the assets as a JSON array.")
    var json = false

    func run() async throws {
        let tree = try await DataDirectory(options: global, label: "vigil.assets").openStore(create: false).assetTree()
        if json {
            try printJSON(tree.assets)
            return
        }
        var table = TextTable(columns: ["ID", "NAME", "PARENT", "TAGS"])
        for asset in tree.assets {
            table.add([asset.id.rawValue, asset.name, asset.parentID?.rawValue ?? "", String(tree.tags(under: asset.id).count)])
        }
        print(table.rendered)
    }
}
