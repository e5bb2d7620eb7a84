/// Growable output for the chunk codec: bytes, LEB128 varints and little-endian bit fields.
///
/// Bit fields are written least significant bit first; ``alignToByte()`` pads the last partial
/// byte with zeros before byte-wise writing resumes.
struct ByteWriter {
    /// The bytes written so far (without bits still pending in the accumulator).
    private(set) var bytes: [UInt8]
    private var accumulator: UInt64 = 0
    private var pendingBits = 0

    /// Creates an empty writer with room for `capacity` bytes.
    init(capacity: Int = 0) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    /// Empties the writer, keeping its storage.
    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        accumulator = 0
        pendingBits = 0
    }

    /// Number of bytes written, counting a partial byte of bits as one.
    var count: Int { bytes.count + (pendingBits + 7) / 8 }

    /// Appends one byte.
    mutating func write(_ byte: UInt8) {
        assert(pendingBits == 0, "byte write inside a bit field")
        bytes.append(byte)
    }

    /// Appends bytes verbatim.
    mutating func write(contentsOf other: some Collection<UInt8>) {
        assert(pendingBits == 0, "byte write inside a bit field")
        bytes.append(contentsOf: other)
    }

    /// Appends an unsigned LEB128 varint (7 bits per byte, high bit = more).
    mutating func writeVarint(_ value: UInt64) {
        assert(pendingBits == 0, "byte write inside a bit field")
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// Appends a signed value as a zigzag varint.
    mutating func writeSignedVarint(_ value: Int64) {
        writeVarint(Zigzag.encode(value))
    }

    /// Appends the low `width` bits of `value` (0...64 bits).
    mutating func writeBits(_ value: UInt64, width: Int) {
        guard width > 0 else { return }
        assert(width == 64 || value >> UInt64(width) == 0, "value wider than its field")
        accumulator |= value &<< UInt64(pendingBits)
        let total = pendingBits + width
        if total >= 64 {
            appendWord(accumulator)
            accumulator = pendingBits == 0 ? 0 : value &>> UInt64(64 - pendingBits)
            pendingBits = total - 64
        } else {
            pendingBits = total
        }
    }

    /// Pads the current bit field to a whole byte.
    mutating func alignToByte() {
        while pendingBits > 0 {
            bytes.append(UInt8(truncatingIfNeeded: accumulator))
            accumulator >>= 8
            pendingBits = max(0, pendingBits - 8)
        }
        accumulator = 0
    }

    private mutating func appendWord(_ word: UInt64) {
        withUnsafeBytes(of: word.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// The number of bytes ``writeVarint(_:)`` uses for `value`.
    static func varintLength(_ value: UInt64) -> Int {
        max(1, (64 - value.leadingZeroBitCount + 6) / 7)
    }
}
