import VigilCore

/// Decodes the blocks written by ``BlockEncoder``.
///
/// Scratch space for one block is passed in, so decoding a chunk allocates only its output.
enum BlockDecoder {
    /// Scratch buffers of ``ChunkFormat/blockCapacity`` elements each.
    struct Scratch {
        let unsigned = UnsafeMutablePointer<UInt64>.allocate(capacity: ChunkFormat.blockCapacity)
        let signed = UnsafeMutablePointer<Int64>.allocate(capacity: ChunkFormat.blockCapacity)
        let dictionary = UnsafeMutablePointer<Int64>.allocate(capacity: ChunkFormat.dictionaryLimit)
        let doubles = UnsafeMutablePointer<Double>.allocate(capacity: ChunkFormat.blockCapacity)

        /// Frees the buffers.
        func deallocate() {
            unsigned.deallocate()
            signed.deallocate()
            dictionary.deallocate()
            doubles.deallocate()
        }
    }

    /// A block's count and the range of its body within the chunk.
    struct Header {
        /// Points in the block.
        var count: Int
        /// Byte offset of the body.
        var bodyStart: Int
        /// Byte length of the body.
        var bodyLength: Int
    }

    /// Reads a block header and skips its body.
    static func skipBlock(_ reader: inout ByteReader) throws(ChunkFormatError) -> Header {
        let count = Int(try reader.readByte()) + 1
        guard count <= ChunkFormat.blockCapacity else { throw reader.failure("block of \(count) points exceeds \(ChunkFormat.blockCapacity)") }
        let length = try reader.readVarint()
        guard length <= UInt64(reader.remaining) else { throw reader.failure("block length \(length) runs past the end of the data") }
        let header = Header(count: count, bodyStart: reader.offset, bodyLength: Int(length))
        try reader.skip(header.bodyLength)
        return header
    }

    /// Decodes one block and appends its points.
    /// - Parameters:
    ///   - chunkStart: the chunk's first timestamp.
    ///   - after: the last timestamp decoded before this block, which the block must follow; `nil`
    ///     for the chunk's first block (which must start at `chunkStart`) or when unknown.
    ///   - includingQualities: whether to decode qualities too (otherwise they are skipped).
    /// - Returns: the last timestamp of the block.
    static func decodeBlock(
        _ reader: inout ByteReader, chunkStart: Int64, after previous: Int64?, into points: inout PointBuffer,
        includingQualities: Bool, scratch: Scratch
    ) throws(ChunkFormatError) -> Int64 {
        let count = Int(try reader.readByte()) + 1
        guard count <= ChunkFormat.blockCapacity else { throw reader.failure("block of \(count) points exceeds \(ChunkFormat.blockCapacity)") }
        let length = try reader.readVarint()
        guard length <= UInt64(reader.remaining) else { throw reader.failure("block length \(length) runs past the end of the data") }
        let end = reader.offset + Int(length)
        let last = try decodeTimestamps(&reader, count: count, chunkStart: chunkStart, after: previous, into: &points, scratch: scratch)
        try decodeValues(&reader, count: count, into: &points, scratch: scratch)
        if includingQualities {
            try decodeQualities(&reader, count: count, into: &points)
        }
        guard reader.offset <= end else { throw reader.failure("block body longer than its stated \(length) bytes") }
        try reader.skip(end - reader.offset)
        return last
    }

    private static func decodeTimestamps(
        _ reader: inout ByteReader, count: Int, chunkStart: Int64, after previous: Int64?, into points: inout PointBuffer,
        scratch: Scratch
    ) throws(ChunkFormatError) -> Int64 {
        var timestamp = chunkStart &+ Int64(bitPattern: try reader.readVarint())
        guard timestamp >= chunkStart else { throw reader.failure("block starts at \(timestamp), before the chunk's \(chunkStart)") }
        if let previous, timestamp <= previous {
            throw reader.failure("block starts at \(timestamp), not after \(previous)")
        }
        points.timestamps.append(timestamp)
        guard count > 1 else { return timestamp }
        let divisor = try reader.readVarint()
        guard divisor > 0 else { throw reader.failure("timestamp step divisor is zero") }
        try FrameOfReference.decode(unsignedCount: count - 1, from: &reader, into: scratch.unsigned)
        for index in 0..<(count - 1) {
            let (step, overflow) = scratch.unsigned[index].multipliedReportingOverflow(by: divisor)
            let next = timestamp &+ Int64(bitPattern: step)
            guard !overflow, step > 0, next > timestamp else { throw reader.failure("timestamps do not increase") }
            timestamp = next
            points.timestamps.append(timestamp)
        }
        return timestamp
    }

    private static func decodeValues(
        _ reader: inout ByteReader, count: Int, into points: inout PointBuffer, scratch: Scratch
    ) throws(ChunkFormatError) {
        let codingByte = try reader.readByte()
        guard let coding = ChunkFormat.ValueCoding(rawValue: codingByte >> 5) else {
            throw reader.failure("unknown value coding \(codingByte >> 5)")
        }
        let exponent = Int(codingByte & 0x1F)
        guard exponent <= DecimalScaling.maximumExponent else { throw reader.failure("decimal exponent \(exponent) exceeds 22") }
        let mantissas = scratch.signed
        switch coding {
        case .xor:
            try XORCoder.decode(count: count, from: &reader, into: scratch.doubles)
            points.values.append(contentsOf: UnsafeBufferPointer(start: scratch.doubles, count: count))
            return
        case .decimalDelta:
            mantissas[0] = try reader.readSignedVarint()
            if count > 1 {
                try FrameOfReference.decode(signedCount: count - 1, from: &reader, into: mantissas + 1)
                for index in 1..<count { mantissas[index] = mantissas[index - 1] &+ mantissas[index] }
            }
        case .decimalFrame:
            try FrameOfReference.decode(signedCount: count, from: &reader, into: mantissas)
        case .decimalDictionary:
            try decodeDictionary(&reader, count: count, into: mantissas, scratch: scratch)
        }
        for index in 0..<count {
            points.values.append(DecimalScaling.value(mantissa: mantissas[index], exponent: exponent))
        }
    }

    private static func decodeDictionary(
        _ reader: inout ByteReader, count: Int, into mantissas: UnsafeMutablePointer<Int64>, scratch: Scratch
    ) throws(ChunkFormatError) {
        let size = try reader.readVarint()
        guard size >= 1, size <= UInt64(ChunkFormat.dictionaryLimit) else { throw reader.failure("dictionary of \(size) values") }
        let dictionary = scratch.dictionary
        dictionary[0] = try reader.readSignedVarint()
        for index in 1..<Int(size) {
            dictionary[index] = dictionary[index - 1] &+ Int64(bitPattern: try reader.readVarint())
        }
        try FrameOfReference.decode(unsignedCount: count, from: &reader, into: scratch.unsigned)
        for index in 0..<count {
            let entry = scratch.unsigned[index]
            guard entry < size else { throw reader.failure("dictionary index \(entry) outside \(size) entries") }
            mantissas[index] = dictionary[Int(entry)]
        }
    }

    private static func decodeQualities(_ reader: inout ByteReader, count: Int, into points: inout PointBuffer) throws(ChunkFormatError) {
        let codingByte = try reader.readByte()
        guard let coding = ChunkFormat.QualityCoding(rawValue: codingByte) else {
            throw reader.failure("unknown quality coding \(codingByte)")
        }
        let start = points.qualities.count
        switch coding {
        case .absent:
            points.qualities.append(contentsOf: repeatElement(nil, count: count))
            return
        case .absentBase:
            points.qualities.append(contentsOf: repeatElement(nil, count: count))
        case .presentBase:
            let base = ObservationQuality(rawValue: try reader.readByte())
            points.qualities.append(contentsOf: repeatElement(Optional(base), count: count))
        }
        let exceptions = try reader.readVarint()
        guard exceptions <= UInt64(count) else { throw reader.failure("\(exceptions) quality exceptions in a block of \(count)") }
        for _ in 0..<exceptions {
            let index = Int(try reader.readByte())
            guard index < count else { throw reader.failure("quality exception at \(index) outside a block of \(count)") }
            guard let quality = ChunkFormat.quality(code: try reader.readVarint()) else { throw reader.failure("quality code out of range") }
            points.qualities[start + index] = quality
        }
    }
}
