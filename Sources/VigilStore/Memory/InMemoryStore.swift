public import VigilCore

/// A ``DataStore`` that keeps everything in memory: for tests, demos and replays. Nothing
/// survives the process.
///
/// It follows the same contract as ``SQLiteStore`` (the contract tests run against both).
///
/// ```swift
/// let store = InMemoryStore(clock: ManualClock(now: Timestamp(seconds: 100)))
/// try await store.appendObservations([Observation(tag: "FT-101", timestamp: .epoch, value: 1)])
/// ```
public actor InMemoryStore: DataStore {
    private let clock: any WallClock
    private var tree = AssetTree()
    private var points: [TagID: PointBuffer] = [:]
    private var incidentsByID: [Int64: Incident] = [:]
    private var lastIncidentID: Int64 = 0
    private var models: [String: StoredModel] = [:]
    private var markupsByID: [String: Markup] = [:]

    /// Creates an empty store.
    /// - Parameter clock: stamps saved models.
    public init(clock: any WallClock = SystemClock()) {
        self.clock = clock
    }

    // MARK: Assets

    /// The whole tree, in stored order.
    public func assetTree() -> AssetTree { tree }

    /// Replaces the whole tree.
    public func replaceAssetTree(_ tree: AssetTree) {
        self.tree = tree
    }

    /// Adds or replaces assets and tags by id; throws ``AssetTreeError`` and changes nothing when the result is invalid.
    @discardableResult
    public func mergeIntoAssetTree(assets: [Asset], tags: [Tag]) throws -> AssetTree {
        try tree.merge(assets: assets, tags: tags)
        return tree
    }

    /// Adds or replaces one tag; throws ``AssetTreeError`` when its asset is unknown.
    public func upsertTag(_ tag: Tag) throws {
        try tree.merge(assets: [], tags: [tag])
    }

    /// Removes one tag (its observations stay); returns whether it was there.
    @discardableResult
    public func deleteTag(_ id: TagID) -> Bool {
        tree.removeTag(id)
    }

    /// Removes an asset, its descendants and their tags; returns the removed asset ids, sorted.
    @discardableResult
    public func deleteAsset(_ id: AssetID) -> [AssetID] {
        tree.removeAsset(id)
    }

    // MARK: Observations

    /// Stores a batch atomically; throws ``StoreError/nonFiniteValue(tag:timestamp:value:)`` for NaN or infinity.
    public func appendObservations(_ observations: [Observation]) throws {
        let batch = try ObservationBatch(observations)
        for (tag, newer) in batch.series {
            points[tag] = (points[tag] ?? PointBuffer()).merging(newer).points
        }
    }

    /// One tag's values in a closed time range, in columnar form.
    public func series(for tag: TagID, in range: ClosedRange<Timestamp>) -> TimeSeries {
        guard let stored = points[tag] else { return TimeSeries(tag: tag) }
        let indexes = stored.indexes(in: range.lowerBound.milliseconds...range.upperBound.milliseconds)
        return TimeSeries(tag: tag, timestamps: Array(stored.timestamps[indexes]), values: Array(stored.values[indexes]))
    }

    /// One tag's observations in a closed time range, with their qualities.
    public func observations(for tag: TagID, in range: ClosedRange<Timestamp>) -> [Observation] {
        guard let stored = points[tag] else { return [] }
        return stored[stored.indexes(in: range.lowerBound.milliseconds...range.upperBound.milliseconds)].observations(of: tag)
    }

    /// One tag's values in a closed time range, summarised per epoch-aligned bucket.
    public func buckets(for tag: TagID, in range: ClosedRange<Timestamp>, bucketMilliseconds: Int64) throws -> [SeriesBucket] {
        guard bucketMilliseconds > 0 else { throw StoreError.invalidBucketWidth(bucketMilliseconds) }
        guard let stored = points[tag] else { return [] }
        var accumulator = BucketAccumulator(width: bucketMilliseconds)
        accumulator.add(stored, stored.indexes(in: range.lowerBound.milliseconds...range.upperBound.milliseconds))
        return accumulator.finish()
    }

    /// Every tag with observations, with its span and count, sorted by tag.
    public func seriesSummaries() -> [SeriesSummary] {
        points.compactMap { tag, stored in
            guard let first = stored.timestamps.first, let last = stored.timestamps.last else { return nil }
            return SeriesSummary(tag: tag, first: Timestamp(milliseconds: first), last: Timestamp(milliseconds: last), count: stored.count)
        }
        .sorted { $0.tag < $1.tag }
    }

    /// Deletes every observation strictly before `time`; returns how many.
    @discardableResult
    public func deleteObservations(before time: Timestamp) -> Int {
        var deleted = 0
        for (tag, stored) in points {
            let cut = stored.firstIndex(atOrAfter: time.milliseconds)
            guard cut > 0 else { continue }
            deleted += cut
            points[tag] = cut == stored.count ? nil : stored[cut..<stored.count]
        }
        return deleted
    }

    // MARK: Incidents

    /// Stores a new incident under the next id and returns it with that id.
    public func insertIncident(_ incident: Incident) -> Incident {
        lastIncidentID += 1
        var stored = incident
        stored.id = lastIncidentID
        incidentsByID[stored.id] = stored
        return stored
    }

    /// The incident with this id, if any.
    public func incident(id: Int64) -> Incident? {
        incidentsByID[id]
    }

    /// Applies changes to a stored incident; throws ``StoreError/incidentNotFound(_:)``.
    @discardableResult
    public func updateIncident(_ id: Int64, _ updates: [IncidentUpdate]) throws -> Incident {
        guard var incident = incidentsByID[id] else { throw StoreError.incidentNotFound(id) }
        for update in updates { update.apply(to: &incident) }
        incidentsByID[id] = incident
        return incident
    }

    /// A page of the incidents matching `filter`, newest first.
    public func incidents(matching filter: IncidentFilter, limit: Int, offset: Int) throws -> [Incident] {
        guard limit > 0, offset >= 0 else { throw StoreError.invalidPage(limit: limit, offset: offset) }
        let newestFirst = incidentsByID.values.filter(filter.matches).sorted {
            $0.start != $1.start ? $0.start > $1.start : $0.id > $1.id
        }
        return Array(newestFirst.dropFirst(offset).prefix(limit))
    }

    /// How many incidents match `filter`.
    public func countIncidents(matching filter: IncidentFilter) -> Int {
        incidentsByID.values.count(where: filter.matches)
    }

    // MARK: Models

    /// Saves a model, stamping `createdAt` (kept from the first save) and `updatedAt`.
    @discardableResult
    public func saveModel(_ model: StoredModel) -> StoredModel {
        var stored = model
        let now = clock.now
        stored.createdAt = models[model.id]?.createdAt ?? now
        stored.updatedAt = now
        models[model.id] = stored
        return stored
    }

    /// The model with this id, with its payloads.
    public func model(id: String) -> StoredModel? {
        models[id]
    }

    /// Every model without its payloads, sorted by id.
    public func modelSummaries() -> [StoredModelSummary] {
        models.values.map(\.summary).sorted { $0.id < $1.id }
    }

    /// Deletes a model; returns whether it was there.
    @discardableResult
    public func deleteModel(id: String) -> Bool {
        models.removeValue(forKey: id) != nil
    }

    // MARK: Markups

    /// Saves a markup, replacing one with the same id.
    public func saveMarkup(_ markup: Markup) {
        markupsByID[markup.id] = markup
    }

    /// The markup with this id, if any.
    public func markup(id: String) -> Markup? {
        markupsByID[id]
    }

    /// Every markup, sorted by id.
    public func markups() -> [Markup] {
        markupsByID.values.sorted { $0.id < $1.id }
    }

    /// Deletes a markup; returns whether it was there.
    @discardableResult
    public func deleteMarkup(id: String) -> Bool {
        markupsByID.removeValue(forKey: id) != nil
    }
}
