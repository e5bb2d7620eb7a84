import Foundation

/// A fresh directory under the system temporary directory, removed when released.
final class TemporaryDirectory {
    /// The directory's path.
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "vigil-eval-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Writes `text` to `relativePath`, creating folders.
    func write(_ text: String, to relativePath: String) throws {
        let url = URL(fileURLWithPath: path + "/" + relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// The text of a file under the directory.
    func read(_ relativePath: String) throws -> String {
        String(decoding: try Data(contentsOf: URL(fileURLWithPath: path + "/" + relativePath)), as: UTF8.self)
    }

    /// Removes a file or folder under the directory.
    func remove(_ relativePath: String) throws {
        try FileManager.default.removeItem(atPath: path + "/" + relativePath)
    }
}
