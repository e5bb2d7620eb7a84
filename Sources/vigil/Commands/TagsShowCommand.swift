import ArgumentParser
import VigilCore
import VigilStore

/// `vigil tags show ID`: everything about one tag.
struct TagsShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one tag's definition and stored data.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The tag's id.")
    var id: String

    @Flag(help: "Print as JSON.")
    var json = false

    func run() async throws {
        let store = try DataDirectory(options: global, label: "vigil.tags").openStore(create: false)
        guard let row = try await TagListing.rows(store: store, asset: nil).first(where: { $0.tag.id.rawValue == id }) else {
            throw CommandFailure("no tag '\(id)' in the tree or in the stored observations")
        }
        if json {
            try printJSON(row)
            return
        }
        let tag = row.tag
        var lines = [
            "id:               \(tag.id)",
            "name:             \(tag.name)",
            "description:      \(tag.description)",
            "unit:             \(tag.unit)",
            "asset:            \(row.inTree ? (tag.assetID?.rawValue ?? "(none)") : "(not in the asset tree)")",
            "technical limits: \(TagDescription.bounds(tag.technicalLimits))",
            "display bounds:   \(TagDescription.bounds(tag.displayBounds))",
            "scaling:          value = raw × \(TagDescription.number(tag.multiplier)) + \(TagDescription.number(tag.bias))",
        ]
        if let data = row.data {
            lines.append("observations:     \(data.count) from \(data.first.iso8601) to \(data.last.iso8601)")
        } else {
            lines.append("observations:     none")
        }
        print(lines.joined(separator: "\n"))
    }
}
