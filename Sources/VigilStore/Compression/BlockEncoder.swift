import VigilCore

/// Encodes one block of a chunk: up to ``ChunkFormat/blockCapacity`` points.
///
/// Block layout: point count − 1 (1 byte) · body length (varint) · body. The body holds the
/// timestamps (first one as an offset from the chunk start, then the differences divided by their
/// greatest common divisor, frame-of-reference packed), the values (a coding byte, then the
/// cheapest of the decimal codings, or XOR), then the qualities.
///
/// The encoder keeps scratch buffers between blocks, so reuse one instance.
struct BlockEncoder {
    private var frame = FrameOfReference()
    private var body = ByteWriter(capacity: 1024)
    private var steps: [UInt64] = []
    private var mantissas: [Int64] = []
    private var differences: [Int64] = []
    private var dictionary: [Int64] = []
    private var indexes: [UInt64] = []

    /// Appends the block of `points[range]` to `writer`.
    /// - Parameters:
    ///   - chunkStart: the first timestamp of the chunk, which block timestamps are offsets from.
    mutating func encode(_ points: PointBuffer, range: Range<Int>, chunkStart: Int64, into writer: inout ByteWriter) {
        precondition(!range.isEmpty && range.count <= ChunkFormat.blockCapacity, "a block holds 1…128 points")
        body.removeAll()
        encodeTimestamps(points.timestamps[range], chunkStart: chunkStart)
        points.values[range].withUnsafeBufferPointer { encodeValues($0) }
        encodeQualities(points.qualities.isEmpty ? nil : points.qualities[range], count: range.count)
        writer.write(UInt8(range.count - 1))
        writer.writeVarint(UInt64(body.count))
        writer.write(contentsOf: body.bytes)
    }

    private mutating func encodeTimestamps(_ timestamps: ArraySlice<Int64>, chunkStart: Int64) {
        let first = timestamps[timestamps.startIndex]
        body.writeVarint(UInt64(bitPattern: first &- chunkStart))
        guard timestamps.count > 1 else { return }
        steps.removeAll(keepingCapacity: true)
        var divisor: UInt64 = 0
        var previous = first
        for timestamp in timestamps.dropFirst() {
            let step = UInt64(bitPattern: timestamp &- previous)
            precondition(step > 0 && timestamp > previous, "block timestamps must increase")
            steps.append(step)
            divisor = Self.greatestCommonDivisor(divisor, step)
            previous = timestamp
        }
        for index in steps.indices { steps[index] /= divisor }
        body.writeVarint(divisor)
        steps.withUnsafeBufferPointer { frame.encode(unsigned: $0, into: &body) }
    }

    private mutating func encodeValues(_ values: UnsafeBufferPointer<Double>) {
        let count = values.count
        mantissas.removeAll(keepingCapacity: true)
        mantissas.append(contentsOf: repeatElement(0, count: count))
        let exponent = mantissas.withUnsafeMutableBufferPointer { DecimalScaling.scale(values, into: $0.baseAddress!) }
        guard let exponent else {
            body.write(ChunkFormat.ValueCoding.xor.rawValue << 5)
            XORCoder.encode(values, into: &body)
            return
        }
        differences.removeAll(keepingCapacity: true)
        for index in 1..<max(count, 1) { differences.append(mantissas[index] &- mantissas[index - 1]) }
        let deltaCost =
            ByteWriter.varintLength(Zigzag.encode(mantissas[0]))
            + differences.withUnsafeBufferPointer { frame.cost(signed: $0) }
        let frameCost = mantissas.withUnsafeBufferPointer { frame.cost(signed: $0) }
        let dictionaryCost = buildDictionary() ? dictionaryBytes() : Int.max
        let coding: ChunkFormat.ValueCoding
        if dictionaryCost < min(deltaCost, frameCost) {
            coding = .decimalDictionary
        } else {
            coding = deltaCost <= frameCost ? .decimalDelta : .decimalFrame
        }
        body.write(coding.rawValue << 5 | UInt8(exponent))
        switch coding {
        case .decimalDelta:
            body.writeSignedVarint(mantissas[0])
            differences.withUnsafeBufferPointer { frame.encode(signed: $0, into: &body) }
        case .decimalFrame:
            mantissas.withUnsafeBufferPointer { frame.encode(signed: $0, into: &body) }
        case .decimalDictionary:
            body.writeVarint(UInt64(dictionary.count))
            body.writeSignedVarint(dictionary[0])
            for index in 1..<dictionary.count {
                body.writeVarint(UInt64(bitPattern: dictionary[index] &- dictionary[index - 1]))
            }
            indexes.withUnsafeBufferPointer { frame.encode(unsigned: $0, into: &body) }
        case .xor:
            preconditionFailure("decimal blocks never choose XOR")
        }
    }

    /// Fills `dictionary` with the sorted distinct mantissas and `indexes` with each point's
    /// position in it. - Returns: `false` when there are more than ``ChunkFormat/dictionaryLimit``.
    private mutating func buildDictionary() -> Bool {
        dictionary.removeAll(keepingCapacity: true)
        dictionary.append(contentsOf: mantissas)
        dictionary.sort()
        var unique = 0
        for index in dictionary.indices where index == 0 || dictionary[index] != dictionary[unique - 1] {
            dictionary[unique] = dictionary[index]
            unique += 1
            if unique > ChunkFormat.dictionaryLimit { return false }
        }
        dictionary.removeLast(dictionary.count - unique)
        indexes.removeAll(keepingCapacity: true)
        for mantissa in mantissas {
            var low = 0
            var high = dictionary.count - 1
            while low < high {
                let middle = (low + high) / 2
                if dictionary[middle] < mantissa { low = middle + 1 } else { high = middle }
            }
            indexes.append(UInt64(low))
        }
        return true
    }

    private mutating func dictionaryBytes() -> Int {
        var bytes = ByteWriter.varintLength(UInt64(dictionary.count)) + ByteWriter.varintLength(Zigzag.encode(dictionary[0]))
        for index in 1..<dictionary.count {
            bytes += ByteWriter.varintLength(UInt64(bitPattern: dictionary[index] &- dictionary[index - 1]))
        }
        return bytes + indexes.withUnsafeBufferPointer { frame.cost(unsigned: $0) }
    }

    private mutating func encodeQualities(_ qualities: ArraySlice<ObservationQuality?>?, count: Int) {
        guard let qualities, qualities.contains(where: { $0 != nil }) else {
            body.write(ChunkFormat.QualityCoding.absent.rawValue)
            return
        }
        let base = withUnsafeTemporaryAllocation(of: Int.self, capacity: 257) { tally in
            tally.initialize(repeating: 0)
            for quality in qualities { tally[Int(ChunkFormat.code(quality))] += 1 }
            return UInt64(tally.indices.max { tally[$0] < tally[$1] || (tally[$0] == tally[$1] && $0 > $1) }!)
        }
        if base == 0 {
            body.write(ChunkFormat.QualityCoding.absentBase.rawValue)
        } else {
            body.write(ChunkFormat.QualityCoding.presentBase.rawValue)
            body.write(UInt8(base - 1))
        }
        let exceptions = qualities.enumerated().filter { ChunkFormat.code($0.element) != base }
        body.writeVarint(UInt64(exceptions.count))
        for (index, quality) in exceptions {
            body.write(UInt8(index))
            body.writeVarint(ChunkFormat.code(quality))
        }
    }

    private static func greatestCommonDivisor(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var (x, y) = (a, b)
        while y != 0 { (x, y) = (y, x % y) }
        return x
    }
}
