/// A file to send over Tentacle: the name the server stores it under and its bytes.
public struct TentacleFile: Sendable, Hashable {
    /// The name on the server (a base name, no directory).
    public var name: String
    /// The file's content.
    public var contents: [UInt8]

    /// A file with the given name and content.
    public init(name: String, contents: [UInt8]) {
        self.name = name
        self.contents = contents
    }

    /// The file at `path`, under its base name (what `tentacle_client path` sends).
    /// - Throws: ``TentacleError/unreadableFile(path:reason:)``.
    public init(contentsOfFile path: String) throws(TentacleError) {
        do {
            contents = try DataFilePlacement.readAll(path)
        } catch {
            if case .fileSystem(_, _, let reason) = error {
                throw .unreadableFile(path: path, reason: reason)
            }
            throw .unreadableFile(path: path, reason: error.description)
        }
        name = String(path.split(separator: "/", omittingEmptySubsequences: true).last ?? Substring(path))
    }
}
