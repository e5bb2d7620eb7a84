import VigilCore

/// Turns tag-name bytes into shared ``VigilCore/TagID`` values without creating a string per row.
struct TagInterner {
    private struct Entry {
        var bytes: [UInt8]
        var tag: TagID
    }

    private var entries: [Entry] = []
    private var buckets: [UInt64: [Int]] = [:]
    private var last = -1

    /// Every tag seen, in order of first appearance.
    var tags: [TagID] { entries.map(\.tag) }

    /// The tag with these UTF-8 bytes, and whether it is new.
    mutating func tag(for bytes: UnsafeRawBufferPointer) -> (tag: TagID, isNew: Bool) {
        if last >= 0, Self.equal(entries[last].bytes, bytes) { return (entries[last].tag, false) }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        if let candidates = buckets[hash] {
            for index in candidates where Self.equal(entries[index].bytes, bytes) {
                last = index
                return (entries[index].tag, false)
            }
        }
        let tag = TagID(String(decoding: bytes, as: UTF8.self))
        last = entries.count
        buckets[hash, default: []].append(entries.count)
        entries.append(Entry(bytes: Array(bytes), tag: tag))
        return (tag, true)
    }

    private static func equal(_ stored: [UInt8], _ bytes: UnsafeRawBufferPointer) -> Bool {
        stored.count == bytes.count && stored.withUnsafeBytes { $0.elementsEqual(bytes) }
    }
}
