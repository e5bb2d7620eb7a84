import Foundation

/// A fresh directory under the system temporary directory, removed when released.
final class TemporaryDirectory {
    /// The directory's path.
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "vigil-formats-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// The path of a file in the directory.
    func file(_ name: String) -> String {
        path + "/" + name
    }

    /// Writes text to a file in the directory and returns its path.
    func write(_ text: String, to name: String) throws -> String {
        try write(Array(text.utf8), to: name)
    }

    /// Writes bytes to a file in the directory and returns its path.
    func write(_ bytes: [UInt8], to name: String) throws -> String {
        let path = file(name)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }
}
