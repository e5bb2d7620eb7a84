/// Why a set of assets and tags does not form a valid tree.
public enum AssetTreeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Two assets share an id.
    case duplicateAsset(AssetID)
    /// Two tags share an id.
    case duplicateTag(TagID)
    /// An asset names a parent that is not in the tree.
    case unknownParent(asset: AssetID, parent: AssetID)
    /// A tag names an asset that is not in the tree.
    case unknownAsset(tag: TagID, asset: AssetID)
    /// Following parents from this asset leads back to it.
    case cycle([AssetID])
    /// An id is empty or only white space.
    case emptyIdentifier(String)

    public var description: String {
        switch self {
        case .duplicateAsset(let id): "asset id '\(id)' is used more than once"
        case .duplicateTag(let id): "tag id '\(id)' is used more than once"
        case .unknownParent(let asset, let parent): "asset '\(asset)' names parent '\(parent)', which is not in the tree"
        case .unknownAsset(let tag, let asset): "tag '\(tag)' hangs under asset '\(asset)', which is not in the tree"
        case .cycle(let path): "assets form a cycle: \(path.map(\.rawValue).joined(separator: " → "))"
        case .emptyIdentifier(let what): "\(what) has an empty id"
        }
    }
}
