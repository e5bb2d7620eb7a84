import ArgumentParser
import VigilCore
import VigilStore

/// `vigil assets tree`: the asset tree with its tags, indented.
struct AssetsTreeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tree",
        abstract: "Print the asset tree with the tags under each asset (the default).")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Print only the subtree of this asset.")
    var asset: String?

    @Flag(name: .customLong("no-tags"), help: "Leave the tags out.")
    var noTags = false

    func run() async throws {
        let tree = try await DataDirectory(options: global, label: "vigil.assets").openStore(create: false).assetTree()
        let roots: [Asset]
        if let asset {
            guard let node = tree.asset(AssetID(asset)) else { throw CommandFailure("no asset '\(asset)' in the tree") }
            roots = [node]
        } else {
            roots = tree.roots
        }
        var lines: [String] = []
        for root in roots { render(root, in: tree, depth: 0, into: &lines) }
        if asset == nil && !noTags {
            let unplaced = tree.tags.filter { $0.assetID == nil }
            if !unplaced.isEmpty {
                lines.append("(tags without an asset)")
                lines += unplaced.map { "  · " + TagDescription.line(for: $0) }
            }
        }
        if lines.isEmpty { lines = ["(the asset tree is empty: vigil import assets FILE)"] }
        print(lines.joined(separator: "\n"))
    }

    private func render(_ asset: Asset, in tree: AssetTree, depth: Int, into lines: inout [String]) {
        let indent = String(repeating: "  ", count: depth)
        let title = asset.name == asset.id.rawValue ? asset.id.rawValue : "\(asset.id.rawValue)  \(asset.name)"
        lines.append(indent + title)
        if !noTags {
            lines += tree.tags(under: asset.id).map { indent + "  · " + TagDescription.line(for: $0) }
        }
        for child in tree.children(of: asset.id) {
            render(child, in: tree, depth: depth + 1, into: &lines)
        }
    }
}
