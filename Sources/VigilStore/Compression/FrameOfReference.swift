/// Patched frame-of-reference coding of a block of integers (at most 256 of them).
///
/// The smallest value is the *base*; every value minus the base is packed in a fixed bit width
/// chosen to minimise the total size. Values wider than that width are *exceptions*: their slot
/// holds the low bits and an exception entry (slot index, high bits as a varint) holds the rest,
/// so one outlier does not widen every slot.
///
/// Layout: base (varint; zigzag varint for signed input) · width (1 byte, 0–64) ·
/// exception count (varint) · packed slots (`⌈count × width / 8⌉` bytes) ·
/// exceptions (1 byte index + varint high bits each).
struct FrameOfReference {
    /// Largest number of values one call may code (slot indexes are one byte).
    static let maximumCount = 256

    private var offsets: [UInt64] = []

    /// Encodes unsigned values.
    mutating func encode(unsigned values: UnsafeBufferPointer<UInt64>, into writer: inout ByteWriter) {
        guard let base = values.min() else { return }
        writer.writeVarint(base)
        offsets.removeAll(keepingCapacity: true)
        for value in values { offsets.append(value &- base) }
        writeOffsets(into: &writer)
    }

    /// Encodes signed values.
    mutating func encode(signed values: UnsafeBufferPointer<Int64>, into writer: inout ByteWriter) {
        guard let base = values.min() else { return }
        writer.writeSignedVarint(base)
        offsets.removeAll(keepingCapacity: true)
        for value in values { offsets.append(UInt64(bitPattern: value &- base)) }
        writeOffsets(into: &writer)
    }

    /// The encoded size in bytes of signed values, without writing them.
    mutating func cost(signed values: UnsafeBufferPointer<Int64>) -> Int {
        guard let base = values.min() else { return 0 }
        offsets.removeAll(keepingCapacity: true)
        for value in values { offsets.append(UInt64(bitPattern: value &- base)) }
        return ByteWriter.varintLength(Zigzag.encode(base)) + Self.plan(offsets).bytes
    }

    /// The encoded size in bytes of unsigned values, without writing them.
    mutating func cost(unsigned values: UnsafeBufferPointer<UInt64>) -> Int {
        guard let base = values.min() else { return 0 }
        offsets.removeAll(keepingCapacity: true)
        for value in values { offsets.append(value &- base) }
        return ByteWriter.varintLength(base) + Self.plan(offsets).bytes
    }

    /// Decodes `count` unsigned values into `output`.
    static func decode(
        unsignedCount count: Int, from reader: inout ByteReader, into output: UnsafeMutablePointer<UInt64>
    ) throws(ChunkFormatError) {
        guard count > 0 else { return }
        let base = try reader.readVarint()
        try readOffsets(count: count, from: &reader, into: output)
        for index in 0..<count { output[index] = output[index] &+ base }
    }

    /// Decodes `count` signed values into `output`.
    static func decode(
        signedCount count: Int, from reader: inout ByteReader, into output: UnsafeMutablePointer<Int64>
    ) throws(ChunkFormatError) {
        guard count > 0 else { return }
        let base = try reader.readSignedVarint()
        try output.withMemoryRebound(to: UInt64.self, capacity: count) { (raw) throws(ChunkFormatError) in
            try readOffsets(count: count, from: &reader, into: raw)
        }
        for index in 0..<count { output[index] = output[index] &+ base }
    }

    private func writeOffsets(into writer: inout ByteWriter) {
        precondition(offsets.count <= Self.maximumCount, "frame of reference codes at most 256 values")
        let plan = Self.plan(offsets)
        writer.write(UInt8(plan.width))
        writer.writeVarint(UInt64(plan.exceptions))
        let mask: UInt64 = plan.width == 64 ? .max : (1 &<< UInt64(plan.width)) &- 1
        for offset in offsets { writer.writeBits(offset & mask, width: plan.width) }
        writer.alignToByte()
        guard plan.exceptions > 0 else { return }
        for (index, offset) in offsets.enumerated() where offset & ~mask != 0 {
            writer.write(UInt8(index))
            writer.writeVarint(offset >> UInt64(plan.width))
        }
    }

    private static func readOffsets(
        count: Int, from reader: inout ByteReader, into output: UnsafeMutablePointer<UInt64>
    ) throws(ChunkFormatError) {
        guard count <= maximumCount else { throw reader.failure("frame of \(count) values exceeds \(maximumCount)") }
        let width = Int(try reader.readByte())
        guard width <= 64 else { throw reader.failure("bit width \(width) exceeds 64") }
        let exceptions = try reader.readVarint()
        guard exceptions <= UInt64(count), width < 64 || exceptions == 0 else {
            throw reader.failure("\(exceptions) exceptions in a frame of \(count) values of width \(width)")
        }
        try reader.readPacked(count: count, width: width, into: output)
        reader.alignToByte()
        for _ in 0..<exceptions {
            let index = Int(try reader.readByte())
            guard index < count else { throw reader.failure("exception index \(index) outside a frame of \(count)") }
            let high = try reader.readVarint()
            guard high != 0, high.leadingZeroBitCount >= width else {
                throw reader.failure("exception value does not fit 64 bits")
            }
            output[index] |= high << UInt64(width)
        }
    }

    /// The cheapest bit width for `offsets`, its exception count and the size of everything after
    /// the base.
    private static func plan(_ offsets: [UInt64]) -> (width: Int, exceptions: Int, bytes: Int) {
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 65) { histogram in
            histogram.initialize(repeating: 0)
            var widest = 0
            for offset in offsets {
                let bits = 64 - offset.leadingZeroBitCount
                histogram[bits] += 1
                widest = max(widest, bits)
            }
            var best = (width: widest, exceptions: 0, bytes: 2 + (offsets.count * widest + 7) / 8)
            var exceptions = 0
            var width = widest - 1
            while width >= 0 {
                exceptions += histogram[width + 1]
                var bytes = 1 + ByteWriter.varintLength(UInt64(exceptions)) + (offsets.count * width + 7) / 8
                for bits in (width + 1)...widest where histogram[bits] > 0 {
                    bytes += histogram[bits] * (1 + (bits - width + 6) / 7)
                }
                if bytes < best.bytes { best = (width, exceptions, bytes) }
                width -= 1
            }
            return best
        }
    }
}
