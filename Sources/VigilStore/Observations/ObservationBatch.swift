import VigilCore

/// A batch of observations grouped per tag, validated, sorted by time, with duplicate timestamps
/// resolved (the later observation in the batch wins): what both stores write.
struct ObservationBatch {
    /// Tags in order of first appearance, each with its points.
    private(set) var series: [(tag: TagID, points: PointBuffer)] = []

    /// Groups and validates `observations`.
    /// - Throws: ``StoreError/nonFiniteValue(tag:timestamp:value:)`` for the first NaN or infinity.
    init(_ observations: [Observation]) throws(StoreError) {
        var positions: [TagID: Int] = [:]
        var sorted: [Bool] = []
        for observation in observations {
            guard observation.value.isFinite else {
                throw .nonFiniteValue(tag: observation.tag, timestamp: observation.timestamp, value: observation.value)
            }
            let position: Int
            if let known = positions[observation.tag] {
                position = known
            } else {
                position = series.count
                positions[observation.tag] = position
                series.append((observation.tag, PointBuffer()))
                sorted.append(true)
            }
            let time = observation.timestamp.milliseconds
            if let last = series[position].points.timestamps.last, time <= last { sorted[position] = false }
            series[position].points.append(time, observation.value, observation.quality)
        }
        for position in series.indices where !sorted[position] {
            series[position].points = Self.sortedLastWins(series[position].points)
        }
    }

    /// The points sorted by time, keeping the last of equal timestamps.
    private static func sortedLastWins(_ points: PointBuffer) -> PointBuffer {
        let order = points.timestamps.indices.sorted {
            points.timestamps[$0] < points.timestamps[$1] || (points.timestamps[$0] == points.timestamps[$1] && $0 < $1)
        }
        var result = PointBuffer()
        result.reserve(order.count)
        for index in order {
            if let last = result.timestamps.last, last == points.timestamps[index] {
                result.values[result.count - 1] = points.values[index]
                result.qualities[result.count - 1] = points.qualities[index]
            } else {
                result.append(points.timestamps[index], points.values[index], points.qualities[index])
            }
        }
        return result
    }
}
