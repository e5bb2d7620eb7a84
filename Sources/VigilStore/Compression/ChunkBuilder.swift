import VigilCore

/// Builds one chunk incrementally: complete blocks are encoded once and kept as bytes, the newest
/// points wait in a partial block that is re-encoded each time ``encoded()`` is called.
///
/// That is the write path for a series' open chunk: resume from the stored bytes, append the new
/// points, store ``encoded()`` again — the cost is one partial block, whatever the chunk size.
///
/// ```swift
/// var builder = ChunkBuilder()
/// builder.append(1_000, 21.5, nil)
/// builder.append(2_000, 21.7, .good)
/// let bytes = builder.encoded()
/// ```
struct ChunkBuilder {
    /// Points in the chunk.
    private(set) var count = 0
    /// The first timestamp, once there is a point.
    private(set) var firstTimestamp: Int64?
    /// The last timestamp, once there is a point.
    private(set) var lastTimestamp: Int64?
    private var sealed = ByteWriter()
    private var pending = PointBuffer()
    private var encoder = BlockEncoder()

    /// An empty chunk.
    init() {}

    /// Resumes a stored chunk so that points can be appended to it.
    /// - Throws: ``ChunkFormatError`` when `data` is not a valid chunk.
    init(resuming data: UnsafeRawBufferPointer) throws(ChunkFormatError) {
        var reader = ByteReader(data)
        let header = try ChunkDecoder.readHeader(&reader)
        let blocksStart = reader.offset
        var lastBlock = BlockDecoder.Header(count: 0, bodyStart: blocksStart, bodyLength: 0)
        var lastBlockStart = blocksStart
        var total = 0
        while !reader.isAtEnd {
            lastBlockStart = reader.offset
            lastBlock = try BlockDecoder.skipBlock(&reader)
            total += lastBlock.count
        }
        guard total == header.count else { throw reader.failure("\(total) points where \(header.count) were announced") }
        var tail = ByteReader(UnsafeRawBufferPointer(rebasing: data[lastBlockStart...]))
        let scratch = BlockDecoder.Scratch()
        defer { scratch.deallocate() }
        var decoded = PointBuffer()
        let last = try BlockDecoder.decodeBlock(
            &tail, chunkStart: header.start, after: nil, into: &decoded, includingQualities: true, scratch: scratch)
        firstTimestamp = header.start
        lastTimestamp = last
        count = header.count
        if lastBlock.count < ChunkFormat.blockCapacity {
            sealed.write(contentsOf: UnsafeRawBufferPointer(rebasing: data[blocksStart..<lastBlockStart]))
            pending = decoded
        } else {
            sealed.write(contentsOf: UnsafeRawBufferPointer(rebasing: data[blocksStart...]))
        }
    }

    /// Encodes `points` as one chunk. - Precondition: `points` is not empty and sorted.
    static func encode(_ points: PointBuffer) -> [UInt8] {
        var builder = ChunkBuilder()
        for index in 0..<points.count {
            builder.append(points.timestamps[index], points.values[index], points.qualities.isEmpty ? nil : points.qualities[index])
        }
        return builder.encoded()
    }

    /// Bytes of the complete blocks.
    var sealedByteCount: Int { sealed.count }

    /// Whether the chunk should take no more points: it holds `pointLimit` points, or its complete
    /// blocks take `byteLimit` bytes and no partial block has started.
    func isFull(pointLimit: Int, byteLimit: Int) -> Bool {
        count >= pointLimit || (pending.isEmpty && sealed.count >= byteLimit)
    }

    /// Appends a point. - Precondition: `timestamp` is later than ``lastTimestamp``.
    mutating func append(_ timestamp: Int64, _ value: Double, _ quality: ObservationQuality?) {
        precondition(lastTimestamp.map { timestamp > $0 } ?? true, "chunk points must be appended in time order")
        if firstTimestamp == nil { firstTimestamp = timestamp }
        lastTimestamp = timestamp
        count += 1
        pending.append(timestamp, value, quality)
        if pending.count == ChunkFormat.blockCapacity {
            encoder.encode(pending, range: 0..<pending.count, chunkStart: firstTimestamp!, into: &sealed)
            pending.timestamps.removeAll(keepingCapacity: true)
            pending.values.removeAll(keepingCapacity: true)
            pending.qualities.removeAll(keepingCapacity: true)
        }
    }

    /// The chunk's bytes. - Precondition: the chunk has at least one point.
    mutating func encoded() -> [UInt8] {
        precondition(count > 0, "an empty chunk has no encoding")
        var output = ByteWriter(capacity: sealed.count + 24 + pending.count * 10)
        output.write(ChunkFormat.version)
        output.writeVarint(UInt64(count))
        output.writeSignedVarint(firstTimestamp!)
        output.write(contentsOf: sealed.bytes)
        if !pending.isEmpty {
            encoder.encode(pending, range: 0..<pending.count, chunkStart: firstTimestamp!, into: &output)
        }
        return output.bytes
    }
}
