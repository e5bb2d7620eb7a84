public import Foundation

/// A versioned binary snapshot of a network's parameters that round-trips bit-exactly.
///
/// Layout (all integers little-endian):
///
/// | bytes | content |
/// |---|---|
/// | 8 | magic `VIGILNN` + 0x00 |
/// | 4 | format version (UInt32, currently 1) |
/// | 4 | manifest length M (UInt32) |
/// | M | JSON manifest: the ``ParameterLayout`` and string metadata |
/// | 8 | scalar count S (UInt64) |
/// | 4·S | the scalars, IEEE-754 binary32 little-endian |
/// | 4 | CRC-32 (IEEE) of the scalar bytes |
///
/// ```swift
/// let bytes = Checkpoint(parameters: trained, metadata: ["architecture": "tcn"]).encoded()
/// let restored = try Checkpoint(decoding: bytes).parameters(for: network.layout)
/// ```
public struct Checkpoint: Sendable, Hashable {
    /// The magic bytes every checkpoint starts with.
    public static let magic: [UInt8] = Array("VIGILNN".utf8) + [0]
    /// The format version written by this build.
    public static let version: UInt32 = 1

    /// The parameters (with their layout).
    public let parameters: ParameterStore
    /// Free-form metadata (architecture, training summary, …).
    public let metadata: [String: String]

    /// Wraps parameters for encoding.
    public init(parameters: ParameterStore, metadata: [String: String] = [:]) {
        self.parameters = parameters
        self.metadata = metadata
    }

    private struct Manifest: Codable {
        var layout: ParameterLayout
        var metadata: [String: String]
    }

    /// The checkpoint's bytes.
    public func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let manifest = (try? encoder.encode(Manifest(layout: parameters.layout, metadata: metadata))) ?? Data()
        var data = Data(Self.magic)
        data.reserveCapacity(32 + manifest.count + parameters.scalars.count * 4)
        Self.append(Self.version, to: &data)
        Self.append(UInt32(manifest.count), to: &data)
        data.append(manifest)
        Self.append(UInt64(parameters.scalars.count), to: &data)
        var checksum = CRC32()
        for value in parameters.scalars {
            let bits = value.bitPattern.littleEndian
            withUnsafeBytes(of: bits) { bytes in
                data.append(contentsOf: bytes)
                checksum.update(bytes)
            }
        }
        Self.append(checksum.value, to: &data)
        return data
    }

    /// Decodes a checkpoint.
    /// - Throws: ``CheckpointError`` for a wrong magic or version, truncation, a bad manifest or checksum.
    public init(decoding data: Data) throws(CheckpointError) {
        var reader = Reader(bytes: [UInt8](data))
        let magic = try reader.take(Self.magic.count, section: "magic")
        guard magic == Self.magic else { throw .badMagic(found: magic) }
        let version = UInt32(littleEndianBytes: try reader.take(4, section: "version"))
        guard version == Self.version else { throw .unsupportedVersion(found: version, supported: Self.version) }
        let manifestLength = Int(UInt32(littleEndianBytes: try reader.take(4, section: "manifest length")))
        let manifestBytes = try reader.take(manifestLength, section: "manifest")
        let manifest: Manifest
        do {
            manifest = try JSONDecoder().decode(Manifest.self, from: Data(manifestBytes))
        } catch {
            throw .invalidManifest(reason: "\(error)")
        }
        let count = Int(UInt64(littleEndianBytes: try reader.take(8, section: "scalar count")))
        guard count == manifest.layout.scalarCount else {
            throw .invalidManifest(reason: "layout describes \(manifest.layout.scalarCount) scalars, the data holds \(count)")
        }
        let scalarBytes = try reader.take(count * 4, section: "scalars")
        let stored = UInt32(littleEndianBytes: try reader.take(4, section: "checksum"))
        var checksum = CRC32()
        scalarBytes.withUnsafeBytes { checksum.update($0) }
        guard checksum.value == stored else { throw .checksumMismatch(expected: stored, actual: checksum.value) }
        var scalars = [Float](repeating: 0, count: count)
        for i in 0..<count {
            scalars[i] = Float(bitPattern: UInt32(littleEndianBytes: scalarBytes[(i * 4)..<(i * 4 + 4)]))
        }
        self.parameters = ParameterStore(layout: manifest.layout, scalars: scalars)
        self.metadata = manifest.metadata
    }

    /// The stored parameters arranged for `layout`, matched by name and checked by shape.
    /// - Throws: ``CheckpointError/missingParameter(name:)`` or ``CheckpointError/shapeMismatch(name:expected:found:)``.
    public func parameters(for layout: ParameterLayout) throws(CheckpointError) -> ParameterStore {
        var result = ParameterStore(zerosFor: layout)
        for entry in layout.entries {
            guard let stored = parameters.layout.entry(named: entry.name) else { throw .missingParameter(name: entry.name) }
            guard stored.shape == entry.shape else { throw .shapeMismatch(name: entry.name, expected: entry.shape, found: stored.shape) }
            result.setTensor(parameters.tensor(stored.slice), at: entry.slice)
        }
        return result
    }

    /// Writes the checkpoint to a file (atomically).
    public func write(to url: URL) throws(CheckpointError) {
        do {
            try encoded().write(to: url, options: .atomic)
        } catch {
            throw .io(path: url.path, reason: "\(error)")
        }
    }

    /// Reads a checkpoint file.
    public init(contentsOf url: URL) throws(CheckpointError) {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .io(path: url.path, reason: "\(error)")
        }
        try self.init(decoding: data)
    }

    private static func append<T: FixedWidthInteger>(_ value: T, to data: inout Data) {
        withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
    }

    /// Reads consecutive sections, reporting truncation by name.
    private struct Reader {
        let bytes: [UInt8]
        var position = 0

        mutating func take(_ count: Int, section: String) throws(CheckpointError) -> [UInt8] {
            guard count >= 0, bytes.count - position >= count else {
                throw .truncated(section: section, expectedBytes: count, availableBytes: bytes.count - position)
            }
            defer { position += count }
            return Array(bytes[position..<position + count])
        }
    }
}

extension FixedWidthInteger {
    fileprivate init<C: Collection>(littleEndianBytes bytes: C) where C.Element == UInt8 {
        var value: Self = 0
        for (index, byte) in bytes.enumerated() { value |= Self(byte) << (8 * index) }
        self = value
    }
}
