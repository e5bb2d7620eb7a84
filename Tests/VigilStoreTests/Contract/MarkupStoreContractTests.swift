import Testing
import VigilCore
import VigilStore

@Suite("Markup store contract")
struct MarkupStoreContractTests {
    @Test("markups are saved, replaced, listed by id and deleted", arguments: StoreKind.allCases)
    func lifecycle(kind: StoreKind) async throws {
        try await kind.withStore { store in
            let night = Markup(id: "night", description: "night shift", gridStepMilliseconds: 60_000, condition: .always)
            let startup = Markup(id: "startup", color: "#ff0000", treatInconclusiveAsPositive: true, condition: .always)
            try await store.saveMarkup(startup)
            try await store.saveMarkup(night)
            #expect(try await store.markups() == [night, startup])
            var renamed = night
            renamed.name = "Night"
            try await store.saveMarkup(renamed)
            #expect(try await store.markup(id: "night") == renamed)
            #expect(try await store.deleteMarkup(id: "night"))
            #expect(try await store.deleteMarkup(id: "night") == false)
            #expect(try await store.markup(id: "night") == nil)
            #expect(try await store.markups() == [startup])
        }
    }
}
