import VigilCore

/// Constants of the chunk format (see `docs/storage.md` for the layout byte by byte).
///
/// A chunk holds one series' points in blocks of up to ``blockCapacity`` points; each block picks
/// its own value coding.
enum ChunkFormat {
    /// The format version, the first byte of every chunk.
    static let version: UInt8 = 1

    /// Points per block; only a chunk's last block may hold fewer.
    static let blockCapacity = 128

    /// A decimal block is tried with dictionary coding when it has at most this many distinct values.
    static let dictionaryLimit = 64

    /// How a block's values are coded: the top three bits of the value-coding byte (the low five
    /// hold the decimal exponent).
    enum ValueCoding: UInt8 {
        /// Decimal integers: the first, then the differences, frame-of-reference packed.
        case decimalDelta = 0
        /// Decimal integers, frame-of-reference packed as they are.
        case decimalFrame = 1
        /// Decimal integers as indexes into a sorted dictionary of the block's distinct values.
        case decimalDictionary = 2
        /// Gorilla XOR of the raw bit patterns.
        case xor = 3
    }

    /// How a block's qualities are coded: its first byte.
    enum QualityCoding: UInt8 {
        /// No point has a quality.
        case absent = 0
        /// Most points have none; exceptions follow.
        case absentBase = 1
        /// Most points share the quality in the next byte; exceptions follow.
        case presentBase = 2
    }

    /// The stored code of a quality: 0 for none, raw value + 1 otherwise.
    @inline(__always)
    static func code(_ quality: ObservationQuality?) -> UInt64 {
        quality.map { UInt64($0.rawValue) + 1 } ?? 0
    }

    /// The quality a stored code stands for, or `nil` when the code is out of range.
    static func quality(code: UInt64) -> ObservationQuality?? {
        switch code {
        case 0: .some(nil)
        case 1...256: .some(ObservationQuality(rawValue: UInt8(code - 1)))
        default: nil
        }
    }
}
