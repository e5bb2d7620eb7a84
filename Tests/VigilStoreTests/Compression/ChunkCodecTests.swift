import Testing
import VigilCore

@testable import VigilStore

@Suite("Chunk codec")
struct ChunkCodecTests {
    /// Encodes, decodes and checks every timestamp, value bit pattern and quality.
    @discardableResult
    private func roundTrip(_ points: PointBuffer, sourceLocation: SourceLocation = #_sourceLocation) throws -> [UInt8] {
        let bytes = ChunkBuilder.encode(points)
        var decoded = PointBuffer()
        try bytes.withUnsafeBytes { try ChunkDecoder.decode($0, into: &decoded, includingQualities: true) }
        #expect(decoded.timestamps == points.timestamps, sourceLocation: sourceLocation)
        #expect(decoded.values.map(\.bitPattern) == points.values.map(\.bitPattern), sourceLocation: sourceLocation)
        #expect(decoded.qualities == points.qualities, sourceLocation: sourceLocation)
        return bytes
    }

    private func points(
        count: Int, start: Int64 = 1_700_000_000_000, step: Int64 = 1000, value: (Int) -> Double
    ) -> PointBuffer {
        var buffer = PointBuffer()
        for index in 0..<count { buffer.append(start + Int64(index) * step, value(index), nil) }
        return buffer
    }

    @Test("random doubles round-trip through the XOR coding")
    func randomDoubles() throws {
        var random = SeededGenerator(seed: 1)
        let buffer = points(count: 1000) { _ in Double.random(in: -1e6...1e6, using: &random) }
        try roundTrip(buffer)
    }

    @Test("random bit patterns, including NaN payloads, round-trip")
    func randomBitPatterns() throws {
        var random = SeededGenerator(seed: 2)
        let buffer = points(count: 300) { _ in Double(bitPattern: random.next()) }
        try roundTrip(buffer)
    }

    @Test("constant series take almost no space")
    func constant() throws {
        let bytes = try roundTrip(points(count: 2048) { _ in 42.5 })
        #expect(bytes.count < 2048 / 4, "got \(bytes.count) bytes")
    }

    @Test("monotonic counters code their differences")
    func monotonic() throws {
        let bytes = try roundTrip(points(count: 2048) { Double(1_000_000 + $0 * 3) })
        #expect(bytes.count < 2048 / 2, "got \(bytes.count) bytes")
    }

    @Test("decimal values with 4 to 6 digits stay under 2.5 bytes per point")
    func decimals() throws {
        var random = SeededGenerator(seed: 3)
        var level = 26.85
        let buffer = points(count: 2048) { _ in
            level += Double(Int.random(in: -50...50, using: &random)) / 10_000
            return (level * 10_000).rounded() / 10_000
        }
        let bytes = try roundTrip(buffer)
        #expect(Double(bytes.count) / 2048 < 2.5, "got \(bytes.count) bytes")
    }

    @Test("a few distinct levels use the dictionary coding")
    func levels() throws {
        let levels = [0.054711, 0.382638, -0.273216, 0.710565, -0.601143]
        var random = SeededGenerator(seed: 4)
        let bytes = try roundTrip(points(count: 1024) { _ in levels.randomElement(using: &random)! })
        #expect(Double(bytes.count) / 1024 < 0.75, "got \(bytes.count) bytes")
    }

    @Test("NaN, -0.0, infinities and subnormals round-trip to the bit")
    func specialValues() throws {
        let specials: [Double] = [
            .nan, -.nan, Double(bitPattern: 0x7FF0_0000_0000_0001), -0.0, 0.0, .infinity, -.infinity,
            .leastNonzeroMagnitude, .greatestFiniteMagnitude, -.greatestFiniteMagnitude, 1e-300, 0.1,
        ]
        try roundTrip(points(count: 260) { specials[$0 % specials.count] })
        try roundTrip(points(count: 3) { [-0.0, -0.0, -0.0][$0] })
    }

    @Test("irregular timestamps, huge gaps and negative times round-trip")
    func timestamps() throws {
        var random = SeededGenerator(seed: 5)
        var irregular = PointBuffer()
        var time: Int64 = -5_000_000
        for index in 0..<700 {
            time += Int64.random(in: 1...(index % 50 == 0 ? 10_000_000_000 : 1_500), using: &random)
            irregular.append(time, Double(index), nil)
        }
        try roundTrip(irregular)

        var extremes = PointBuffer()
        for (index, timestamp) in [Int64.min, Int64.min + 1, -1, 0, 1, Int64.max - 1, Int64.max].enumerated() {
            extremes.append(timestamp, Double(index), nil)
        }
        try roundTrip(extremes)
    }

    @Test("qualities round-trip, rare or frequent", arguments: [0, 1, 7, 64, 128])
    func qualities(every: Int) throws {
        var buffer = PointBuffer()
        for index in 0..<300 {
            let quality: ObservationQuality? =
                switch every {
                case 0: nil
                case 1: .good
                default: index % every == 0 ? ObservationQuality(rawValue: UInt8(index % 256)) : (index % 3 == 0 ? nil : .good)
                }
            buffer.append(Int64(index) * 10, Double(index) / 4, quality)
        }
        try roundTrip(buffer)
    }

    @Test("chunks of 1, 127, 128 and 129 points round-trip", arguments: [1, 127, 128, 129])
    func blockBoundaries(count: Int) throws {
        try roundTrip(points(count: count) { Double($0) * 0.5 })
    }

    @Test("a resumed chunk with appended points equals one encoded at once")
    func resume() throws {
        var random = SeededGenerator(seed: 6)
        let all = points(count: 700) { _ in (Double.random(in: 0...100, using: &random) * 1000).rounded() / 1000 }
        for split in [1, 100, 128, 256, 300, 699] {
            var first = ChunkBuilder()
            for index in 0..<split { first.append(all.timestamps[index], all.values[index], nil) }
            let stored = first.encoded()
            var resumed = try stored.withUnsafeBytes { try ChunkBuilder(resuming: $0) }
            #expect(resumed.count == split)
            #expect(resumed.lastTimestamp == all.timestamps[split - 1])
            for index in split..<all.count { resumed.append(all.timestamps[index], all.values[index], nil) }
            #expect(resumed.encoded() == ChunkBuilder.encode(all), "split at \(split)")
        }
    }

    @Test("truncated chunks throw instead of crashing")
    func truncated() throws {
        var random = SeededGenerator(seed: 7)
        let buffer = points(count: 300) { _ in Double(Int.random(in: 0...1000, using: &random)) / 100 }
        let bytes = ChunkBuilder.encode(buffer)
        for length in 0..<bytes.count {
            var decoded = PointBuffer()
            #expect(throws: ChunkFormatError.self) {
                try Array(bytes[..<length]).withUnsafeBytes { try ChunkDecoder.decode($0, into: &decoded, includingQualities: true) }
            }
        }
    }

    @Test("corrupted bytes never crash the decoder")
    func corrupted() {
        var random = SeededGenerator(seed: 8)
        let buffer = points(count: 300) { _ in Double.random(in: 0...1, using: &random) }
        let original = ChunkBuilder.encode(buffer)
        for _ in 0..<2000 {
            var bytes = original
            let index = Int.random(in: 0..<bytes.count, using: &random)
            bytes[index] ^= UInt8.random(in: 1...255, using: &random)
            var decoded = PointBuffer()
            _ = try? bytes.withUnsafeBytes { try ChunkDecoder.decode($0, into: &decoded, includingQualities: true) }
        }
    }

    @Test("corrupt chunks name the problem")
    func namedErrors() throws {
        let bytes = ChunkBuilder.encode(points(count: 10) { Double($0) })
        func error(_ corrupt: [UInt8]) -> ChunkFormatError? {
            var decoded = PointBuffer()
            do {
                try corrupt.withUnsafeBytes { try ChunkDecoder.decode($0, into: &decoded, includingQualities: true) }
                return nil
            } catch let failure as ChunkFormatError {
                return failure
            } catch {
                return nil
            }
        }
        var wrongVersion = bytes
        wrongVersion[0] = 9
        #expect(error(wrongVersion)?.reason == "unknown chunk format version 9")
        #expect(error(wrongVersion)?.offset == 1)

        var wrongCount = bytes
        wrongCount[1] = 11
        #expect(error(wrongCount)?.reason.contains("announced") == true)

        #expect(error(bytes + [0, 0])?.reason == "more points than the 10 announced")
        #expect(error(Array(bytes.dropLast()))?.reason.contains("past the end") == true)
    }
}
