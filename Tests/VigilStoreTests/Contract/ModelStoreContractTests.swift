import Testing
import VigilCore
import VigilStore

@Suite("Model store contract")
struct ModelStoreContractTests {
    @Test("models are stamped by the store's clock and keep their payloads", arguments: StoreKind.allCases)
    func saveAndRead(kind: StoreKind) async throws {
        let clock = ManualClock(now: Fixtures.time(1_000))
        try await kind.withStore(clock: clock) { store in
            var random = SeededGenerator(seed: 9)
            let weights = (0..<3_000_000).map { _ in UInt8.random(in: 0...255, using: &random) }
            let definition = Array(#"{"elements":[{"kind":"forecaster"}]}"#.utf8)
            let first = try await store.saveModel(StoredModel(id: "pump", status: .notTrained, definition: definition))
            #expect(first.createdAt == Fixtures.time(1_000))
            #expect(first.updatedAt == Fixtures.time(1_000))
            #expect(first.name == "pump")

            clock.advance(byMilliseconds: 500)
            var trained = first
            trained.status = .trained
            trained.weights = weights
            trained.name = "Pump model"
            let second = try await store.saveModel(trained)
            #expect(second.createdAt == Fixtures.time(1_000))
            #expect(second.updatedAt == Fixtures.time(1_500))
            #expect(try await store.model(id: "pump") == second)

            try await store.saveModel(StoredModel(id: "another", status: .published, definition: []))
            let summaries = try await store.modelSummaries()
            #expect(summaries.map(\.id) == ["another", "pump"])
            #expect(summaries[1] == second.summary)
            #expect(summaries[1].weightsSize == 3_000_000)

            #expect(try await store.deleteModel(id: "pump"))
            #expect(try await store.deleteModel(id: "pump") == false)
            #expect(try await store.model(id: "pump") == nil)
        }
    }
}
