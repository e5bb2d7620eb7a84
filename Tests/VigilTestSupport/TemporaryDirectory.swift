public import Foundation

/// A fresh directory under the system temporary directory, removed when released.
public final class TemporaryDirectory: @unchecked Sendable {
    /// The directory's path.
    public let path: String

    /// Creates the directory.
    public init() throws {
        path = NSTemporaryDirectory() + "vigil-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// The directory as a file URL.
    public var url: URL { URL(fileURLWithPath: path, isDirectory: true) }

    /// The path of a file or folder in the directory (not created).
    public func file(_ relativePath: String) -> String {
        path + "/" + relativePath
    }

    /// Writes text to a file in the directory, creating folders; returns its path.
    @discardableResult
    public func write(_ text: String, to relativePath: String) throws -> String {
        try write(Array(text.utf8), to: relativePath)
    }

    /// Writes bytes to a file in the directory, creating folders; returns its path.
    @discardableResult
    public func write(_ bytes: [UInt8], to relativePath: String) throws -> String {
        let url = URL(fileURLWithPath: file(relativePath))
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
        return url.path
    }

    /// The text of a file in the directory.
    public func read(_ relativePath: String) throws -> String {
        String(decoding: try Data(contentsOf: URL(fileURLWithPath: file(relativePath))), as: UTF8.self)
    }

    /// Removes a file or folder in the directory.
    public func remove(_ relativePath: String) throws {
        try FileManager.default.removeItem(atPath: file(relativePath))
    }
}
