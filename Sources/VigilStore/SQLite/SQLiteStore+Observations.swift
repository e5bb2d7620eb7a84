import GRDB
import Logging
public import VigilCore

extension SQLiteStore {
    /// Stores a batch atomically; throws ``StoreError/nonFiniteValue(tag:timestamp:value:)`` for NaN or infinity.
    public func appendObservations(_ observations: [Observation]) async throws {
        let batch = try ObservationBatch(observations)
        guard !batch.series.isEmpty else { return }
        try await writer.write { [configuration] db in
            let storage = SeriesStorage(db: db, configuration: configuration)
            for (tag, points) in batch.series { try storage.write(points, of: tag) }
        }
    }

    /// One tag's values in a closed time range, in columnar form.
    public func series(for tag: TagID, in range: ClosedRange<Timestamp>) async throws -> TimeSeries {
        try await writer.read { [configuration] db in
            var timestamps: [Int64] = []
            var values: [Double] = []
            try SeriesStorage(db: db, configuration: configuration).visitPoints(
                of: tag, in: Self.milliseconds(range), includingQualities: false
            ) { points, indexes in
                timestamps.append(contentsOf: points.timestamps[indexes])
                values.append(contentsOf: points.values[indexes])
            }
            return TimeSeries(tag: tag, timestamps: timestamps, values: values)
        }
    }

    /// One tag's observations in a closed time range, with their qualities.
    public func observations(for tag: TagID, in range: ClosedRange<Timestamp>) async throws -> [Observation] {
        try await writer.read { [configuration] db in
            var observations: [Observation] = []
            try SeriesStorage(db: db, configuration: configuration).visitPoints(
                of: tag, in: Self.milliseconds(range), includingQualities: true
            ) { points, indexes in
                observations.append(contentsOf: points[indexes].observations(of: tag))
            }
            return observations
        }
    }

    /// One tag's values in a closed time range, summarised per epoch-aligned bucket.
    public func buckets(for tag: TagID, in range: ClosedRange<Timestamp>, bucketMilliseconds: Int64) async throws -> [SeriesBucket] {
        guard bucketMilliseconds > 0 else { throw StoreError.invalidBucketWidth(bucketMilliseconds) }
        return try await writer.read { [configuration] db in
            var accumulator = BucketAccumulator(width: bucketMilliseconds)
            try SeriesStorage(db: db, configuration: configuration).visitPoints(
                of: tag, in: Self.milliseconds(range), includingQualities: false
            ) { points, indexes in
                accumulator.add(points, indexes)
            }
            return accumulator.finish()
        }
    }

    /// Every tag with observations, with its span and count, sorted by tag.
    public func seriesSummaries() async throws -> [SeriesSummary] {
        try await writer.read { db in
            try SeriesRecord.fetchAll(db, sql: "SELECT * FROM series WHERE point_count > 0 ORDER BY tag_id").map {
                SeriesSummary(
                    tag: TagID($0.tagID), first: Timestamp(milliseconds: $0.firstTime), last: Timestamp(milliseconds: $0.lastTime),
                    count: $0.pointCount)
            }
        }
    }

    /// Deletes observations before `time`, one series per transaction, so that ingestion is never
    /// blocked for long.
    @discardableResult
    public func deleteObservations(before time: Timestamp) async throws -> Int {
        let candidates = try await writer.read { db in
            try SeriesRecord.fetchAll(db, sql: "SELECT * FROM series WHERE first_time < ?", arguments: [time.milliseconds])
        }
        var deleted = 0
        for series in candidates {
            deleted += try await writer.write { [configuration] db in
                try SeriesStorage(db: db, configuration: configuration).deletePoints(before: time.milliseconds, of: series)
            }
        }
        logger.debug("retention", metadata: ["retention.before": "\(time)", "retention.deleted": "\(deleted)"])
        return deleted
    }

    private static func milliseconds(_ range: ClosedRange<Timestamp>) -> ClosedRange<Int64> {
        range.lowerBound.milliseconds...range.upperBound.milliseconds
    }
}
