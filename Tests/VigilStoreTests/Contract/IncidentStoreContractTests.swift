import Testing
import VigilCore
import VigilStore

@Suite("Incident store contract")
struct IncidentStoreContractTests {
    private func incident(
        _ kind: IncidentKind, model: String? = nil, element: String? = nil, start: Int64, end: Int64? = nil,
        contributors: [String] = [], status: IncidentStatus = .unknown, group: Int64? = nil
    ) -> Incident {
        Incident(
            id: 999, kind: kind, modelID: model, elementID: element, start: Fixtures.time(start), end: end.map(Fixtures.time),
            value: 2.5, threshold: 1, contributors: contributors.enumerated().map { Contributor(name: $1, share: 1 / Double($0 + 2)) },
            cause: "prediction error", status: status, groupID: group)
    }

    @Test("the store assigns increasing ids and gives incidents back unchanged", arguments: StoreKind.allCases)
    func insertAndGet(kind: StoreKind) async throws {
        try await kind.withStore { store in
            var original = incident(.forecaster, model: "M", element: "E", start: 100, end: 200, contributors: ["FT-101", "PT-101"])
            original.contributors[0].value = 181
            original.contributors[0].expected = .infinity
            original.assessment = .falsePositive
            original.comment = "checked ✓"
            let first = try await store.insertIncident(original)
            let second = try await store.insertIncident(incident(.limit, start: 50))
            #expect(first.id == 1)
            #expect(second.id == 2)
            original.id = 1
            #expect(first == original)
            #expect(try await store.incident(id: 1) == original)
            #expect(try await store.incident(id: 3) == nil)
        }
    }

    @Test("NaN scores survive storage", arguments: StoreKind.allCases)
    func nanScore(kind: StoreKind) async throws {
        try await kind.withStore { store in
            var original = incident(.rule, start: 0)
            original.value = .nan
            let stored = try await store.insertIncident(original)
            let read = try #require(try await store.incident(id: stored.id))
            #expect(read.value.isNaN)
            #expect(read.threshold == 1)
        }
    }

    @Test("updates change only the named fields", arguments: StoreKind.allCases)
    func update(kind: StoreKind) async throws {
        try await kind.withStore { store in
            let stored = try await store.insertIncident(incident(.forecaster, model: "M", start: 100, contributors: ["A"]))
            let updated = try await store.updateIncident(
                stored.id,
                [
                    .end(Fixtures.time(900)), .status(.problemClosed), .assessment(.anomaly), .comment("bearing"), .group(7),
                    .value(9), .contributors([Contributor(name: "B", share: 1)]),
                ])
            var expected = stored
            expected.end = Fixtures.time(900)
            expected.status = .problemClosed
            expected.assessment = .anomaly
            expected.comment = "bearing"
            expected.groupID = 7
            expected.value = 9
            expected.contributors = [Contributor(name: "B", share: 1)]
            #expect(updated == expected)
            #expect(try await store.incident(id: stored.id) == expected)

            let cleared = try await store.updateIncident(stored.id, [.end(nil), .assessment(nil), .group(nil)])
            #expect(cleared.end == nil && cleared.assessment == nil && cleared.groupID == nil)
            #expect(cleared.comment == "bearing")

            await #expect(throws: StoreError.incidentNotFound(42)) { try await store.updateIncident(42, [.comment("x")]) }
        }
    }

    @Test("filters, counts and pages agree, newest first", arguments: StoreKind.allCases)
    func listing(kind: StoreKind) async throws {
        try await kind.withStore { store in
            let incidents = [
                incident(.forecaster, model: "M1", element: "F", start: 1000, end: 2000, contributors: ["A", "B"]),
                incident(.forecaster, model: "M1", element: "F", start: 3000, contributors: ["B", "A"], group: 1),
                incident(.limit, model: "M1", element: "L", start: 2500, end: 2600, contributors: ["C"], status: .ignore),
                incident(.noData, start: 500, end: 700, contributors: ["A"]),
                incident(.rule, model: "M2", element: "R", start: 3000, end: 3500, status: .underReview, group: 1),
            ]
            var stored: [Incident] = []
            for item in incidents { stored.append(try await store.insertIncident(item)) }
            func ids(_ filter: IncidentFilter, limit: Int = 100, offset: Int = 0) async throws -> [Int64] {
                let page = try await store.incidents(matching: filter, limit: limit, offset: offset)
                #expect(try await store.countIncidents(matching: filter) == stored.filter(filter.matches).count)
                #expect(page.allSatisfy(filter.matches))
                return page.map(\.id)
            }
            #expect(try await ids(.all) == [5, 2, 3, 1, 4])
            #expect(try await ids(.all, limit: 2, offset: 1) == [2, 3])
            #expect(try await ids(.all, limit: 2, offset: 4) == [4])
            #expect(try await ids(IncidentFilter(kinds: [.forecaster, .noData])) == [2, 1, 4])
            #expect(try await ids(IncidentFilter(modelID: "M1")) == [2, 3, 1])
            #expect(try await ids(IncidentFilter(modelID: "M1", elementID: "L")) == [3])
            #expect(try await ids(IncidentFilter(statuses: [.ignore, .underReview])) == [5, 3])
            #expect(try await ids(IncidentFilter(during: Fixtures.time(1900)...Fixtures.time(2550))) == [3, 1])
            #expect(try await ids(IncidentFilter(during: Fixtures.time(4000)...Fixtures.time(5000))) == [2], "open incidents last")
            #expect(try await ids(IncidentFilter(contributor: "A")) == [2, 1, 4])
            #expect(try await ids(IncidentFilter(topContributor: "A")) == [1, 4])
            #expect(try await ids(IncidentFilter(groupID: 1)) == [5, 2])
            #expect(try await ids(IncidentFilter(kinds: [.monitor])) == [])

            await #expect(throws: StoreError.invalidPage(limit: 0, offset: 0)) {
                try await store.incidents(matching: .all, limit: 0, offset: 0)
            }
        }
    }
}
