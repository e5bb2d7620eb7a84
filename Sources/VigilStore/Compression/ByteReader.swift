/// Bounds-checked input for the chunk codec: the mirror of ``ByteWriter``.
///
/// Every read that would pass the end of the buffer, or meets a malformed varint, throws a
/// ``ChunkFormatError`` naming the byte offset.
struct ByteReader {
    private let base: UnsafeRawBufferPointer
    /// Position in bits from the start of the buffer.
    private var bitPosition = 0

    /// Reads `buffer`, which must stay valid while the reader is used.
    init(_ buffer: UnsafeRawBufferPointer) {
        base = buffer
    }

    /// Current byte offset (rounded up when inside a bit field).
    var offset: Int { (bitPosition + 7) >> 3 }

    /// Whether every byte has been consumed.
    var isAtEnd: Bool { offset >= base.count }

    /// Bytes left after the current offset.
    var remaining: Int { base.count - offset }

    /// A failure at the current offset.
    func failure(_ reason: String) -> ChunkFormatError {
        ChunkFormatError(offset: offset, reason: reason)
    }

    /// Reads one byte.
    mutating func readByte() throws(ChunkFormatError) -> UInt8 {
        let index = offset
        guard index < base.count else { throw failure("unexpected end of data") }
        bitPosition = (index + 1) << 3
        return base[index]
    }

    /// Reads an unsigned LEB128 varint of at most 10 bytes.
    mutating func readVarint() throws(ChunkFormatError) -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let byte = try readByte()
            guard shift < 64, shift < 63 || byte <= 1 else { throw failure("varint longer than 64 bits") }
            result |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return result }
            shift += 7
        }
    }

    /// Reads a zigzag varint.
    mutating func readSignedVarint() throws(ChunkFormatError) -> Int64 {
        Zigzag.decode(try readVarint())
    }

    /// Skips `count` bytes.
    mutating func skip(_ count: Int) throws(ChunkFormatError) {
        let target = offset + count
        guard count >= 0, target <= base.count else { throw failure("length \(count) runs past the end of the data") }
        bitPosition = target << 3
    }

    /// The bytes from `start` up to the current offset.
    func bytes(from start: Int) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: base[start..<offset])
    }

    /// Reads a `width`-bit field (0...64), least significant bit first.
    mutating func readBits(_ width: Int) throws(ChunkFormatError) -> UInt64 {
        guard width > 0 else { return 0 }
        guard bitPosition + width <= base.count << 3 else { throw failure("bit field runs past the end of the data") }
        let value = unsafeBits(width)
        bitPosition += width
        return value
    }

    /// Reads `count` fields of `width` bits into `output`.
    mutating func readPacked(count: Int, width: Int, into output: UnsafeMutablePointer<UInt64>) throws(ChunkFormatError) {
        guard width > 0 else {
            output.update(repeating: 0, count: count)
            return
        }
        guard bitPosition + count * width <= base.count << 3 else { throw failure("packed block runs past the end of the data") }
        for index in 0..<count {
            output[index] = unsafeBits(width)
            bitPosition += width
        }
    }

    /// Moves to the next byte boundary.
    mutating func alignToByte() {
        bitPosition = offset << 3
    }

    /// The `width` bits at the current position; the caller has checked they exist.
    @inline(__always)
    private func unsafeBits(_ width: Int) -> UInt64 {
        let byteIndex = bitPosition >> 3
        let shift = UInt64(bitPosition & 7)
        var value: UInt64
        if byteIndex + 8 <= base.count {
            value = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: byteIndex, as: UInt64.self)) &>> shift
            if Int(shift) + width > 64 {
                value |= UInt64(base[byteIndex + 8]) &<< (64 - shift)
            }
        } else {
            var word: UInt64 = 0
            for index in byteIndex..<base.count {
                word |= UInt64(base[index]) &<< UInt64((index - byteIndex) << 3)
            }
            value = word &>> shift
        }
        return width == 64 ? value : value & ((1 &<< UInt64(width)) &- 1)
    }
}
