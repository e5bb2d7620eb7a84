import Foundation

/// Machine-readable output: one JSON object per line on standard output, flushed at once.
struct JSONLinesOutput {
    let enabled: Bool

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    func emit(_ value: some Encodable) {
        guard enabled, let data = try? Self.encoder.encode(value) else { return }
        FileHandle.standardOutput.write(data + Data("\n".utf8))
    }
}
