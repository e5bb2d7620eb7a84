import ArgumentParser
import VigilCore
import VigilStore

/// `vigil tags set ID …`: create a tag or change some of its fields.
struct TagsSetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Create a tag or change its fields; fields not given keep their value.",
        discussion: "Example: vigil tags set FT-101 --unit m3/h --asset pump-1 --lower-limit 0 --upper-limit 180")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The tag's id.")
    var id: String

    @Option(help: "Display name.") var name: String?
    @Option(help: "Free-text description.") var description: String?
    @Option(help: "Engineering unit.") var unit: String?
    @Option(help: "The asset the tag hangs under.") var asset: String?
    @Option(name: .customLong("lower-limit"), help: "Lower technical limit (blocking threshold).") var lowerLimit: Double?
    @Option(name: .customLong("upper-limit"), help: "Upper technical limit (blocking threshold).") var upperLimit: Double?
    @Option(name: .customLong("display-lower"), help: "Lower display bound.") var displayLower: Double?
    @Option(name: .customLong("display-upper"), help: "Upper display bound.") var displayUpper: Double?
    @Option(help: "Bias added to scaled raw values.") var bias: Double?
    @Option(help: "Multiplier applied to raw values.") var multiplier: Double?

    @Flag(name: .customLong("clear-limits"), help: "Remove both technical limits.")
    var clearLimits = false

    func run() async throws {
        let store = try DataDirectory(options: global, label: "vigil.tags").openStore(create: true)
        let tree = try await store.assetTree()
        var tag = tree.tag(TagID(id)) ?? Tag(id: TagID(id))
        if let name { tag.name = name }
        if let description { tag.description = description }
        if let unit { tag.unit = unit }
        if let asset { tag.assetID = asset.isEmpty ? nil : AssetID(asset) }
        if clearLimits { tag.technicalLimits = .unbounded }
        if let lowerLimit { tag.technicalLimits.lower = lowerLimit }
        if let upperLimit { tag.technicalLimits.upper = upperLimit }
        if let displayLower { tag.displayBounds.lower = displayLower }
        if let displayUpper { tag.displayBounds.upper = displayUpper }
        if let bias { tag.bias = bias }
        if let multiplier { tag.multiplier = multiplier }
        do {
            try await store.mergeIntoAssetTree(assets: [], tags: [tag])
        } catch let error as AssetTreeError {
            throw CommandFailure("\(error)")
        }
        if !global.quiet { print(TagDescription.line(for: tag)) }
    }
}
