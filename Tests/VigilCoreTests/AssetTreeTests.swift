import Foundation
import Testing

@testable import VigilCore

/// Validation, queries, edits and coding of the asset tree.
struct AssetTreeTests {
    static let assets = [
        Asset(id: "plant"), Asset(id: "line-1", parentID: "plant"), Asset(id: "pump-1", parentID: "line-1"),
        Asset(id: "pump-2", parentID: "line-1"), Asset(id: "office"),
    ]
    static let tags = [Tag(id: "FT-101", assetID: "pump-1"), Tag(id: "PT-101", assetID: "pump-1"), Tag(id: "TT-201", assetID: "pump-2")]

    @Test func queriesAValidTree() throws {
        let tree = try AssetTree(assets: Self.assets, tags: Self.tags)
        #expect(tree.roots.map(\.id) == ["plant", "office"])
        #expect(tree.children(of: "line-1").map(\.id) == ["pump-1", "pump-2"])
        #expect(tree.path(to: "pump-2").map(\.id) == ["plant", "line-1", "pump-2"])
        #expect(tree.path(to: "nowhere").isEmpty)
        #expect(tree.tags(under: "pump-1").map(\.id) == ["FT-101", "PT-101"])
        #expect(tree.asset("pump-1")?.parentID == "line-1")
        #expect(tree.tag("TT-201")?.assetID == "pump-2")
        #expect(tree.tag("XX") == nil)
        #expect(AssetTree().assets.isEmpty)
    }

    @Test func rejectsDuplicateIds() {
        #expect(throws: AssetTreeError.duplicateAsset("plant")) { try AssetTree(assets: [Asset(id: "plant"), Asset(id: "plant")], tags: []) }
        #expect(throws: AssetTreeError.duplicateTag("T")) { try AssetTree(assets: [], tags: [Tag(id: "T"), Tag(id: "T")]) }
    }

    @Test func rejectsUnknownParentsAndAssets() {
        #expect(throws: AssetTreeError.unknownParent(asset: "pump", parent: "line")) {
            try AssetTree(assets: [Asset(id: "pump", parentID: "line")], tags: [])
        }
        #expect(throws: AssetTreeError.unknownAsset(tag: "T", asset: "pump")) { try AssetTree(assets: [], tags: [Tag(id: "T", assetID: "pump")]) }
    }

    @Test func rejectsCycles() {
        #expect(throws: AssetTreeError.cycle(["a", "c", "b", "a"])) {
            try AssetTree(assets: [Asset(id: "a", parentID: "c"), Asset(id: "b", parentID: "a"), Asset(id: "c", parentID: "b")], tags: [])
        }
        #expect(throws: AssetTreeError.cycle(["self", "self"])) { try AssetTree(assets: [Asset(id: "self", parentID: "self")], tags: []) }
        #expect(AssetTreeError.cycle(["a", "b", "a"]).description == "assets form a cycle: a → b → a")
    }

    @Test func rejectsEmptyIds() {
        #expect(throws: AssetTreeError.emptyIdentifier("an asset")) { try AssetTree(assets: [Asset(id: " ")], tags: []) }
        #expect(throws: AssetTreeError.emptyIdentifier("a tag")) { try AssetTree(assets: [], tags: [Tag(id: "")]) }
    }

    @Test func mergeAddsAndReplacesById() throws {
        var tree = try AssetTree(assets: Self.assets, tags: Self.tags)
        try tree.merge(
            assets: [Asset(id: "pump-2", name: "Spare pump", parentID: "plant"), Asset(id: "pump-3", parentID: "line-1")],
            tags: [Tag(id: "FT-101", unit: "m3/h", assetID: "pump-3")])
        #expect(tree.asset("pump-2")?.name == "Spare pump")
        #expect(tree.path(to: "pump-2").map(\.id) == ["plant", "pump-2"])
        #expect(tree.assets.map(\.id) == ["plant", "line-1", "pump-1", "pump-2", "office", "pump-3"])
        #expect(tree.tag("FT-101")?.assetID == "pump-3")
        #expect(tree.tags.count == 3)
    }

    @Test func aFailedMergeLeavesTheTreeUnchanged() throws {
        let original = try AssetTree(assets: Self.assets, tags: Self.tags)
        var tree = original
        #expect(throws: AssetTreeError.cycle(["plant", "pump-1", "line-1", "plant"])) {
            try tree.merge(assets: [Asset(id: "plant", parentID: "pump-1")], tags: [])
        }
        #expect(throws: AssetTreeError.unknownAsset(tag: "X", asset: "ghost")) { try tree.merge(assets: [], tags: [Tag(id: "X", assetID: "ghost")]) }
        #expect(throws: AssetTreeError.emptyIdentifier("an asset")) { try tree.merge(assets: [Asset(id: "")], tags: []) }
        #expect(tree == original)
    }

    @Test func removingAnAssetRemovesItsSubtreeAndTags() throws {
        var tree = try AssetTree(assets: Self.assets, tags: Self.tags + [Tag(id: "loose")])
        let removed = tree.removeAsset("line-1")
        #expect(removed == ["line-1", "pump-1", "pump-2"])
        #expect(tree.assets.map(\.id) == ["plant", "office"])
        #expect(tree.tags.map(\.id) == ["loose"])
        #expect(tree.asset("pump-1") == nil)
        let removedAgain = tree.removeAsset("line-1")
        #expect(removedAgain.isEmpty)
        try tree.merge(assets: [Asset(id: "pump-1", parentID: "office")], tags: [])
        #expect(tree.path(to: "pump-1").map(\.id) == ["office", "pump-1"])
    }

    @Test func removingATag() throws {
        var tree = try AssetTree(assets: Self.assets, tags: Self.tags)
        let removed = tree.removeTag("PT-101")
        let removedAgain = tree.removeTag("PT-101")
        #expect(removed && !removedAgain)
        #expect(tree.tag("PT-101") == nil)
        #expect(tree.tag("TT-201")?.assetID == "pump-2")
    }

    @Test func roundTripsThroughCodableAndValidatesOnDecoding() throws {
        let tree = try AssetTree(assets: Self.assets, tags: Self.tags)
        let decoded = try JSONDecoder().decode(AssetTree.self, from: JSONEncoder().encode(tree))
        #expect(decoded == tree)
        #expect(decoded.hashValue == tree.hashValue)
        #expect(decoded.path(to: "pump-1").map(\.id) == ["plant", "line-1", "pump-1"])
        #expect(try JSONDecoder().decode(AssetTree.self, from: Data("{}".utf8)) == AssetTree())
        let broken = #"{"assets": [{"id": "a", "name": "a", "description": "", "parentID": "zz"}], "tags": []}"#
        #expect(throws: AssetTreeError.unknownParent(asset: "a", parent: "zz")) { try JSONDecoder().decode(AssetTree.self, from: Data(broken.utf8)) }
    }

    @Test func tagsScaleRawValues() {
        let tag = Tag(id: "FT", bias: 2, multiplier: 0.5)
        #expect(tag.scaled(10) == 7)
        #expect(tag.name == "FT")
        #expect(ValueBounds(lower: 0, upper: 10).contains(10))
        #expect(!ValueBounds(lower: 0).contains(-0.1))
        #expect(ValueBounds.unbounded.isUnbounded)
    }
}
