import Foundation
import Testing

@testable import VigilCore

/// Index arithmetic of uniform time grids, with offsets and negative times.
struct TimeGridTests {
    let grid = TimeGrid(origin: Timestamp(milliseconds: 500), stepMilliseconds: 1000)

    @Test func nodesAndIndices() {
        #expect(grid.timestamp(at: 0).milliseconds == 500)
        #expect(grid.timestamp(at: -2).milliseconds == -1500)
        #expect(grid.index(atOrBefore: Timestamp(milliseconds: 1499)) == 0)
        #expect(grid.index(atOrBefore: Timestamp(milliseconds: 1500)) == 1)
        #expect(grid.index(atOrBefore: Timestamp(milliseconds: 499)) == -1)
        #expect(grid.index(atOrBefore: Timestamp(milliseconds: -1500)) == -2)
        #expect(grid.index(atOrBefore: Timestamp(milliseconds: -1501)) == -3)
        #expect(grid.index(atOrAfter: Timestamp(milliseconds: 501)) == 1)
        #expect(grid.index(atOrAfter: Timestamp(milliseconds: 500)) == 0)
        #expect(grid.index(atOrAfter: Timestamp(milliseconds: -1499)) == -1)
    }

    @Test func nearestIndexBreaksTiesTowardTheLaterNode() {
        #expect(grid.nearestIndex(to: Timestamp(milliseconds: 999)) == 0)
        #expect(grid.nearestIndex(to: Timestamp(milliseconds: 1000)) == 1)
        #expect(grid.nearestIndex(to: Timestamp(milliseconds: 0)) == 0)
        #expect(grid.nearestIndex(to: Timestamp(milliseconds: -1)) == -1)
    }

    @Test func nodeTestAndRanges() {
        #expect(grid.isNode(Timestamp(milliseconds: -2500)))
        #expect(!grid.isNode(Timestamp(milliseconds: 0)))
        #expect(grid.indices(from: Timestamp(milliseconds: 0), through: Timestamp(milliseconds: 2500)) == 0...2)
        #expect(grid.indices(from: Timestamp(milliseconds: 600), through: Timestamp(milliseconds: 1400)) == nil)
        #expect(grid.indices(from: Timestamp(milliseconds: 1500), through: Timestamp(milliseconds: 1500)) == 1...1)
    }

    @Test func roundTripsThroughCodableAndRejectsABadStep() throws {
        let data = try JSONEncoder().encode(grid)
        #expect(try JSONDecoder().decode(TimeGrid.self, from: data) == grid)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(TimeGrid.self, from: Data(#"{"origin": 0, "stepMilliseconds": 0}"#.utf8))
        }
    }
}
