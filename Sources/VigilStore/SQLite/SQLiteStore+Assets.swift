import GRDB
public import VigilCore

extension SQLiteStore {
    /// The whole tree, in stored order.
    public func assetTree() async throws -> AssetTree {
        try await writer.read { db in try Self.loadTree(db).tree }
    }

    /// Replaces the whole tree.
    public func replaceAssetTree(_ tree: AssetTree) async throws {
        try await writer.write { db in
            try db.execute(sql: "DELETE FROM asset; DELETE FROM tag")
            for (position, asset) in tree.assets.enumerated() { try AssetRecord(asset, position: position).insert(db) }
            for (position, tag) in tree.tags.enumerated() { try TagRecord(tag, position: position).insert(db) }
        }
    }

    /// Adds or replaces assets and tags by id; throws ``AssetTreeError`` and changes nothing when the result is invalid.
    @discardableResult
    public func mergeIntoAssetTree(assets: [Asset], tags: [Tag]) async throws -> AssetTree {
        try await writer.write { db in
            let stored = try Self.loadTree(db)
            var tree = stored.tree
            try tree.merge(assets: assets, tags: tags)
            var next = stored.nextPosition
            for asset in assets {
                let position = stored.assetPositions[asset.id.rawValue] ?? next
                if position == next { next += 1 }
                try AssetRecord(asset, position: position).save(db)
            }
            for tag in tags {
                let position = stored.tagPositions[tag.id.rawValue] ?? next
                if position == next { next += 1 }
                try TagRecord(tag, position: position).save(db)
            }
            return tree
        }
    }

    /// Adds or replaces one tag; throws ``AssetTreeError`` when its asset is unknown.
    public func upsertTag(_ tag: Tag) async throws {
        try await mergeIntoAssetTree(assets: [], tags: [tag])
    }

    /// Removes one tag (its observations stay); returns whether it was there.
    @discardableResult
    public func deleteTag(_ id: TagID) async throws -> Bool {
        try await writer.write { db in try TagRecord.deleteOne(db, key: id.rawValue) }
    }

    /// Removes an asset, its descendants and their tags; returns the removed asset ids, sorted.
    @discardableResult
    public func deleteAsset(_ id: AssetID) async throws -> [AssetID] {
        try await writer.write { db in
            var tree = try Self.loadTree(db).tree
            let removed = tree.removeAsset(id)
            let names = removed.map(\.rawValue)
            guard !names.isEmpty else { return [] }
            let placeholders = Array(repeating: "?", count: names.count).joined(separator: ", ")
            try db.execute(sql: "DELETE FROM tag WHERE asset_id IN (\(placeholders))", arguments: StatementArguments(names))
            try db.execute(sql: "DELETE FROM asset WHERE id IN (\(placeholders))", arguments: StatementArguments(names))
            return removed
        }
    }

    /// The stored tree, the stored sort positions, and the next free position.
    private static func loadTree(
        _ db: Database
    ) throws -> (tree: AssetTree, assetPositions: [String: Int], tagPositions: [String: Int], nextPosition: Int) {
        let assets = try AssetRecord.fetchAll(db, sql: "SELECT * FROM asset ORDER BY position, id")
        let tags = try TagRecord.fetchAll(db, sql: "SELECT * FROM tag ORDER BY position, id")
        let tree = try AssetTree(assets: assets.map(\.asset), tags: tags.map(\.tag))
        let next = max(assets.map(\.position).max() ?? -1, tags.map(\.position).max() ?? -1) + 1
        return (
            tree, Dictionary(uniqueKeysWithValues: assets.map { ($0.id, $0.position) }),
            Dictionary(uniqueKeysWithValues: tags.map { ($0.id, $0.position) }), next
        )
    }
}
