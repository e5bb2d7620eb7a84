import VigilCore
import VigilStore

/// A tag as listed by `vigil tags`: its definition and what the store holds of it.
struct TagListing: Encodable {
    let tag: Tag
    /// Whether the tag is in the asset tree (otherwise it only has observations).
    let inTree: Bool
    /// Stored observations, when there are any.
    let data: SeriesSummary?

    /// Tags of the tree (optionally under one asset) followed by tags that only have data.
    static func rows(store: some DataStore, asset: AssetID?) async throws -> [TagListing] {
        let tree = try await store.assetTree()
        var summaries: [TagID: SeriesSummary] = [:]
        for summary in try await store.seriesSummaries() { summaries[summary.tag] = summary }
        if let asset {
            guard tree.asset(asset) != nil else { throw CommandFailure("no asset '\(asset)' in the tree") }
            return tree.tags(under: asset).map { TagListing(tag: $0, inTree: true, data: summaries[$0.id]) }
        }
        var rows = tree.tags.map { TagListing(tag: $0, inTree: true, data: summaries[$0.id]) }
        let orphans = summaries.values.filter { tree.tag($0.tag) == nil }.sorted { $0.tag < $1.tag }
        rows += orphans.map { TagListing(tag: Tag(id: $0.tag), inTree: false, data: $0) }
        return rows
    }
}
