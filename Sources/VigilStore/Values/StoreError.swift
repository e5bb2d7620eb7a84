public import VigilCore

/// Why a store operation failed, with the tag, time, id or file it concerns.
public enum StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    /// An observation's value is NaN or infinite; the whole batch was rejected.
    case nonFiniteValue(tag: TagID, timestamp: Timestamp, value: Double)
    /// A stored chunk of a series could not be decoded.
    case corruptChunk(tag: TagID, chunkStart: Timestamp, ChunkFormatError)
    /// A stored record could not be read back (e.g. a markup whose JSON no longer decodes).
    case corruptRecord(table: String, id: String, reason: String)
    /// No incident has this id.
    case incidentNotFound(Int64)
    /// A downsampling bucket must be at least 1 ms wide.
    case invalidBucketWidth(Int64)
    /// A page of results needs `limit > 0` and `offset ≥ 0`.
    case invalidPage(limit: Int, offset: Int)
    /// The data directory could not be created or opened.
    case cannotOpen(path: String, reason: String)

    /// A one-line explanation naming what failed.
    public var description: String {
        switch self {
        case .nonFiniteValue(let tag, let timestamp, let value):
            "tag '\(tag)' at \(timestamp): value \(value) is not finite (NaN and ±infinity are rejected; leave the point out)"
        case .corruptChunk(let tag, let start, let error):
            "tag '\(tag)', chunk starting \(start): \(error)"
        case .corruptRecord(let table, let id, let reason):
            "\(table) '\(id)' cannot be read: \(reason)"
        case .incidentNotFound(let id):
            "no incident with id \(id)"
        case .invalidBucketWidth(let width):
            "bucket width \(width) ms: it must be at least 1 ms"
        case .invalidPage(let limit, let offset):
            "page limit \(limit), offset \(offset): the limit must be positive and the offset not negative"
        case .cannotOpen(let path, let reason):
            "cannot open the store at \(path): \(reason)"
        }
    }
}
