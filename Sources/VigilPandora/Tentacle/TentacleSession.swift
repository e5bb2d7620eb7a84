/// The client side of the Tentacle protocol as a pure state machine: events in, actions out.
///
/// The I/O shell (``TentacleClient``) connects, calls ``start()``, performs the returned action,
/// waits for one reply line (or the end of the connection) and feeds it back with
/// ``receive(reply:)`` (or ``closedByServer()``), until the action is ``Action/quit`` or
/// ``Action/fail(_:sendQuit:)``. The session never asks to send a file's bytes before the server has
/// answered `SEND OK` to its `SEND` command, nor a command before the previous reply: the server
/// reads a command with one `read` and rejects data that follows it in the same read.
///
/// ```
/// C: PASS <md5_hex(md5_raw(password))>     (only with a password)
/// S: PASS OK                               (a wrong password: the server closes, no reply)
/// C: SEND <name> SIZE <bytes>
/// S: SEND OK                               or SEND ERR (reason)
/// C: <the file's bytes>
/// S: SEND OK
/// …  (the next file)
/// C: QUIT
/// ```
///
/// ```swift
/// var session = TentacleSession(uploads: [.init(name: "a.1.data", size: 3)], passwordDigest: nil,
///                               server: "127.0.0.1:41121")
/// session.start()                        // .sendCommand("SEND <a.1.data> SIZE 3")
/// session.receive(reply: "SEND OK")      // .sendContents(upload: 0)
/// session.receive(reply: "SEND OK")      // .quit
/// ```
public struct TentacleSession: Sendable {
    /// A file to send: its name on the server and its size in bytes.
    public struct Upload: Sendable, Hashable {
        /// The name the server stores the file under (a base name).
        public var name: String
        /// The number of bytes that will follow `SEND OK`.
        public var size: Int

        /// Describes a file to send.
        public init(name: String, size: Int) {
            self.name = name
            self.size = size
        }
    }

    /// What the I/O shell must do next.
    public enum Action: Sendable, Hashable {
        /// Write this command followed by `\n`, then wait for a reply.
        case sendCommand(String)
        /// Write the bytes of the upload at this index, then wait for a reply.
        case sendContents(upload: Int)
        /// Every file was accepted: write `QUIT\n` and close the connection.
        case quit
        /// The transfer failed: write `QUIT\n` first when `sendQuit`, close the connection, report the error.
        case fail(TentacleError, sendQuit: Bool)
    }

    private enum State: Sendable, Hashable {
        case idle
        case authenticating
        case offering(Int)
        case uploading(Int)
        case finished
    }

    private let uploads: [Upload]
    private let passwordDigest: String?
    private let server: String
    private var state = State.idle

    /// A session that sends `uploads` in order.
    /// - Parameters:
    ///   - uploads: the files, in sending order.
    ///   - passwordDigest: ``TentaclePassword/digest(_:)`` of the password, or `nil` to skip `PASS`.
    ///   - server: `address:port`, used in error messages.
    public init(uploads: [Upload], passwordDigest: String?, server: String) {
        self.uploads = uploads
        self.passwordDigest = passwordDigest
        self.server = server
    }

    /// Whether the protocol can carry `name` as a file name: not empty, no `/` (the server takes base
    /// names) and no control characters (a line break would end the command). The server applies
    /// its own, stricter rule and answers `SEND ERR (invalid file name)`.
    public static func canCarry(fileName name: String) -> Bool {
        !name.isEmpty && !name.unicodeScalars.contains { $0 == "/" || $0.value < 0x20 || $0.value == 0x7F }
    }

    /// The first action, once the connection (and TLS) is up. Called once.
    public mutating func start() -> Action {
        precondition(state == .idle, "a TentacleSession starts once")
        if let invalid = uploads.first(where: { !Self.canCarry(fileName: $0.name) }) {
            state = .finished
            return .fail(.invalidFileName(invalid.name), sendQuit: false)
        }
        if let passwordDigest {
            state = .authenticating
            return .sendCommand("PASS \(passwordDigest)")
        }
        return offer(0)
    }

    /// The next action after the server sent `reply` (one line, without its `\n`).
    public mutating func receive(reply: String) -> Action {
        switch state {
        case .authenticating:
            guard reply == "PASS OK" else { return failUnexpected(reply) }
            return offer(0)
        case .offering(let index):
            if reply == "SEND OK" {
                state = .uploading(index)
                return .sendContents(upload: index)
            }
            return failRejectedOrUnexpected(reply, file: uploads[index].name)
        case .uploading(let index):
            if reply == "SEND OK" { return offer(index + 1) }
            return failRejectedOrUnexpected(reply, file: uploads[index].name)
        case .idle, .finished:
            return failUnexpected(reply)
        }
    }

    /// The next action after the server closed the connection.
    public mutating func closedByServer() -> Action {
        let waitingFor = awaitedReply
        let wasAuthenticating = state == .authenticating
        state = .finished
        if wasAuthenticating { return .fail(.authenticationRejected(server: server), sendQuit: false) }
        return .fail(.connectionClosed(server: server, waitingFor: waitingFor), sendQuit: false)
    }

    /// What the session is waiting for, in words (for timeout and connection-closed messages).
    public var awaitedReply: String {
        switch state {
        case .idle: "the connection"
        case .authenticating: "the reply to PASS"
        case .offering(let index): "the reply to \(command(offering: index))"
        case .uploading(let index): "the confirmation of the \(uploads[index].size) bytes of \(uploads[index].name)"
        case .finished: "nothing"
        }
    }

    private func command(offering index: Int) -> String {
        "SEND <\(uploads[index].name)> SIZE \(uploads[index].size)"
    }

    private mutating func offer(_ index: Int) -> Action {
        guard index < uploads.count else {
            state = .finished
            return .quit
        }
        state = .offering(index)
        return .sendCommand(command(offering: index))
    }

    private mutating func failRejectedOrUnexpected(_ reply: String, file: String) -> Action {
        guard reply == "SEND ERR" || reply.hasPrefix("SEND ERR ") else { return failUnexpected(reply) }
        state = .finished
        var reason = reply.dropFirst("SEND ERR".count).drop { $0 == " " }
        if reason.first == "(" && reason.last == ")" {
            reason = reason.dropFirst().dropLast()
        }
        return .fail(.rejected(server: server, file: file, reason: String(reason)), sendQuit: true)
    }

    private mutating func failUnexpected(_ reply: String) -> Action {
        let expected: String =
            switch state {
            case .authenticating: "PASS OK"
            case .offering, .uploading: "SEND OK or SEND ERR"
            case .idle, .finished: "no reply"
            }
        state = .finished
        return .fail(.unexpectedReply(server: server, reply: reply, expected: expected), sendQuit: true)
    }
}
