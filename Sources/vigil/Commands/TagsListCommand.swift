import ArgumentParser
import VigilCore
import VigilStore

/// `vigil tags list`: every tag of the tree and every tag with data, with its data range.
struct TagsListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List tags with their asset, unit, limits and stored data (the default).",
        discussion: "Tags that have observations but are not in the asset tree are listed too, marked 'not in tree'.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "Only the tags under this asset.")
    var asset: String?

    @Flag(help: "Print the tags as a JSON array.")
    var json = false

    func run() async throws {
        let store = try DataDirectory(options: global, label: "vigil.tags").openStore(create: false)
        let rows = try await TagListing.rows(store: store, asset: asset.map { AssetID($0) })
        if json {
            try printJSON(rows)
            return
        }
        var table = TextTable(columns: ["ID", "NAME", "UNIT", "ASSET", "LIMITS", "POINTS", "FIRST", "LAST"])
        for row in rows {
            table.add([
                row.tag.id.rawValue, row.tag.name, row.tag.unit,
                row.inTree ? (row.tag.assetID?.rawValue ?? "") : "(not in tree)",
                row.tag.technicalLimits.isUnbounded ? "" : TagDescription.bounds(row.tag.technicalLimits),
                row.data.map { String($0.count) } ?? "0", row.data?.first.iso8601 ?? "", row.data?.last.iso8601 ?? "",
            ])
        }
        print(rows.isEmpty ? "(no tags: vigil import assets FILE, or vigil import observations FILE)" : table.rendered)
    }
}
