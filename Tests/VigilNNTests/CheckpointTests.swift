import Foundation
import Testing

@testable import VigilNN

/// Checkpoints round-trip bit-exactly and reject corrupt or mismatched data with typed errors.
struct CheckpointTests {
    static func sample() -> (ParameterStore, Network) {
        let network = try! ForecasterArchitecture.tcn(TCNConfiguration(filters: 4, dilations: [1, 2])).makeNetwork(
            windowLength: 8, inputCount: 3, outputCount: 2)
        var parameters = network.initialParameters(seed: 5)
        parameters.withUnsafeMutableBufferPointer { buffer in
            buffer[0] = -0.0
            buffer[1] = .leastNonzeroMagnitude
            buffer[2] = .greatestFiniteMagnitude
            buffer[3] = .infinity
        }
        return (parameters, network)
    }

    @Test func roundTripIsBitExact() throws {
        let (parameters, _) = Self.sample()
        let bytes = Checkpoint(parameters: parameters, metadata: ["architecture": "tcn"]).encoded()
        let decoded = try Checkpoint(decoding: bytes)
        #expect(decoded.parameters.scalars.map(\.bitPattern) == parameters.scalars.map(\.bitPattern))
        #expect(decoded.parameters.layout == parameters.layout)
        #expect(decoded.metadata == ["architecture": "tcn"])
        #expect(Array(bytes.prefix(8)) == Checkpoint.magic)
        #expect(decoded.encoded() == bytes)
    }

    @Test func fileRoundTrip() throws {
        let (parameters, network) = Self.sample()
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("vigilnn-\(UUID().uuidString).ckpt")
        defer { try? FileManager.default.removeItem(at: url) }
        try Checkpoint(parameters: parameters).write(to: url)
        let restored = try Checkpoint(contentsOf: url).parameters(for: network.layout)
        #expect(restored.scalars.map(\.bitPattern) == parameters.scalars.map(\.bitPattern))
        #expect(throws: CheckpointError.self) { try Checkpoint(contentsOf: url.appendingPathExtension("missing")) }
    }

    @Test func rejectsBadMagicAndVersion() {
        let (parameters, _) = Self.sample()
        var bytes = Checkpoint(parameters: parameters).encoded()
        bytes[0] = UInt8(ascii: "X")
        #expect {
            try Checkpoint(decoding: bytes)
        } throws: { ($0 as? CheckpointError).map { if case .badMagic = $0 { true } else { false } } ?? false }
        var versioned = Checkpoint(parameters: parameters).encoded()
        versioned[8] = 9
        #expect(throws: CheckpointError.unsupportedVersion(found: 9, supported: 1)) { try Checkpoint(decoding: versioned) }
    }

    @Test func reportsTruncationBySection() {
        let (parameters, _) = Self.sample()
        let bytes = Checkpoint(parameters: parameters).encoded()
        for (cut, section) in [(4, "magic"), (14, "manifest length"), (30, "manifest"), (bytes.count - 10, "scalars"), (bytes.count - 2, "checksum")]
        {
            #expect {
                try Checkpoint(decoding: bytes.prefix(cut))
            } throws: { error in
                guard case .truncated(let found, _, _) = error as? CheckpointError else { return false }
                return found == section
            }
        }
    }

    @Test func detectsCorruptScalarsAndManifest() {
        let (parameters, _) = Self.sample()
        var bytes = Checkpoint(parameters: parameters).encoded()
        bytes[bytes.count - 9] ^= 0x40
        #expect {
            try Checkpoint(decoding: bytes)
        } throws: { ($0 as? CheckpointError).map { if case .checksumMismatch = $0 { true } else { false } } ?? false }
        var manifest = Checkpoint(parameters: parameters).encoded()
        manifest[17] = UInt8(ascii: "?")
        #expect {
            try Checkpoint(decoding: manifest)
        } throws: { ($0 as? CheckpointError).map { if case .invalidManifest = $0 { true } else { false } } ?? false }
    }

    @Test func checksShapesAndNamesAgainstTheNetwork() throws {
        let (parameters, _) = Self.sample()
        let checkpoint = Checkpoint(parameters: parameters)
        let wider = try ForecasterArchitecture.tcn(TCNConfiguration(filters: 5, dilations: [1, 2])).makeNetwork(
            windowLength: 8, inputCount: 3, outputCount: 2)
        #expect(throws: CheckpointError.shapeMismatch(name: "block0.conv0.weight", expected: [3, 3, 5], found: [3, 3, 4])) {
            try checkpoint.parameters(for: wider.layout)
        }
        let deeper = try ForecasterArchitecture.tcn(TCNConfiguration(filters: 4, dilations: [1, 2, 4])).makeNetwork(
            windowLength: 8, inputCount: 3, outputCount: 2)
        #expect(throws: CheckpointError.missingParameter(name: "block2.conv0.weight")) { try checkpoint.parameters(for: deeper.layout) }
        #expect(CheckpointError.missingParameter(name: "x").description.contains("x"))
    }
}
