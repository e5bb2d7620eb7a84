import Testing
import VigilCore
import VigilStore

@Suite("Asset store contract")
struct AssetStoreContractTests {
    @Test("a new store has an empty tree; a replaced tree reads back in order", arguments: StoreKind.allCases)
    func replace(kind: StoreKind) async throws {
        try await kind.withStore { store in
            #expect(try await store.assetTree() == AssetTree())
            try await store.replaceAssetTree(Fixtures.tree)
            let read = try await store.assetTree()
            #expect(read == Fixtures.tree)
            #expect(read.assets.map(\.id) == Fixtures.tree.assets.map(\.id))
            try await store.replaceAssetTree(AssetTree(assets: [Asset(id: "other")], tags: []))
            #expect(try await store.assetTree().assets.map(\.id) == ["other"])
        }
    }

    @Test("merging upserts by id and validates the whole tree", arguments: StoreKind.allCases)
    func merge(kind: StoreKind) async throws {
        try await kind.withStore { store in
            try await store.replaceAssetTree(Fixtures.tree)
            let merged = try await store.mergeIntoAssetTree(
                assets: [Asset(id: "pump-3", parentID: "line"), Asset(id: "line", name: "Line A", parentID: "plant")],
                tags: [Tag(id: "FT-101", name: "Flow renamed", assetID: "pump-1"), Tag(id: "LT-301", assetID: "pump-3")])
            #expect(try await store.assetTree() == merged)
            #expect(merged.asset("line")?.name == "Line A")
            #expect(merged.tag("FT-101")?.name == "Flow renamed")
            #expect(merged.tags.map(\.id) == ["FT-101", "PT-101", "TT-201", "LT-301"])

            await #expect(throws: AssetTreeError.unknownAsset(tag: "X", asset: "nowhere")) {
                try await store.mergeIntoAssetTree(assets: [Asset(id: "fine")], tags: [Tag(id: "X", assetID: "nowhere")])
            }
            await #expect(throws: AssetTreeError.self) {
                try await store.mergeIntoAssetTree(assets: [Asset(id: "plant", parentID: "pump-1")], tags: [])
            }
            #expect(try await store.assetTree() == merged, "a rejected merge changes nothing")
        }
    }

    @Test("tags are upserted and deleted one at a time", arguments: StoreKind.allCases)
    func tags(kind: StoreKind) async throws {
        try await kind.withStore { store in
            try await store.replaceAssetTree(Fixtures.tree)
            try await store.upsertTag(Tag(id: "NEW", unit: "rpm", assetID: "pump-2"))
            try await store.upsertTag(Tag(id: "PT-101", unit: "kPa", assetID: "pump-2"))
            var tree = try await store.assetTree()
            #expect(tree.tag("NEW")?.unit == "rpm")
            #expect(tree.tag("PT-101")?.unit == "kPa")
            #expect(tree.tag("PT-101")?.assetID == "pump-2")

            await #expect(throws: AssetTreeError.self) { try await store.upsertTag(Tag(id: "BAD", assetID: "missing")) }

            #expect(try await store.deleteTag("PT-101"))
            #expect(try await store.deleteTag("PT-101") == false)
            try await store.upsertTag(Tag(id: "LAST"))
            tree = try await store.assetTree()
            #expect(tree.tags.map(\.id) == ["FT-101", "TT-201", "NEW", "LAST"], "order survives deletions and additions")
        }
    }

    @Test("deleting an asset removes its subtree and the tags under it", arguments: StoreKind.allCases)
    func deleteSubtree(kind: StoreKind) async throws {
        try await kind.withStore { store in
            try await store.replaceAssetTree(Fixtures.tree)
            let removed = try await store.deleteAsset("line")
            #expect(removed == ["line", "pump-1", "pump-2"])
            let tree = try await store.assetTree()
            #expect(tree.assets.map(\.id) == ["plant"])
            #expect(tree.tags.isEmpty)
            #expect(try await store.deleteAsset("line") == [])
        }
    }
}
