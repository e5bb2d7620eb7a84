import Foundation
import Testing

@testable import VigilCore

/// Every JSON example in `docs/conditions.md` is a valid condition (or markup) and round-trips.
struct DocumentationExampleTests {
    /// `docs/conditions.md`, found from this file: Tests/VigilCoreTests → repository root.
    static let documentURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().appendingPathComponent("../../docs/conditions.md")

    /// The bodies of the document's ```json blocks.
    static func jsonBlocks() throws -> [String] {
        let text = try String(contentsOf: documentURL, encoding: .utf8)
        var blocks: [String] = []
        var current: [Substring]?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == nil, line == "```json" {
                current = []
            } else if current != nil, line == "```" {
                blocks.append(current!.joined(separator: "\n"))
                current = nil
            } else {
                current?.append(line)
            }
        }
        return blocks
    }

    @Test func everyExampleParsesAndRoundTrips() throws {
        let blocks = try Self.jsonBlocks()
        #expect(blocks.count >= 20)
        for block in blocks {
            if block.hasPrefix("{\n  \"id\"") {
                let markup = try JSONDecoder().decode(Markup.self, from: Data(block.utf8))
                #expect(try JSONDecoder().decode(Markup.self, from: JSONEncoder().encode(markup)) == markup)
            } else {
                let parsed = try condition(block)
                #expect(try Condition(json: parsed.json) == parsed, "\(block)")
            }
        }
    }

    @Test func theSeedExamplesAreDocumentedAsTested() throws {
        let blocks = try Self.jsonBlocks().map { try? Condition(json: $0) }
        #expect(blocks.contains(try Condition(json: ConditionSeedExampleTests.frozen)))
        #expect(blocks.contains(try Condition(json: ConditionSeedExampleTests.trends)))
        #expect(blocks.contains(try Condition(json: ConditionSeedExampleTests.fell)))
    }

    @Test func theDocumentedMarkupMarksSteadyWeekdayRunning() throws {
        let block = try #require(try Self.jsonBlocks().first { $0.hasPrefix("{\n  \"id\"") })
        let markup = try JSONDecoder().decode(Markup.self, from: Data(block.utf8))
        // Monday 2024-05-06 06:00 +03:00, 10 s grid: flow 12 for 20 minutes, then 4.
        let first = Timestamp(iso8601: "2024-05-06T03:00:00Z")!.milliseconds / 10_000
        let flow = (0..<150).map { $0 < 120 ? 12.0 : 4.0 }
        let marks = try markup.marks(in: makeWindow(step: 10_000, first: first, ["FT-101": flow]))
        #expect(marks.firstIndex(of: true) == 89)  // 15 minutes = 90 steps of flow above 10
        #expect(marks[89..<120].allSatisfy { $0 } && marks[120...].allSatisfy { !$0 })
    }
}
