import Foundation
import NIOPosix

/// Sends files by running an external Tentacle client, as Pandora's plugin libraries do.
///
/// Used when the user names `--tentacle_client` explicitly (for example a 0.4.0 client for `-z`, or
/// a proxy with `-y`). The command is `<executable> -a <address> -p <port> <options…> <files…>`: the
/// options string is split into words like a shell would (``ShellWords``) but no shell is run, so
/// nothing in it is expanded. The client's standard output and error are captured (stdout must stay
/// clean for the plugin's `1`) and reported when it fails.
///
/// ```swift
/// let client = try ExternalTentacleClient(executable: "/usr/bin/tentacle_client",
///                                         address: "127.0.0.1", port: 41121, options: "-x s3cret")
/// try await client.send(filesAt: ["/tmp/abc.1700000000000001.data"])
/// ```
public struct ExternalTentacleClient: Sendable {
    /// The client's path, or a name looked up on the `PATH`.
    public var executable: String
    /// The arguments before the file names: `-a address -p port` and the option words.
    public var arguments: [String]

    /// A client command for one server.
    /// - Parameters:
    ///   - executable: the `--tentacle_client` value: a path, or a name looked up on the `PATH`.
    ///   - address: `--tentacle_address`, passed as `-a`.
    ///   - port: `--tentacle_port`, passed as `-p`.
    ///   - options: `--tentacle_opts`, passed on word by word.
    /// - Throws: ``TentacleOptionsError/unbalancedQuotes(options:)``.
    public init(executable: String, address: String, port: Int, options: String) throws(TentacleOptionsError) {
        guard let words = ShellWords.split(options) else { throw .unbalancedQuotes(options: options) }
        self.executable = executable
        self.arguments = ["-a", address, "-p", String(port)] + words
    }

    /// Runs the client on `paths` and waits for it.
    /// - Throws: ``TentacleError/externalClientNotFound(_:)`` or
    ///   ``TentacleError/externalClientFailed(command:status:signalled:output:)``.
    public func send(filesAt paths: [String]) async throws(TentacleError) {
        guard !paths.isEmpty else { return }
        guard let path = resolvedExecutable() else { throw .externalClientNotFound(executable) }
        let arguments = arguments + paths
        let command = ([path] + arguments).joined(separator: " ")
        let outcome: (status: Int32, signalled: Bool, output: String)
        do {
            outcome = try await NIOThreadPool.singleton.runIfActive {
                let process = Process()
                process.executableURL = URL(fileURLWithPath: path)
                process.arguments = arguments
                let pipe = Pipe()
                process.standardOutput = pipe
                process.standardError = pipe
                process.standardInput = FileHandle.nullDevice
                try process.run()
                let output = pipe.fileHandleForReading.readDataToEndOfFile()
                process.waitUntilExit()
                return (process.terminationStatus, process.terminationReason == .uncaughtSignal, String(decoding: output, as: UTF8.self))
            }
        } catch {
            throw .externalClientFailed(command: command, status: -1, signalled: false, output: "could not be started: \(error)")
        }
        guard outcome.status == 0 && !outcome.signalled else {
            throw .externalClientFailed(command: command, status: outcome.status, signalled: outcome.signalled, output: outcome.output)
        }
    }

    /// The executable's path: `executable` itself when it contains a `/`, else the first
    /// executable file of that name in a `PATH` directory; `nil` when there is none.
    func resolvedExecutable() -> String? {
        if executable.contains("/") {
            return FileManager.default.isExecutableFile(atPath: executable) ? executable : nil
        }
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        for directory in directories where !directory.isEmpty {
            let candidate = DataFilePlacement.join(String(directory), executable)
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
