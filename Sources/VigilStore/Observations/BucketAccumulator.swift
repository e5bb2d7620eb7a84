import VigilCore

/// Summarises time-ordered points into epoch-aligned buckets of a fixed width (count, min, max,
/// mean), the downsampled read both stores share.
struct BucketAccumulator {
    private let width: Int64
    private var buckets: [SeriesBucket] = []
    private var start: Int64 = 0
    private var count = 0
    private var minimum = 0.0
    private var maximum = 0.0
    private var sum = 0.0

    /// Buckets `width` milliseconds wide. - Precondition: `width > 0`.
    init(width: Int64) {
        precondition(width > 0, "buckets need a positive width")
        self.width = width
    }

    /// Adds the points at `indexes` of `points`, which follow every point added so far.
    mutating func add(_ points: PointBuffer, _ indexes: Range<Int>) {
        for index in indexes {
            let time = points.timestamps[index]
            let value = points.values[index]
            let bucket = time.floorDivided(by: width) &* width
            if count > 0, bucket == start {
                count += 1
                minimum = min(minimum, value)
                maximum = max(maximum, value)
                sum += value
            } else {
                closeBucket()
                start = bucket
                count = 1
                minimum = value
                maximum = value
                sum = value
            }
        }
    }

    /// The buckets, oldest first.
    mutating func finish() -> [SeriesBucket] {
        closeBucket()
        return buckets
    }

    private mutating func closeBucket() {
        guard count > 0 else { return }
        buckets.append(
            SeriesBucket(start: Timestamp(milliseconds: start), count: count, min: minimum, max: maximum, mean: sum / Double(count)))
        count = 0
    }
}
