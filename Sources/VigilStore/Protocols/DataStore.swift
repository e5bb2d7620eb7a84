/// Everything Vigil stores, behind one value: assets and tags, observations, incidents, models
/// and markups.
///
/// Two implementations pass the same contract tests: ``InMemoryStore`` (for tests and demos)
/// and ``SQLiteStore`` (the embedded default, in `vigil-data/vigil.sqlite`).
///
/// ```swift
/// let store: any DataStore = try SQLiteStore(location: .directory("vigil-data"))
/// try await store.appendObservations([Observation(tag: "FT-101", timestamp: .epoch, value: 1.5)])
/// let series = try await store.series(for: "FT-101", in: .epoch...Timestamp(seconds: 60))
/// ```
public protocol DataStore: AssetStore, ObservationStore, IncidentStore, ModelStore, MarkupStore {}
