/// Zigzag mapping of signed integers to unsigned ones (0, -1, 1, -2, … → 0, 1, 2, 3, …), so that
/// small magnitudes of either sign get short varints.
enum Zigzag {
    /// Maps a signed value to its zigzag code.
    @inline(__always)
    static func encode(_ value: Int64) -> UInt64 {
        UInt64(bitPattern: (value &<< 1) ^ (value >> 63))
    }

    /// Maps a zigzag code back to the signed value.
    @inline(__always)
    static func decode(_ code: UInt64) -> Int64 {
        Int64(bitPattern: code >> 1) ^ -Int64(bitPattern: code & 1)
    }
}
