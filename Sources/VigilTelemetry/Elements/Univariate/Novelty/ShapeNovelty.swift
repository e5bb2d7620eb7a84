/// Shape novelty, in the manner of adaptive-resonance clustering: the last `length` points,
/// scaled by the warm-up range and averaged into `segments` means, are compared with every
/// remembered shape; when none is within `vigilance` (largest difference of any segment), the shape
/// is new and is remembered.
struct ShapeNovelty: Sendable {
    private let low: Double
    private let span: Double
    private let segments: Int
    private let segmentLength: Int
    private let vigilance: Double
    private let memory: Int
    /// Recent scaled values, a ring of `segments × segmentLength`.
    private var recent: [Double]
    private var next = 0
    private var filled = 0
    /// Remembered shapes, `segments` values each, one after another.
    private var shapes: [Double] = []
    private var current: [Double]

    init(low: Double, high: Double, length: Int, segments: Int, vigilance: Double, memory: Int) {
        self.low = low
        span = Swift.max(high - low, 1e-9)
        self.segments = segments
        segmentLength = Swift.max(length / segments, 1)
        self.vigilance = vigilance
        self.memory = memory
        recent = Array(repeating: 0, count: segments * segmentLength)
        current = Array(repeating: 0, count: segments)
    }

    /// How many shapes are remembered.
    var shapeCount: Int { shapes.count / segments }

    /// The distance of the last shape to the nearest remembered one before it was added (when new).
    private(set) var lastDistance = 0.0

    /// Records `value`; returns whether the shape ending with it is new. Only from the second
    /// remembered shape on can a shape count as new.
    mutating func observe(_ value: Double) -> Bool {
        recent[next] = (value - low) / span
        next = (next + 1) % recent.count
        filled = Swift.min(filled + 1, recent.count)
        guard filled == recent.count else { return false }
        for segment in 0..<segments {
            var sum = 0.0
            for offset in 0..<segmentLength { sum += recent[(next + segment * segmentLength + offset) % recent.count] }
            current[segment] = sum / Double(segmentLength)
        }
        var nearest = Double.infinity
        shapes.withUnsafeBufferPointer { remembered in
            var start = 0
            while start < remembered.count {
                var distance = 0.0
                for segment in 0..<segments {
                    distance = Swift.max(distance, abs(remembered[start + segment] - current[segment]))
                    if distance > vigilance { break }
                }
                nearest = Swift.min(nearest, distance)
                if distance <= vigilance { break }
                start += segments
            }
        }
        let isNew = nearest > vigilance
        guard isNew else { return false }
        lastDistance = nearest
        if shapeCount < memory { shapes += current }
        return shapeCount > 1
    }
}
