/// Why a checkpoint could not be read or applied.
public enum CheckpointError: Error, CustomStringConvertible, Hashable {
    /// The file does not start with the checkpoint magic bytes.
    case badMagic(found: [UInt8])
    /// The format version is not one this build reads.
    case unsupportedVersion(found: UInt32, supported: UInt32)
    /// The data ends before the named section is complete.
    case truncated(section: String, expectedBytes: Int, availableBytes: Int)
    /// The JSON manifest cannot be decoded or is inconsistent.
    case invalidManifest(reason: String)
    /// The stored scalars fail the checksum.
    case checksumMismatch(expected: UInt32, actual: UInt32)
    /// A parameter the network needs is not in the checkpoint.
    case missingParameter(name: String)
    /// A parameter has another shape in the checkpoint than in the network.
    case shapeMismatch(name: String, expected: [Int], found: [Int])
    /// The file could not be read or written.
    case io(path: String, reason: String)

    /// A one-line explanation.
    public var description: String {
        switch self {
        case .badMagic(let found):
            return "not a Vigil checkpoint: magic bytes \(found) instead of \(Array(Checkpoint.magic))"
        case .unsupportedVersion(let found, let supported):
            return "checkpoint format version \(found) is not supported (this build reads version \(supported))"
        case .truncated(let section, let expected, let available):
            return "checkpoint truncated in the \(section): needs \(expected) bytes, \(available) left"
        case .invalidManifest(let reason):
            return "checkpoint manifest is invalid: \(reason)"
        case .checksumMismatch(let expected, let actual):
            return "checkpoint scalars are corrupt: CRC-32 \(actual) instead of \(expected)"
        case .missingParameter(let name):
            return "checkpoint has no parameter \(name)"
        case .shapeMismatch(let name, let expected, let found):
            return "checkpoint parameter \(name) has shape \(found), the network expects \(expected)"
        case .io(let path, let reason):
            return "checkpoint file \(path): \(reason)"
        }
    }
}
