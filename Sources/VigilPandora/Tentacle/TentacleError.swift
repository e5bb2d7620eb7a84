/// Why a Tentacle transfer failed.
///
/// Every case names the server (`address:port`) or the file, and what the client was doing, so the
/// plugin's one-line diagnostic on standard error is enough to act on.
public enum TentacleError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The TCP connection could not be opened (refused, unreachable, bad address …).
    case cannotConnect(server: String, reason: String)
    /// The server did not answer (nor accept the connection, nor take data) within the patience
    /// (`-t` seconds × (`-r` retries + 1)).
    case timedOut(server: String, waitingFor: String, after: Duration)
    /// The server refused a file with `SEND ERR` and the reason in parentheses, if it gave one
    /// (`invalid file name`, `file is too big`, `file already exists`).
    case rejected(server: String, file: String, reason: String)
    /// The server closed the connection after `PASS`: the password (`-x`) is wrong, or the server
    /// wants one and none was sent.
    case authenticationRejected(server: String)
    /// The server answered something the protocol does not allow at this point.
    case unexpectedReply(server: String, reply: String, expected: String)
    /// The server closed the connection while a reply was awaited.
    case connectionClosed(server: String, waitingFor: String)
    /// TLS failed: the handshake (plain-text server, certificate not trusted, client certificate
    /// required …) or loading a certificate, key or CA file.
    case tls(server: String, reason: String)
    /// A file name the protocol cannot carry (empty, a path, or with control characters).
    case invalidFileName(String)
    /// A file to send could not be read.
    case unreadableFile(path: String, reason: String)
    /// The external client named by `--tentacle_client` is not an executable file nor on the `PATH`.
    case externalClientNotFound(String)
    /// The external client exited with a failure status.
    /// - Parameters:
    ///   - command: the command line that was run.
    ///   - status: its exit status (or the signal that ended it, see `description`).
    ///   - signalled: whether `status` is a signal number.
    ///   - output: what it printed on standard output and standard error.
    case externalClientFailed(command: String, status: Int32, signalled: Bool, output: String)

    /// One line naming what failed and where, for the plugin's diagnostic on standard error.
    public var description: String {
        switch self {
        case .cannotConnect(let server, let reason):
            return "Tentacle: cannot connect to \(server): \(reason)"
        case .timedOut(let server, let waitingFor, let after):
            return "Tentacle: \(server) timed out after \(after) waiting for \(waitingFor) (see -t and -r)"
        case .rejected(let server, let file, let reason):
            return "Tentacle: \(server) refused \(file): SEND ERR" + (reason.isEmpty ? "" : " (\(reason))")
        case .authenticationRejected(let server):
            return "Tentacle: \(server) closed the connection after PASS: wrong password (-x), or the server expects one"
        case .unexpectedReply(let server, let reply, let expected):
            return "Tentacle: \(server) answered \"\(reply)\" where \(expected) was expected"
        case .connectionClosed(let server, let waitingFor):
            return "Tentacle: \(server) closed the connection while the client waited for \(waitingFor)"
        case .tls(let server, let reason):
            return "Tentacle: TLS with \(server) failed: \(reason)"
        case .invalidFileName(let name):
            return "Tentacle: the file name \"\(name)\" cannot be sent (empty, a path, or control characters)"
        case .unreadableFile(let path, let reason):
            return "Tentacle: cannot read \(path): \(reason)"
        case .externalClientNotFound(let name):
            return "Tentacle: the client \(name) (--tentacle_client) is not an executable file nor on the PATH"
        case .externalClientFailed(let command, let status, let signalled, let output):
            let ending = signalled ? "was killed by signal \(status)" : "exited with status \(status)"
            let trimmed = output.trimmingSuffix(while: \.isWhitespace)
            return "Tentacle: \(command) \(ending)" + (trimmed.isEmpty ? "" : ": \(trimmed)")
        }
    }
}

extension String {
    /// This string without the trailing characters that satisfy `predicate`.
    fileprivate func trimmingSuffix(while predicate: (Character) -> Bool) -> Substring {
        var end = endIndex
        while end > startIndex, predicate(self[index(before: end)]) {
            end = index(before: end)
        }
        return self[startIndex..<end]
    }
}
