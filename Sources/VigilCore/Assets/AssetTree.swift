/// The hierarchy of assets with the tags hanging under them, validated on construction.
///
/// Invariants: asset and tag ids are unique and not empty, every parent exists, following parents
/// never cycles, and every tag's asset exists. Order of insertion is kept, so exports round-trip.
///
/// ```swift
/// let tree = try AssetTree(
///     assets: [Asset(id: "plant"), Asset(id: "pump-1", parentID: "plant")],
///     tags: [Tag(id: "FT-101", assetID: "pump-1")])
/// tree.path(to: "pump-1").map(\.id)   // ["plant", "pump-1"]
/// ```
public struct AssetTree: Hashable, Sendable, Codable {
    /// Every asset, parents before children where the input allowed it.
    public private(set) var assets: [Asset]
    /// Every tag.
    public private(set) var tags: [Tag]

    private var assetIndex: [AssetID: Int]
    private var tagIndex: [TagID: Int]

    /// An empty tree.
    public init() {
        self.assets = []
        self.tags = []
        self.assetIndex = [:]
        self.tagIndex = [:]
    }

    /// Builds and validates a tree.
    /// - Throws: ``AssetTreeError`` naming the first offending id.
    public init(assets: [Asset], tags: [Tag]) throws {
        self.assets = assets
        self.tags = tags
        self.assetIndex = [:]
        self.tagIndex = [:]
        try rebuildIndexes()
        try validate()
    }

    private enum CodingKeys: String, CodingKey { case assets, tags }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            assets: container.decodeIfPresent([Asset].self, forKey: .assets) ?? [],
            tags: container.decodeIfPresent([Tag].self, forKey: .tags) ?? [])
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(assets, forKey: .assets)
        try container.encode(tags, forKey: .tags)
    }

    public static func == (lhs: AssetTree, rhs: AssetTree) -> Bool {
        lhs.assets == rhs.assets && lhs.tags == rhs.tags
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(assets)
        hasher.combine(tags)
    }

    /// The asset with this id.
    public func asset(_ id: AssetID) -> Asset? {
        assetIndex[id].map { assets[$0] }
    }

    /// The tag with this id.
    public func tag(_ id: TagID) -> Tag? {
        tagIndex[id].map { tags[$0] }
    }

    /// Assets without a parent.
    public var roots: [Asset] { assets.filter { $0.parentID == nil } }

    /// The direct children of an asset.
    public func children(of id: AssetID) -> [Asset] {
        assets.filter { $0.parentID == id }
    }

    /// Tags hanging directly under an asset.
    public func tags(under id: AssetID) -> [Tag] {
        tags.filter { $0.assetID == id }
    }

    /// The assets from the root down to `id` (inclusive); empty when `id` is unknown.
    public func path(to id: AssetID) -> [Asset] {
        var path: [Asset] = []
        var current = asset(id)
        while let node = current {
            path.append(node)
            current = node.parentID.flatMap(asset)
        }
        return path.reversed()
    }

    /// Adds or replaces assets and tags (matched by id), then validates the result.
    /// - Throws: ``AssetTreeError``; the tree is unchanged when it throws.
    public mutating func merge(assets newAssets: [Asset], tags newTags: [Tag]) throws {
        var copy = self
        for asset in newAssets {
            if let index = copy.assetIndex[asset.id] {
                copy.assets[index] = asset
            } else {
                copy.assetIndex[asset.id] = copy.assets.count
                copy.assets.append(asset)
            }
        }
        for tag in newTags {
            if let index = copy.tagIndex[tag.id] {
                copy.tags[index] = tag
            } else {
                copy.tagIndex[tag.id] = copy.tags.count
                copy.tags.append(tag)
            }
        }
        try copy.rebuildIndexes()
        try copy.validate()
        self = copy
    }

    /// Removes a tag. - Returns: whether it was there.
    @discardableResult
    public mutating func removeTag(_ id: TagID) -> Bool {
        guard tagIndex[id] != nil else { return false }
        tags.removeAll { $0.id == id }
        try? rebuildIndexes()
        return true
    }

    /// Removes an asset with all its descendants and their tags.
    /// - Returns: the ids of the removed assets.
    @discardableResult
    public mutating func removeAsset(_ id: AssetID) -> [AssetID] {
        guard assetIndex[id] != nil else { return [] }
        var removed: Set<AssetID> = [id]
        var frontier = [id]
        while let next = frontier.popLast() {
            for child in children(of: next) where removed.insert(child.id).inserted {
                frontier.append(child.id)
            }
        }
        assets.removeAll { removed.contains($0.id) }
        tags.removeAll { $0.assetID.map(removed.contains) ?? false }
        try? rebuildIndexes()
        return Array(removed).sorted()
    }

    private mutating func rebuildIndexes() throws {
        assetIndex = [:]
        tagIndex = [:]
        for (index, asset) in assets.enumerated() {
            guard !asset.id.rawValue.allSatisfy(\.isWhitespace) else { throw AssetTreeError.emptyIdentifier("an asset") }
            guard assetIndex.updateValue(index, forKey: asset.id) == nil else { throw AssetTreeError.duplicateAsset(asset.id) }
        }
        for (index, tag) in tags.enumerated() {
            guard !tag.id.rawValue.allSatisfy(\.isWhitespace) else { throw AssetTreeError.emptyIdentifier("a tag") }
            guard tagIndex.updateValue(index, forKey: tag.id) == nil else { throw AssetTreeError.duplicateTag(tag.id) }
        }
    }

    private func validate() throws {
        for asset in assets {
            if let parent = asset.parentID, assetIndex[parent] == nil {
                throw AssetTreeError.unknownParent(asset: asset.id, parent: parent)
            }
        }
        var settled: Set<AssetID> = []
        for asset in assets where !settled.contains(asset.id) {
            var chain: [AssetID] = []
            var seen: Set<AssetID> = []
            var current: AssetID? = asset.id
            while let id = current, !settled.contains(id) {
                guard seen.insert(id).inserted else {
                    let start = chain.firstIndex(of: id)!
                    throw AssetTreeError.cycle(Array(chain[start...]) + [id])
                }
                chain.append(id)
                current = assets[assetIndex[id]!].parentID
            }
            settled.formUnion(chain)
        }
        for tag in tags {
            if let owner = tag.assetID, assetIndex[owner] == nil {
                throw AssetTreeError.unknownAsset(tag: tag.id, asset: owner)
            }
        }
    }
}
