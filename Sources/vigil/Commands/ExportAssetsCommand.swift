import ArgumentParser
import VigilCore
import VigilFormats
import VigilStore

/// `vigil export assets FILE`: write the asset tree as XLSX, CSV or JSON.
struct ExportAssetsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assets",
        abstract: "Export the asset tree (assets and tags) to an XLSX, CSV or JSON file.",
        discussion: "The layout is the one `vigil import assets` reads (docs/formats.md)."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The file to write (.xlsx, .csv or .json).")
    var file: String

    @Option(help: "The format, when the extension does not say: xlsx, csv or json.")
    var format: AssetTreeFormat?

    func run() async throws {
        let store = try DataDirectory(options: global, label: "vigil.export").openStore(create: false)
        let tree = try await store.assetTree()
        do {
            try tree.write(to: file, format: format)
        } catch {
            throw CommandFailure("\(error)")
        }
        if !global.quiet {
            print("exported \(tree.assets.count) assets and \(tree.tags.count) tags to \(file)")
        }
    }
}
