import VigilCore

/// One series' points in columnar form, sorted by strictly increasing timestamp: what batches are
/// grouped into, what chunks encode and decode, and what the in-memory store keeps per tag.
///
/// `qualities` is either parallel to `timestamps`, or empty when a reader chose not to decode it.
struct PointBuffer: Sendable, Equatable {
    /// Milliseconds since the epoch, strictly increasing.
    var timestamps: [Int64] = []
    /// One value per timestamp.
    var values: [Double] = []
    /// One quality per timestamp, or empty when not decoded.
    var qualities: [ObservationQuality?] = []

    /// Number of points.
    var count: Int { timestamps.count }

    /// Whether there are no points.
    var isEmpty: Bool { timestamps.isEmpty }

    /// Appends a point later than every point so far.
    mutating func append(_ timestamp: Int64, _ value: Double, _ quality: ObservationQuality?) {
        timestamps.append(timestamp)
        values.append(value)
        qualities.append(quality)
    }

    /// Reserves room for `count` more points.
    mutating func reserve(_ count: Int) {
        timestamps.reserveCapacity(timestamps.count + count)
        values.reserveCapacity(values.count + count)
        qualities.reserveCapacity(qualities.count + count)
    }

    /// The points at `range` of indexes.
    subscript(range: Range<Int>) -> PointBuffer {
        PointBuffer(
            timestamps: Array(timestamps[range]), values: Array(values[range]),
            qualities: qualities.isEmpty ? [] : Array(qualities[range]))
    }

    /// The first index whose timestamp is at least `time` (`count` when there is none).
    func firstIndex(atOrAfter time: Int64) -> Int {
        var low = 0
        var high = timestamps.count
        while low < high {
            let middle = (low + high) / 2
            if timestamps[middle] < time { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The indexes of the points within a closed time range.
    func indexes(in range: ClosedRange<Int64>) -> Range<Int> {
        let lower = firstIndex(atOrAfter: range.lowerBound)
        let upper = range.upperBound == .max ? count : firstIndex(atOrAfter: range.upperBound + 1)
        return lower..<max(lower, upper)
    }

    /// Keeps only the points within a closed time range.
    mutating func keep(_ range: ClosedRange<Int64>) {
        let kept = indexes(in: range)
        guard kept.count != count else { return }
        self = self[kept]
    }

    /// These points merged with `newer`: the union of both, where `newer` wins at equal timestamps.
    /// - Returns: the merged points and how many timestamps were not here before.
    func merging(_ newer: PointBuffer) -> (points: PointBuffer, added: Int) {
        if let last = timestamps.last, let first = newer.timestamps.first, first > last {
            var merged = self
            merged.timestamps += newer.timestamps
            merged.values += newer.values
            merged.qualities += newer.qualities
            return (merged, newer.count)
        }
        var merged = PointBuffer()
        merged.reserve(count + newer.count)
        var old = 0
        var new = 0
        var added = 0
        while old < count || new < newer.count {
            if new == newer.count || (old < count && timestamps[old] < newer.timestamps[new]) {
                merged.append(timestamps[old], values[old], qualities[old])
                old += 1
            } else {
                if old < count, timestamps[old] == newer.timestamps[new] {
                    old += 1
                } else {
                    added += 1
                }
                merged.append(newer.timestamps[new], newer.values[new], newer.qualities[new])
                new += 1
            }
        }
        return (merged, added)
    }

    /// The points as observations of `tag`.
    func observations(of tag: TagID) -> [Observation] {
        (0..<count).map {
            Observation(
                tag: tag, timestamp: Timestamp(milliseconds: timestamps[$0]), value: values[$0],
                quality: qualities.isEmpty ? nil : qualities[$0])
        }
    }
}
