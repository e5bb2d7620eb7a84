import Foundation
import NIOCore
import NIOPosix
import NIOSSL
import Synchronization
import Testing

/// A Tentacle server for the tests, written from the protocol description (Pandora wiki "Tentacle:
/// Protocol" and specs/pandora.md §6), listening on a free loopback port.
///
/// It stores the files it accepts in ``directory``, refuses what the real server refuses (with the
/// same `SEND ERR (…)` replies), closes without a reply on a wrong or missing password, and records
/// every event, including protocol violations such as data sent in the same read as its command.
final class TentacleTestServer: Sendable {
    /// How the server behaves.
    struct Options: Sendable {
        /// The expected `PASS` proof (md5_hex(md5_raw(password))), or `nil` for no password.
        var passwordDigest: String?
        /// Implicit TLS: the server's certificate and key, and the CA that must have signed the
        /// client's certificate (`nil`: a client certificate is asked for but not required).
        var tls: (certificate: String, key: String, clientCA: String?)?
        /// The largest file accepted, in bytes (the real server's default is 2 000 000).
        var maximumSize = 2_000_000
        /// Accept connections but never read or answer (for timeout tests).
        var silent = false
    }

    /// Something that happened on a connection (numbered from 1 in accepting order).
    enum Event: Sendable, Hashable {
        case connected(Int)
        case authenticated(Int)
        case authenticationFailed(Int, line: String)
        case received(Int, name: String)
        case refused(Int, name: String, reply: String)
        case violation(Int, String)
        case quit(Int)
    }

    /// Where accepted files are stored.
    let directory: String
    /// The port the server listens on (127.0.0.1).
    let port: Int
    private let channel: any Channel
    private let recorder: Recorder

    /// The events so far.
    var events: [Event] { recorder.events }

    /// The names of the files received so far, in order.
    var receivedNames: [String] {
        events.compactMap { if case .received(_, let name) = $0 { name } else { nil } }
    }

    /// The clients' IP addresses, in accepting order.
    var peerAddresses: [String] { recorder.peerAddresses }

    /// The protocol violations seen so far.
    var violations: [String] {
        events.compactMap { if case .violation(_, let what) = $0 { what } else { nil } }
    }

    private init(directory: String, port: Int, channel: any Channel, recorder: Recorder) {
        self.directory = directory
        self.port = port
        self.channel = channel
        self.recorder = recorder
    }

    /// Starts a server storing files in `directory`.
    static func start(directory: String, options: Options = Options()) async throws -> TentacleTestServer {
        let recorder = Recorder()
        var sslContext: NIOSSLContext?
        if let tls = options.tls {
            var settings = TLSConfiguration.makeServerConfiguration(
                certificateChain: try NIOSSLCertificate.fromPEMFile(tls.certificate).map { .certificate($0) },
                privateKey: .privateKey(try NIOSSLPrivateKey(file: tls.key, format: .pem)))
            if let clientCA = tls.clientCA {
                settings.trustRoots = .certificates(try NIOSSLCertificate.fromPEMFile(clientCA))
                settings.certificateVerification = .noHostnameVerification
            } else {
                settings.certificateVerification = .none
            }
            sslContext = try NIOSSLContext(configuration: settings)
        }
        let context = sslContext
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { child in
                child.eventLoop.makeCompletedFuture {
                    let connection = recorder.nextConnection(from: child.remoteAddress?.ipAddress ?? "?")
                    if let context {
                        try child.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: context))
                    }
                    try child.pipeline.syncOperations.addHandler(
                        ConnectionHandler(connection: connection, directory: directory, options: options, recorder: recorder))
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        let port = try #require(channel.localAddress?.port)
        return TentacleTestServer(directory: directory, port: port, channel: channel, recorder: recorder)
    }

    /// Stops listening (open connections are closed by their peers or the tests' end).
    func stop() async throws {
        try await channel.close()
    }

    /// Thread-safe event log and connection counter.
    final class Recorder: Sendable {
        private let state = Mutex<(events: [Event], peers: [String])>(([], []))

        var events: [Event] { state.withLock { $0.events } }

        var peerAddresses: [String] { state.withLock { $0.peers } }

        func record(_ event: Event) {
            state.withLock { $0.events.append(event) }
        }

        func nextConnection(from address: String) -> Int {
            state.withLock {
                $0.peers.append(address)
                $0.events.append(.connected($0.peers.count))
                return $0.peers.count
            }
        }
    }

    /// One connection's protocol handling.
    final class ConnectionHandler: ChannelInboundHandler {
        typealias InboundIn = ByteBuffer
        typealias OutboundOut = ByteBuffer

        private enum State {
            case awaitingPassword
            case awaitingCommand
            case receiving(name: String, remaining: Int, data: [UInt8])
            case closed
        }

        /// Characters the protocol forbids in file names.
        private static let forbidden = Set("?[]/\\=+<>:;',*~".unicodeScalars)

        private let connection: Int
        private let directory: String
        private let options: Options
        private let recorder: Recorder
        private var state: State
        private var buffer: [UInt8] = []

        init(connection: Int, directory: String, options: Options, recorder: Recorder) {
            self.connection = connection
            self.directory = directory
            self.options = options
            self.recorder = recorder
            self.state = options.passwordDigest == nil ? .awaitingCommand : .awaitingPassword
        }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            guard !options.silent else { return }
            var bytes = unwrapInboundIn(data)
            buffer += bytes.readBytes(length: bytes.readableBytes) ?? []
            process(context: context)
        }

        private func process(context: ChannelHandlerContext) {
            while true {
                switch state {
                case .closed:
                    return
                case .receiving(let name, let remaining, var data):
                    let take = min(remaining, buffer.count)
                    data += buffer.prefix(take)
                    buffer.removeFirst(take)
                    guard remaining == take else {
                        state = .receiving(name: name, remaining: remaining - take, data: data)
                        return
                    }
                    if !buffer.isEmpty {
                        return violate("data after the \(data.count) bytes of \(name) in the same read", context: context)
                    }
                    guard FileManager.default.createFile(atPath: "\(directory)/\(name)", contents: Data(data)) else {
                        return violate("cannot store \(name) in \(directory)", context: context)
                    }
                    recorder.record(.received(connection, name: name))
                    state = .awaitingCommand
                    reply("SEND OK", context: context)
                    return
                case .awaitingPassword, .awaitingCommand:
                    guard let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) else {
                        if buffer.count > 1024 { violate("a command longer than 1024 bytes", context: context) }
                        return
                    }
                    let line = String(decoding: buffer[..<newline], as: UTF8.self)
                    buffer.removeFirst(newline + 1)
                    if !buffer.isEmpty {
                        return violate("\(buffer.count) bytes sent with the command \"\(line)\" before its reply", context: context)
                    }
                    handle(line, context: context)
                }
            }
        }

        private func handle(_ line: String, context: ChannelHandlerContext) {
            if case .awaitingPassword = state {
                guard line == "PASS \(options.passwordDigest ?? "")" else {
                    recorder.record(.authenticationFailed(connection, line: line))
                    return close(context: context)
                }
                recorder.record(.authenticated(connection))
                state = .awaitingCommand
                return reply("PASS OK", context: context)
            }
            if line == "QUIT" {
                recorder.record(.quit(connection))
                return close(context: context)
            }
            guard let match = line.wholeMatch(of: #/SEND <(.*)> SIZE (\d+)/#), let size = Int(match.2) else {
                return violate("unknown command \"\(line)\"", context: context)
            }
            let name = String(match.1)
            let error: String? =
                if name.isEmpty || name.unicodeScalars.contains(where: { Self.forbidden.contains($0) || $0.value < 0x20 }) {
                    "invalid file name"
                } else if size == 0 || size > options.maximumSize {
                    "file is too big"
                } else if FileManager.default.fileExists(atPath: "\(directory)/\(name)") {
                    "file already exists"
                } else {
                    nil
                }
            if let error {
                recorder.record(.refused(connection, name: name, reply: "SEND ERR (\(error))"))
                return reply("SEND ERR (\(error))", context: context)
            }
            state = .receiving(name: name, remaining: size, data: [])
            reply("SEND OK", context: context)
        }

        private func reply(_ line: String, context: ChannelHandlerContext) {
            context.writeAndFlush(wrapOutboundOut(ByteBuffer(string: line + "\n")), promise: nil)
        }

        private func violate(_ what: String, context: ChannelHandlerContext) {
            recorder.record(.violation(connection, what))
            close(context: context)
        }

        private func close(context: ChannelHandlerContext) {
            state = .closed
            context.close(promise: nil)
        }

        func errorCaught(context: ChannelHandlerContext, error: any Error) {
            close(context: context)
        }
    }
}
