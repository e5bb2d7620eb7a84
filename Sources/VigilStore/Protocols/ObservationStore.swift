public import VigilCore

/// Keeps observations per tag, and reads them back by time range.
///
/// Semantics shared by every implementation (and checked by one contract test suite):
/// - Any tag id is accepted, whether or not it is in the asset tree (MLAD's "save all tags").
/// - Same tag and timestamp: the last write wins (later in a batch, or a later batch).
/// - Points may arrive in any order; late points are merged into place.
/// - NaN and ±infinity are rejected with ``StoreError/nonFiniteValue(tag:timestamp:value:)``;
///   nothing of that batch is stored.
/// - Once ``appendObservations(_:)`` returns, the batch is durable (for stores on disk).
/// - Ranges are closed: `from...to` includes both ends.
public protocol ObservationStore: Sendable {
    /// Stores a batch of observations of any tags, atomically.
    /// - Throws: ``StoreError/nonFiniteValue(tag:timestamp:value:)``.
    func appendObservations(_ observations: [Observation]) async throws

    /// One tag's values in a time range, in columnar form (the fast path for detectors).
    func series(for tag: TagID, in range: ClosedRange<Timestamp>) async throws -> TimeSeries

    /// One tag's observations in a time range, with their qualities.
    func observations(for tag: TagID, in range: ClosedRange<Timestamp>) async throws -> [Observation]

    /// One tag's values in a time range summarised per bucket (for charts).
    ///
    /// Buckets are aligned to the epoch: bucket `k` covers `[k × width, (k + 1) × width)`, so the
    /// buckets of a chart do not shift as it pans. Empty buckets are left out.
    /// - Throws: ``StoreError/invalidBucketWidth(_:)`` when `bucketMilliseconds < 1`.
    func buckets(for tag: TagID, in range: ClosedRange<Timestamp>, bucketMilliseconds: Int64) async throws -> [SeriesBucket]

    /// Every tag with observations: its first and last timestamps and count, sorted by tag.
    func seriesSummaries() async throws -> [SeriesSummary]

    /// Deletes every observation strictly before `time`, of every tag (retention).
    /// - Returns: how many observations were deleted.
    @discardableResult
    func deleteObservations(before time: Timestamp) async throws -> Int
}
