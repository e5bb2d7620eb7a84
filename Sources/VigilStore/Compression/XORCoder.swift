/// The Gorilla paper's XOR coding of Doubles, the fallback for blocks that are not exact decimals
/// (computed values, NaN, infinities, `-0.0`).
///
/// The first value is stored as its 64 raw bits. Each following value is XORed with its
/// predecessor: `0` when equal; `10` + the meaningful bits when they fit the previous window of
/// leading and trailing zeros; otherwise `11` + leading zeros (5 bits, at most 31) + meaningful
/// length − 1 (6 bits) + the meaningful bits. The stream is padded to a whole byte.
enum XORCoder {
    /// Appends `values` (at least one) to `writer`.
    static func encode(_ values: UnsafeBufferPointer<Double>, into writer: inout ByteWriter) {
        guard var previous = values.first?.bitPattern else { return }
        writer.writeBits(previous, width: 64)
        var windowLeading = -1
        var windowTrailing = 0
        for value in values.dropFirst() {
            let bits = value.bitPattern
            let xor = bits ^ previous
            previous = bits
            if xor == 0 {
                writer.writeBits(0, width: 1)
                continue
            }
            let leading = min(xor.leadingZeroBitCount, 31)
            let trailing = xor.trailingZeroBitCount
            if windowLeading >= 0, leading >= windowLeading, trailing >= windowTrailing {
                writer.writeBits(0b01, width: 2)
                writer.writeBits(xor >> UInt64(windowTrailing), width: 64 - windowLeading - windowTrailing)
            } else {
                let length = 64 - leading - trailing
                writer.writeBits(0b11, width: 2)
                writer.writeBits(UInt64(leading), width: 5)
                writer.writeBits(UInt64(length - 1), width: 6)
                writer.writeBits(xor >> UInt64(trailing), width: length)
                windowLeading = leading
                windowTrailing = trailing
            }
        }
        writer.alignToByte()
    }

    /// Reads `count` values (at least one) into `output`.
    static func decode(count: Int, from reader: inout ByteReader, into output: UnsafeMutablePointer<Double>) throws(ChunkFormatError) {
        var previous = try reader.readBits(64)
        output[0] = Double(bitPattern: previous)
        var windowLeading = -1
        var windowTrailing = 0
        for index in 1..<max(count, 1) {
            if try reader.readBits(1) != 0 {
                if try reader.readBits(1) != 0 {
                    windowLeading = Int(try reader.readBits(5))
                    let length = Int(try reader.readBits(6)) + 1
                    windowTrailing = 64 - windowLeading - length
                    guard windowTrailing >= 0 else { throw reader.failure("XOR window of \(length) bits after \(windowLeading) zeros") }
                } else if windowLeading < 0 {
                    throw reader.failure("XOR value reuses a window before one was set")
                }
                let meaningful = try reader.readBits(64 - windowLeading - windowTrailing)
                previous ^= meaningful << UInt64(windowTrailing)
            }
            output[index] = Double(bitPattern: previous)
        }
        reader.alignToByte()
    }
}
