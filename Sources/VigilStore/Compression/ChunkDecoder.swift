/// Decodes whole chunks written by ``ChunkBuilder``.
///
/// Chunk layout: version (1 byte, ``ChunkFormat/version``) · point count (varint) · first
/// timestamp (zigzag varint) · blocks until the end of the data.
enum ChunkDecoder {
    /// What a chunk's first bytes say.
    struct Header {
        /// Points in the chunk.
        var count: Int
        /// The chunk's first timestamp.
        var start: Int64
    }

    /// Reads the chunk header.
    static func readHeader(_ reader: inout ByteReader) throws(ChunkFormatError) -> Header {
        let version = try reader.readByte()
        guard version == ChunkFormat.version else { throw reader.failure("unknown chunk format version \(version)") }
        let count = try reader.readVarint()
        guard count >= 1, count <= UInt64(Int32.max) else { throw reader.failure("chunk claims \(count) points") }
        return Header(count: Int(count), start: try reader.readSignedVarint())
    }

    /// Decodes every point of a chunk and appends them to `points`.
    /// - Parameters:
    ///   - includingQualities: decode qualities too; otherwise `points.qualities` is left alone.
    /// - Throws: ``ChunkFormatError`` when the bytes are not a valid chunk.
    static func decode(
        _ data: UnsafeRawBufferPointer, into points: inout PointBuffer, includingQualities: Bool
    ) throws(ChunkFormatError) {
        var reader = ByteReader(data)
        let header = try readHeader(&reader)
        points.timestamps.reserveCapacity(points.count + header.count)
        points.values.reserveCapacity(points.count + header.count)
        if includingQualities { points.qualities.reserveCapacity(points.count + header.count) }
        let scratch = BlockDecoder.Scratch()
        defer { scratch.deallocate() }
        let before = points.count
        var last: Int64?
        while !reader.isAtEnd {
            guard points.count - before < header.count else { throw reader.failure("more points than the \(header.count) announced") }
            last = try BlockDecoder.decodeBlock(
                &reader, chunkStart: header.start, after: last, into: &points, includingQualities: includingQualities,
                scratch: scratch)
        }
        guard points.count - before == header.count else {
            throw reader.failure("\(points.count - before) points where \(header.count) were announced")
        }
        guard points.timestamps[before] == header.start else {
            throw ChunkFormatError(offset: 0, reason: "first point at \(points.timestamps[before]), not at the chunk start \(header.start)")
        }
    }
}
