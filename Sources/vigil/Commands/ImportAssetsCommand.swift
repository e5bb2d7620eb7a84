import ArgumentParser
import Foundation
import VigilCore
import VigilFormats
import VigilStore

/// `vigil import assets FILE`: merge (or replace) the asset tree from an XLSX, CSV or JSON file.
struct ImportAssetsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assets",
        abstract: "Import an asset tree (assets and tags) from an XLSX, CSV or JSON file.",
        discussion: """
            Assets and tags are matched by id: new ones are added, existing ones replaced. With --replace
            the file becomes the whole tree. The file's layout is described in docs/formats.md.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The file to import (.xlsx, .csv or .json).")
    var file: String

    @Option(help: "The file's format, when its extension does not say: xlsx, csv or json.")
    var format: AssetTreeFormat?

    @Flag(help: "Replace the whole asset tree instead of merging into it.")
    var replace = false

    func run() async throws {
        let document: AssetTreeDocument
        do {
            document = try AssetTreeDocument(contentsOf: file, format: format)
        } catch {
            throw CommandFailure("\(error)")
        }
        let store = try DataDirectory(options: global, label: "vigil.import").openStore(create: true)
        let base = replace ? AssetTree() : try await store.assetTree()
        let tree: AssetTree
        do {
            tree = try document.tree(mergingInto: base)
        } catch {
            throw CommandFailure("\(error)")
        }
        try await store.replaceAssetTree(tree)
        if !global.quiet {
            print(
                "imported \(document.assets.count) assets and \(document.tags.count) tags from \(file); "
                    + "the tree now has \(tree.assets.count) assets and \(tree.tags.count) tags")
        }
    }
}
