import Testing
import VigilCore
import VigilStore

@Suite("Observation store contract")
struct ObservationStoreContractTests {
    @Test("a range read returns exactly the points in the closed range", arguments: StoreKind.allCases)
    func rangeRead(kind: StoreKind) async throws {
        try await kind.withStore { store in
            try await store.appendObservations(Fixtures.series("FT-101", count: 5000, value: { Double($0) / 8 }))
            let series = try await store.series(for: "FT-101", in: Fixtures.time(1000)...Fixtures.time(4_000_000))
            #expect(series.tag == "FT-101")
            #expect(series.timestamps == Array(stride(from: Int64(1000), through: 4_000_000, by: 1000)))
            #expect(series.values == (1...4000).map { Double($0) / 8 })
            let all = try await store.series(for: "FT-101", in: Fixtures.always)
            #expect(all.count == 5000)
            let between = try await store.series(for: "FT-101", in: Fixtures.time(1500)...Fixtures.time(1999))
            #expect(between.isEmpty)
            #expect(try await store.series(for: "unknown", in: Fixtures.always).isEmpty)
            #expect(try await store.observations(for: "unknown", in: Fixtures.always).isEmpty)
        }
    }

    @Test("any tag id is stored, in the tree or not", arguments: StoreKind.allCases)
    func anyTag(kind: StoreKind) async throws {
        try await kind.withStore { store in
            try await store.replaceAssetTree(Fixtures.tree)
            try await store.appendObservations([
                Fixtures.observation("FT-101", 0, 1), Fixtures.observation("not in the tree", 0, 2),
                Fixtures.observation("ünïcødé tag", 5, 3),
            ])
            #expect(try await store.seriesSummaries().map(\.tag) == ["FT-101", "not in the tree", "ünïcødé tag"])
            #expect(try await store.series(for: "ünïcødé tag", in: Fixtures.always).values == [3])
        }
    }

    @Test("duplicates: the last write wins, within a batch and across batches", arguments: StoreKind.allCases)
    func duplicates(kind: StoreKind) async throws {
        try await kind.withStore { store in
            try await store.appendObservations([
                Fixtures.observation("A", 10, 1), Fixtures.observation("A", 20, 2), Fixtures.observation("A", 10, 3, .bad),
            ])
            try await store.appendObservations([Fixtures.observation("A", 20, 4, .good)])
            let observations = try await store.observations(for: "A", in: Fixtures.always)
            #expect(observations == [Fixtures.observation("A", 10, 3, .bad), Fixtures.observation("A", 20, 4, .good)])
            #expect(try await store.seriesSummaries() == [SeriesSummary(tag: "A", first: Fixtures.time(10), last: Fixtures.time(20), count: 2)])
        }
    }

    @Test("out-of-order and late points are merged into place", arguments: StoreKind.allCases)
    func latePoints(kind: StoreKind) async throws {
        try await kind.withStore { store in
            try await store.appendObservations(Fixtures.series("A", count: 1000, start: 0, step: 10))
            try await store.appendObservations(Fixtures.series("A", count: 1000, start: 100_000, step: 10))
            try await store.appendObservations([
                Fixtures.observation("A", 5005, -1),  // inside the first run
                Fixtures.observation("A", -7, -2),  // before everything
                Fixtures.observation("A", 50_000, -3),  // in the gap between runs
                Fixtures.observation("A", 200_000, -4),  // after everything
                Fixtures.observation("A", 100_010, -5),  // replaces a point
                Fixtures.observation("A", 9_995, -6),  // just before the end of the first run
            ])
            let series = try await store.series(for: "A", in: Fixtures.always)
            #expect(series.count == 2005)
            #expect(zip(series.timestamps, series.timestamps.dropFirst()).allSatisfy { $0 < $1 })
            let byTime = Dictionary(uniqueKeysWithValues: zip(series.timestamps, series.values))
            #expect(byTime[5005] == -1)
            #expect(byTime[-7] == -2)
            #expect(byTime[50_000] == -3)
            #expect(byTime[200_000] == -4)
            #expect(byTime[100_010] == -5)
            #expect(byTime[9_995] == -6)
            #expect(byTime[5000] == 500)
            let summary = try #require(try await store.seriesSummaries().first)
            #expect(summary == SeriesSummary(tag: "A", first: Fixtures.time(-7), last: Fixtures.time(200_000), count: 2005))
        }
    }

    @Test("random batches read back like a reference map", arguments: StoreKind.allCases)
    func randomAgainstReference(kind: StoreKind) async throws {
        try await kind.withStore { store in
            var random = SeededGenerator(seed: 42)
            var reference: [TagID: [Int64: Observation]] = [:]
            let tags: [TagID] = ["A", "B", "C"]
            for round in 0..<40 {
                var batch: [Observation] = []
                for _ in 0..<Int.random(in: 1...400, using: &random) {
                    let tag = tags.randomElement(using: &random)!
                    let late = Int.random(in: 0..<4, using: &random) == 0
                    let base = Int64(round) * 10_000
                    let time = late ? Int64.random(in: -5_000...base, using: &random) : base + Int64.random(in: 0..<10_000, using: &random)
                    let value = Double(Int.random(in: -100_000...100_000, using: &random)) / 1000
                    let quality: ObservationQuality? = Int.random(in: 0..<10, using: &random) == 0 ? .uncertain : nil
                    let observation = Fixtures.observation(tag, time, value, quality)
                    batch.append(observation)
                    reference[tag, default: [:]][time] = observation
                }
                try await store.appendObservations(batch)
            }
            for tag in tags {
                let expected = (reference[tag] ?? [:]).values.sorted { $0.timestamp < $1.timestamp }
                #expect(try await store.observations(for: tag, in: Fixtures.always) == expected)
                let window = Fixtures.time(100_000)...Fixtures.time(250_000)
                let expectedWindow = expected.filter { window.contains($0.timestamp) }
                let series = try await store.series(for: tag, in: window)
                #expect(series.timestamps == expectedWindow.map(\.timestamp.milliseconds))
                #expect(series.values == expectedWindow.map(\.value))
            }
            #expect(try await store.seriesSummaries().map(\.count) == tags.map { reference[$0]?.count ?? 0 })
        }
    }

    @Test("NaN and infinities are rejected with the tag and time, and nothing of the batch is stored", arguments: StoreKind.allCases)
    func nonFinite(kind: StoreKind) async throws {
        try await kind.withStore { store in
            for bad in [Double.nan, .infinity, -.infinity] {
                let batch = [Fixtures.observation("good", 1, 1), Fixtures.observation("FT-101", 2000, bad)]
                let error = await #expect(throws: StoreError.self) { try await store.appendObservations(batch) }
                guard case .nonFiniteValue(let tag, let timestamp, _) = error else {
                    Issue.record("unexpected error \(String(describing: error))")
                    continue
                }
                #expect(tag == "FT-101")
                #expect(timestamp == Fixtures.time(2000))
                #expect(error?.description.contains("FT-101") == true)
            }
            let summaries = try await store.seriesSummaries()
            #expect(summaries.isEmpty)
        }
    }

    @Test("qualities round-trip; reads without them still return every value", arguments: StoreKind.allCases)
    func qualities(kind: StoreKind) async throws {
        try await kind.withStore { store in
            let batch = (0..<600).map { index -> Observation in
                let quality: ObservationQuality? = index % 97 == 0 ? .bad : (index % 5 == 0 ? ObservationQuality(rawValue: 200) : nil)
                return Fixtures.observation("Q", Int64(index), Double(index), quality)
            }
            try await store.appendObservations(batch)
            #expect(try await store.observations(for: "Q", in: Fixtures.always) == batch)
            #expect(try await store.series(for: "Q", in: Fixtures.always).values == batch.map(\.value))
        }
    }

    @Test("downsampled reads: epoch-aligned buckets with count, min, max and mean", arguments: StoreKind.allCases)
    func buckets(kind: StoreKind) async throws {
        try await kind.withStore { store in
            try await store.appendObservations([
                Fixtures.observation("A", -1500, 4), Fixtures.observation("A", -1, 6), Fixtures.observation("A", 0, 1),
                Fixtures.observation("A", 999, 3), Fixtures.observation("A", 3000, -2),
            ])
            let buckets = try await store.buckets(for: "A", in: Fixtures.always, bucketMilliseconds: 1000)
            #expect(
                buckets == [
                    SeriesBucket(start: Fixtures.time(-2000), count: 1, min: 4, max: 4, mean: 4),
                    SeriesBucket(start: Fixtures.time(-1000), count: 1, min: 6, max: 6, mean: 6),
                    SeriesBucket(start: Fixtures.time(0), count: 2, min: 1, max: 3, mean: 2),
                    SeriesBucket(start: Fixtures.time(3000), count: 1, min: -2, max: -2, mean: -2),
                ])
            let clipped = try await store.buckets(for: "A", in: Fixtures.time(500)...Fixtures.time(5000), bucketMilliseconds: 1000)
            #expect(clipped.map(\.count) == [1, 1])

            try await store.appendObservations(Fixtures.series("B", count: 10_000, step: 100, value: { Double($0 % 600) }))
            let minutes = try await store.buckets(for: "B", in: Fixtures.always, bucketMilliseconds: 60_000)
            #expect(minutes.count == 17)
            #expect(minutes.first == SeriesBucket(start: Fixtures.time(0), count: 600, min: 0, max: 599, mean: 299.5))
            #expect(minutes.map(\.count).reduce(0, +) == 10_000)

            await #expect(throws: StoreError.invalidBucketWidth(0)) {
                try await store.buckets(for: "A", in: Fixtures.always, bucketMilliseconds: 0)
            }
        }
    }

    @Test("retention deletes exactly the points before a time", arguments: StoreKind.allCases)
    func retention(kind: StoreKind) async throws {
        try await kind.withStore { store in
            try await store.appendObservations(Fixtures.series("A", count: 3000))
            try await store.appendObservations(Fixtures.series("B", count: 10, start: 5_000_000))
            try await store.appendObservations(Fixtures.series("C", count: 10))
            let deleted = try await store.deleteObservations(before: Fixtures.time(1_234_500))
            #expect(deleted == 1235 + 10)
            let series = try await store.series(for: "A", in: Fixtures.always)
            #expect(series.timestamps.first == 1_235_000)
            #expect(series.count == 3000 - 1235)
            #expect(
                try await store.seriesSummaries() == [
                    SeriesSummary(tag: "A", first: Fixtures.time(1_235_000), last: Fixtures.time(2_999_000), count: 1765),
                    SeriesSummary(tag: "B", first: Fixtures.time(5_000_000), last: Fixtures.time(5_009_000), count: 10),
                ])
            #expect(try await store.deleteObservations(before: Fixtures.time(1_234_500)) == 0)

            try await store.appendObservations([Fixtures.observation("C", 0, 7), Fixtures.observation("A", 3_000_000, 8)])
            #expect(try await store.series(for: "C", in: Fixtures.always).values == [7])
            #expect(try await store.series(for: "A", in: Fixtures.always).count == 1766)
        }
    }

    @Test("appending one point at a time builds the same series as one batch", arguments: StoreKind.allCases)
    func smallAppends(kind: StoreKind) async throws {
        try await kind.withStore { store in
            let points = Fixtures.series("A", count: 700, value: { Double($0 * $0 % 1000) / 100 })
            for point in points { try await store.appendObservations([point]) }
            try await store.appendObservations([])
            #expect(try await store.observations(for: "A", in: Fixtures.always) == points)
        }
    }
}
