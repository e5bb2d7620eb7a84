import Foundation
import GRDB
import VigilCore

/// Reads and writes the chunks of series inside one database access (a transaction for writes).
///
/// Invariants kept here: the chunks of a series never overlap in time; only the latest chunk of a
/// series takes appended points, until it is full; the `series` row's span and count match its
/// chunks.
struct SeriesStorage {
    let db: Database
    let configuration: SQLiteStore.Configuration

    // MARK: Writing

    /// Stores `points` (sorted, no duplicate timestamps) of `tag`, replacing stored points with
    /// equal timestamps.
    func write(_ points: PointBuffer, of tag: TagID) throws {
        guard let first = points.timestamps.first, let last = points.timestamps.last else { return }
        guard var series = try fetchSeries(tag) else {
            var series = SeriesRecord(id: nil, tagID: tag.rawValue, firstTime: first, lastTime: last, pointCount: points.count)
            try series.insert(db)
            try append(points, to: series, resuming: nil)
            return
        }
        let split = series.lastTime == .max ? points.count : points.firstIndex(atOrAfter: series.lastTime + 1)
        var added = 0
        if split > 0 {
            added += try merge(points[0..<split], into: series)
        }
        if split < points.count {
            let latest = try fetchLatestChunk(of: series)
            try append(points[split..<points.count], to: series, resuming: latest)
            added += points.count - split
        }
        series.firstTime = min(series.firstTime, first)
        series.lastTime = max(series.lastTime, last)
        series.pointCount += added
        try series.update(db)
    }

    /// Appends points later than every stored one, continuing `latest` while it has room.
    private func append(_ points: PointBuffer, to series: SeriesRecord, resuming latest: ChunkRecord?) throws {
        if let latest {
            let resumed = try decoding(latest, of: series) { data throws(ChunkFormatError) in try ChunkBuilder(resuming: data) }
            if !resumed.isFull(pointLimit: configuration.chunkPointLimit, byteLimit: configuration.chunkByteLimit) {
                return try fill(resumed, replacing: latest, with: points, in: series)
            }
        }
        try fill(ChunkBuilder(), replacing: nil, with: points, in: series)
    }

    /// Merges points that are not after the series' last timestamp into the chunks whose time
    /// they fall in (a point between two chunks joins the earlier one; one before every chunk
    /// joins the first). - Returns: how many timestamps are new.
    private func merge(_ points: PointBuffer, into series: SeriesRecord) throws -> Int {
        let targets = try ChunkRecord.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT * FROM chunk WHERE series_id = ?1 AND start_time <= ?3
                    AND start_time >= coalesce((SELECT max(start_time) FROM chunk WHERE series_id = ?1 AND start_time <= ?2), ?4)
                    ORDER BY start_time
                    """),
            arguments: [series.id, points.timestamps.first, points.timestamps.last, Int64.min])
        var added = 0
        var lower = 0
        for (position, target) in targets.enumerated() {
            let upper =
                position + 1 < targets.count ? points.firstIndex(atOrAfter: targets[position + 1].startTime) : points.count
            guard lower < upper else { continue }
            var stored = PointBuffer()
            try decoding(target, of: series) { data throws(ChunkFormatError) in
                try ChunkDecoder.decode(data, into: &stored, includingQualities: true)
            }
            let merged = stored.merging(points[lower..<upper])
            added += merged.added
            try rewrite(target, with: merged.points, in: series)
            lower = upper
        }
        return added
    }

    /// Replaces a chunk's points, splitting them over several chunks when they exceed the limits.
    private func rewrite(_ target: ChunkRecord, with points: PointBuffer, in series: SeriesRecord) throws {
        try fill(ChunkBuilder(), replacing: target, with: points, in: series)
    }

    /// Appends `points` to `builder`, whose chunk is stored as `record` (or is new when `nil`), and
    /// saves each chunk as it fills up, then the last one.
    private func fill(_ builder: ChunkBuilder, replacing record: ChunkRecord?, with points: PointBuffer, in series: SeriesRecord) throws {
        var builder = builder
        var record = record
        for index in 0..<points.count {
            if builder.isFull(pointLimit: configuration.chunkPointLimit, byteLimit: configuration.chunkByteLimit) {
                try save(&builder, replacing: record, in: series)
                record = nil
                builder = ChunkBuilder()
            }
            builder.append(points.timestamps[index], points.values[index], points.qualities[index])
        }
        try save(&builder, replacing: record, in: series)
    }

    /// Writes a chunk, updating `record` when given and inserting a new row otherwise.
    private func save(_ builder: inout ChunkBuilder, replacing record: ChunkRecord?, in series: SeriesRecord) throws {
        guard let start = builder.firstTimestamp, let end = builder.lastTimestamp else { return }
        var chunk = ChunkRecord(
            id: record?.id, seriesID: series.id!, startTime: start, endTime: end, pointCount: builder.count,
            data: Data(builder.encoded()))
        if record == nil {
            try chunk.insert(db)
        } else {
            try chunk.update(db)
        }
    }

    // MARK: Retention

    /// Deletes the series' points before `time`. - Returns: how many were deleted.
    func deletePoints(before time: Int64, of series: SeriesRecord) throws -> Int {
        guard var series = try SeriesRecord.fetchOne(db, key: series.id) else { return 0 }
        var deleted =
            try Int.fetchOne(
                db, sql: "SELECT coalesce(sum(point_count), 0) FROM chunk WHERE series_id = ? AND end_time < ?",
                arguments: [series.id, time]) ?? 0
        try db.execute(sql: "DELETE FROM chunk WHERE series_id = ? AND end_time < ?", arguments: [series.id, time])
        let straddling = try ChunkRecord.fetchOne(
            db, sql: "SELECT * FROM chunk WHERE series_id = ?1 AND start_time < ?2 AND end_time >= ?2",
            arguments: [series.id, time])
        if let straddling {
            var stored = PointBuffer()
            try decoding(straddling, of: series) { data throws(ChunkFormatError) in
                try ChunkDecoder.decode(data, into: &stored, includingQualities: true)
            }
            let cut = stored.firstIndex(atOrAfter: time)
            deleted += cut
            try rewrite(straddling, with: stored[cut..<stored.count], in: series)
        }
        guard deleted > 0 else { return 0 }
        series.pointCount -= deleted
        if series.pointCount <= 0 {
            try series.delete(db)
        } else {
            series.firstTime = try Int64.fetchOne(db, sql: "SELECT min(start_time) FROM chunk WHERE series_id = ?", arguments: [series.id])!
            try series.update(db)
        }
        return deleted
    }

    // MARK: Reading

    /// The series row of a tag.
    func fetchSeries(_ tag: TagID) throws -> SeriesRecord? {
        try SeriesRecord.fetchOne(db.cachedStatement(sql: "SELECT * FROM series WHERE tag_id = ?"), arguments: [tag.rawValue])
    }

    private func fetchLatestChunk(of series: SeriesRecord) throws -> ChunkRecord? {
        try ChunkRecord.fetchOne(
            db.cachedStatement(sql: "SELECT * FROM chunk WHERE series_id = ? ORDER BY start_time DESC LIMIT 1"),
            arguments: [series.id])
    }

    /// Calls `body` with the points of every chunk of `tag` overlapping `range`, in time order,
    /// each trimmed to the range.
    func visitPoints(
        of tag: TagID, in range: ClosedRange<Int64>, includingQualities: Bool, _ body: (PointBuffer, Range<Int>) throws -> Void
    ) throws {
        guard let series = try fetchSeries(tag) else { return }
        let rows = try Row.fetchCursor(
            db.cachedStatement(
                sql: """
                    SELECT start_time, data FROM chunk WHERE series_id = ?1 AND start_time <= ?3 AND end_time >= ?2
                    AND start_time >= coalesce((SELECT max(start_time) FROM chunk WHERE series_id = ?1 AND start_time <= ?2), ?2)
                    ORDER BY start_time
                    """),
            arguments: [series.id, range.lowerBound, range.upperBound])
        var points = PointBuffer()
        while let row = try rows.next() {
            points.timestamps.removeAll(keepingCapacity: true)
            points.values.removeAll(keepingCapacity: true)
            points.qualities.removeAll(keepingCapacity: true)
            do {
                try row.withUnsafeData(atIndex: 1) { data in
                    try (data ?? Data()).withUnsafeBytes { bytes in
                        try ChunkDecoder.decode(bytes, into: &points, includingQualities: includingQualities)
                    }
                }
            } catch let error as ChunkFormatError {
                throw StoreError.corruptChunk(tag: tag, chunkStart: Timestamp(milliseconds: row[0]), error)
            }
            try body(points, points.indexes(in: range))
        }
    }

    /// Runs a decoding step on a chunk's bytes, naming the series when they are corrupt.
    private func decoding<T>(
        _ chunk: ChunkRecord, of series: SeriesRecord, _ body: (UnsafeRawBufferPointer) throws(ChunkFormatError) -> T
    ) throws -> T {
        do {
            return try chunk.data.withUnsafeBytes { try body($0) }
        } catch let error as ChunkFormatError {
            throw StoreError.corruptChunk(tag: TagID(series.tagID), chunkStart: Timestamp(milliseconds: chunk.startTime), error)
        }
    }
}
