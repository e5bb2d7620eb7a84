public import VigilCore

/// The assets and tags read from an asset-tree file, each with the place it came from, before
/// they are validated as a tree.
///
/// Reading checks each row (ids present, numbers numeric, no id twice); ``tree(mergingInto:)``
/// then checks the tree (parents and assets exist, no cycles) and names the row of the first
/// offender. Merging into the tree already in the store lets a file carry only some assets or
/// only tags.
///
/// ```swift
/// let document = try AssetTreeDocument(contentsOf: "plant.xlsx")
/// let tree = try document.tree(mergingInto: store.assetTree())
/// ```
public struct AssetTreeDocument: Hashable, Sendable {
    /// The file name (or source name) errors mention.
    public let source: String
    /// The assets, in file order.
    public private(set) var assets: [Asset] = []
    /// The tags, in file order.
    public private(set) var tags: [Tag] = []
    /// Headers that name no known column (`Sheet: Header` for XLSX); their cells were ignored.
    public internal(set) var ignoredColumns: [String] = []

    private var assetLocations: [AssetID: AssetTreeLocation] = [:]
    private var tagLocations: [TagID: AssetTreeLocation] = [:]

    /// An empty document.
    public init(source: String) {
        self.source = source
    }

    /// Where an asset was read.
    public func location(of asset: AssetID) -> AssetTreeLocation? {
        assetLocations[asset]
    }

    /// Where a tag was read.
    public func location(of tag: TagID) -> AssetTreeLocation? {
        tagLocations[tag]
    }

    /// Adds an asset read at `location`.
    /// - Throws: ``AssetTreeFormatError`` with ``VigilCore/AssetTreeError/duplicateAsset(_:)`` when
    ///   the id was read before.
    public mutating func add(_ asset: Asset, at location: AssetTreeLocation) throws(AssetTreeFormatError) {
        guard assetLocations.updateValue(location, forKey: asset.id) == nil else {
            throw AssetTreeFormatError(location: location, reason: .tree(.duplicateAsset(asset.id)))
        }
        assets.append(asset)
    }

    /// Adds a tag read at `location`.
    /// - Throws: ``AssetTreeFormatError`` with ``VigilCore/AssetTreeError/duplicateTag(_:)`` when
    ///   the id was read before.
    public mutating func add(_ tag: Tag, at location: AssetTreeLocation) throws(AssetTreeFormatError) {
        guard tagLocations.updateValue(location, forKey: tag.id) == nil else {
            throw AssetTreeFormatError(location: location, reason: .tree(.duplicateTag(tag.id)))
        }
        tags.append(tag)
    }

    /// The tree made of `base` with this document's assets and tags added or replacing theirs
    /// (matched by id).
    /// - Parameter base: the tree to merge into; empty to take the file alone.
    /// - Throws: ``AssetTreeFormatError`` wrapping the ``VigilCore/AssetTreeError``, located at the
    ///   row of the asset or tag concerned.
    public func tree(mergingInto base: AssetTree = AssetTree()) throws(AssetTreeFormatError) -> AssetTree {
        var tree = base
        do {
            try tree.merge(assets: assets, tags: tags)
        } catch let error as AssetTreeError {
            throw AssetTreeFormatError(location: location(of: error), reason: .tree(error))
        } catch {
            preconditionFailure("AssetTree.merge throws only AssetTreeError, not \(error)")
        }
        return tree
    }

    private func location(of error: AssetTreeError) -> AssetTreeLocation {
        let found: AssetTreeLocation? =
            switch error {
            case .duplicateAsset(let id): assetLocations[id]
            case .duplicateTag(let id): tagLocations[id]
            case .unknownParent(let asset, _): assetLocations[asset]
            case .unknownAsset(let tag, _): tagLocations[tag]
            case .cycle(let path): path.lazy.compactMap { assetLocations[$0] }.first
            case .emptyIdentifier: nil
            }
        return found ?? AssetTreeLocation(file: source)
    }
}
