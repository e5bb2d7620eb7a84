import Testing
import VigilCore

@testable import VigilStore

@Suite("Frame of reference")
struct FrameOfReferenceTests {
    @discardableResult
    private func roundTrip(signed values: [Int64]) throws -> Int {
        var frame = FrameOfReference()
        var writer = ByteWriter()
        values.withUnsafeBufferPointer { frame.encode(signed: $0, into: &writer) }
        let cost = values.withUnsafeBufferPointer { frame.cost(signed: $0) }
        #expect(cost == writer.count, "the cost model matches the encoding")
        var decoded = [Int64](repeating: 0, count: values.count)
        try writer.bytes.withUnsafeBytes { bytes in
            var reader = ByteReader(bytes)
            try decoded.withUnsafeMutableBufferPointer { output in
                try FrameOfReference.decode(signedCount: values.count, from: &reader, into: output.baseAddress!)
            }
            #expect(reader.isAtEnd)
        }
        #expect(decoded == values)
        return writer.count
    }

    @Test("equal values need no bits per value")
    func constant() throws {
        #expect(try roundTrip(signed: Array(repeating: -7, count: 128)) == 3, "base, width 0, no exceptions")
    }

    @Test("one spike becomes an exception instead of widening every slot")
    func spike() throws {
        var values = (0..<128).map { Int64($0 % 4) }
        values[77] = 1_000_000
        let size = try roundTrip(signed: values)
        #expect(size < 128 * 2 / 8 + 12, "got \(size) bytes")
    }

    @Test("extreme values and full 64-bit widths round-trip")
    func extremes() throws {
        try roundTrip(signed: [.min, .max, 0, -1, 1])
        var random = SeededGenerator(seed: 12)
        try roundTrip(signed: (0..<256).map { _ in Int64(bitPattern: random.next()) })
        try roundTrip(signed: [42])
    }
}
