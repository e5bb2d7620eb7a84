import Foundation
import Testing

/// Temporary directories, external programs and data sets for the transfer tests.
enum TransferFixtures {
    /// `../shared/datasets/pandora` beside the repository, when present.
    static let pandoraDatasets: String? = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let directory = root.deletingLastPathComponent().appendingPathComponent("shared/datasets/pandora").path
        return FileManager.default.fileExists(atPath: directory) ? directory : nil
    }()

    /// Debian's `tentacle_client` (package `pandorafms-agent`), when it is on the `PATH`.
    static let realTentacleClient: String? = executableOnPath("tentacle_client")

    /// Whether Perl can load `XML::Simple`, the Data Server's parser.
    static let hasXMLSimple: Bool = run("/usr/bin/env", ["perl", "-MXML::Simple", "-MJSON::PP", "-e1"]).status == 0

    /// Whether `openssl` is available to make test certificates.
    static let hasOpenSSL: Bool = executableOnPath("openssl") != nil

    static func executableOnPath(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs a program to completion and returns its exit status and combined output.
    /// - Parameter environment: variables added to this process's environment.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return (-1, "\(error)")
        }
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    /// Runs `body` with a fresh directory under `parent` (default: the system's temporary
    /// directory) and removes the directory afterwards, whatever happens.
    static func withTemporaryDirectory<T>(
        in parent: String = NSTemporaryDirectory(), _ body: (String) async throws -> T
    ) async throws -> T {
        let directory = (parent as NSString).appendingPathComponent("vigil-transfer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        return try await body(directory)
    }

    /// The names of the files in `directory`, sorted.
    static func fileNames(in directory: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
    }

    /// The bytes of the file at `path`.
    static func bytes(at path: String) throws -> [UInt8] {
        Array(try #require(FileManager.default.contents(atPath: path)))
    }
}
