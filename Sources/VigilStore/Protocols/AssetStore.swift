public import VigilCore

/// Keeps the asset tree: assets and the tags hanging under them.
///
/// Every change is validated as a whole tree (``AssetTree``'s invariants) and is atomic: when a
/// method throws, the stored tree is unchanged. Deleting tags or assets keeps their observations.
public protocol AssetStore: Sendable {
    /// The whole tree, in stored order.
    func assetTree() async throws -> AssetTree

    /// Replaces the whole tree.
    func replaceAssetTree(_ tree: AssetTree) async throws

    /// Adds or replaces assets and tags (matched by id) in the tree.
    /// - Returns: the tree after the merge.
    /// - Throws: ``AssetTreeError`` when the result would not be a valid tree.
    @discardableResult
    func mergeIntoAssetTree(assets: [Asset], tags: [Tag]) async throws -> AssetTree

    /// Adds or replaces one tag.
    /// - Throws: ``AssetTreeError`` when the tag names an asset that is not in the tree.
    func upsertTag(_ tag: Tag) async throws

    /// Removes one tag. - Returns: whether it was there.
    @discardableResult
    func deleteTag(_ id: TagID) async throws -> Bool

    /// Removes an asset with all its descendants and their tags.
    /// - Returns: the ids of the removed assets, sorted (empty when the asset was not there).
    @discardableResult
    func deleteAsset(_ id: AssetID) async throws -> [AssetID]
}
