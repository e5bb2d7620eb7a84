public import Logging
public import NIOCore
public import NIOPosix
import NIOSSL
import VigilCore

/// A native Tentacle client on SwiftNIO: sends files to a Pandora FMS Tentacle server.
///
/// One connection per ``send(_:)`` call, all files over it, then `QUIT`. The protocol is the pure
/// ``TentacleSession``; this type only connects (with implicit TLS when configured), writes what the
/// session asks, and feeds it the server's reply lines. A step that makes no progress for the
/// configuration's ``TentacleConfiguration/patience`` fails with ``TentacleError/timedOut(server:waitingFor:after:)``.
///
/// ```swift
/// let client = TentacleClient(configuration: try TentacleConfiguration(
///     address: "127.0.0.1", port: 41121, options: "-x s3cret"))
/// try await client.send([TentacleFile(name: "abc.1700000000000001.data", contents: Array(xml.utf8))])
/// ```
public struct TentacleClient: Sendable {
    /// Where and how to connect.
    public var configuration: TentacleConfiguration
    private let group: any EventLoopGroup
    private let logger: Logger

    /// A client for one server.
    /// - Parameters:
    ///   - configuration: address, port, password, TLS, timeouts.
    ///   - group: the event loops to run on (default: NIO's shared singleton).
    ///   - logger: receives the protocol steps (`debug`, or `info` with `-v`; nothing with `-q`).
    public init(
        configuration: TentacleConfiguration, group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton,
        logger: Logger = Logger(label: "vigil.pandora.tentacle")
    ) {
        self.configuration = configuration
        self.group = group
        self.logger = logger
    }

    /// Sends the files at `paths` under their base names.
    /// - Throws: ``TentacleError``.
    public func send(filesAt paths: [String]) async throws(TentacleError) {
        var files: [TentacleFile] = []
        for path in paths {
            files.append(try TentacleFile(contentsOfFile: path))
        }
        try await send(files)
    }

    /// Sends `files` over one connection, in order; returns once the server confirmed the last one.
    /// - Throws: ``TentacleError``: the server refused a file, the password, the TLS handshake, a
    ///   timeout, a closed connection, an unreadable certificate.
    public func send(_ files: [TentacleFile]) async throws(TentacleError) {
        guard !files.isEmpty else { return }
        if let invalid = files.first(where: { !TentacleSession.canCarry(fileName: $0.name) }) {
            throw .invalidFileName(invalid.name)
        }
        var session = TentacleSession(
            uploads: files.map { TentacleSession.Upload(name: $0.name, size: $0.contents.count) },
            passwordDigest: configuration.password.flatMap { $0.isEmpty ? nil : TentaclePassword.digest($0) },
            server: configuration.server)
        let sslContext = try configuration.tls.map { tls throws(TentacleError) in try makeSSLContext(tls) }
        let channel = try await connect(sslContext: sslContext)
        do {
            try await channel.executeThenClose { inbound, outbound in
                try await run(&session, files: files, inbound: inbound, outbound: outbound)
            }
        } catch let error as TentacleError {
            throw error
        } catch {
            throw classify(error, session: &session)
        }
    }

    private func connect(sslContext: NIOSSLContext?) async throws(TentacleError) -> NIOAsyncChannel<String, ByteBuffer> {
        let patience = TimeAmount.nanoseconds(Int64(configuration.patience.wholeMilliseconds) * 1_000_000)
        var bootstrap = ClientBootstrap(group: group)
            .connectTimeout(patience)
            .channelOption(.socketOption(.tcp_nodelay), value: 1)
        do {
            if let bindAddress = configuration.bindAddress {
                bootstrap = bootstrap.bind(to: try SocketAddress.makeAddressResolvingHost(bindAddress, port: 0))
            }
            log("connecting to \(configuration.server)\(sslContext == nil ? "" : " (TLS)")")
            return try await bootstrap.connect(host: configuration.address, port: configuration.port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    let pipeline = channel.pipeline.syncOperations
                    if let sslContext {
                        try pipeline.addHandler(NIOSSLClientHandler(context: sslContext, serverHostname: nil))
                    }
                    try pipeline.addHandler(IdleStateHandler(allTimeout: patience))
                    try pipeline.addHandler(TentacleIdleHandler())
                    try pipeline.addHandler(ByteToMessageHandler(TentacleReplyDecoder()))
                    return try NIOAsyncChannel<String, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        } catch ChannelError.connectTimeout {
            throw .timedOut(server: configuration.server, waitingFor: "the connection", after: configuration.patience)
        } catch {
            throw .cannotConnect(server: configuration.server, reason: String(describing: error))
        }
    }

    private func run(
        _ session: inout TentacleSession, files: [TentacleFile], inbound: NIOAsyncChannelInboundStream<String>,
        outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>
    ) async throws {
        var replies = inbound.makeAsyncIterator()
        var action = session.start()
        while true {
            switch action {
            case .sendCommand(let command):
                log("> " + (command.hasPrefix("PASS ") ? "PASS ********************************" : command))
                try await write(ByteBuffer(string: command + "\n"), to: outbound, replies: &replies)
            case .sendContents(let index):
                log("> \(files[index].contents.count) bytes of \(files[index].name)")
                try await write(ByteBuffer(bytes: files[index].contents), to: outbound, replies: &replies)
            case .quit:
                log("> QUIT")
                try? await outbound.write(ByteBuffer(string: "QUIT\n"))
                return
            case .fail(let error, let sendQuit):
                if sendQuit { try? await outbound.write(ByteBuffer(string: "QUIT\n")) }
                throw error
            }
            if let reply = try await replies.next() {
                log("< " + reply)
                action = session.receive(reply: reply)
            } else {
                log("< (connection closed)")
                action = session.closedByServer()
            }
        }
    }

    /// Writes `buffer`; when that fails because the connection went down, the reason (a TLS
    /// failure, the idle timeout) is waiting on the inbound side and is thrown instead.
    private func write(
        _ buffer: ByteBuffer, to outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>,
        replies: inout NIOAsyncChannelInboundStream<String>.AsyncIterator
    ) async throws {
        do {
            try await outbound.write(buffer)
        } catch {
            _ = try await replies.next()
            throw error
        }
    }

    /// Maps an error from NIO or NIOSSL to the transfer's ``TentacleError``.
    private func classify(_ error: any Error, session: inout TentacleSession) -> TentacleError {
        let server = configuration.server
        switch error {
        case is TentacleIdleHandler.Idle:
            return .timedOut(server: server, waitingFor: session.awaitedReply, after: configuration.patience)
        case NIOSSLError.uncleanShutdown:
            if case .fail(let closed, _) = session.closedByServer() { return closed }
            return .connectionClosed(server: server, waitingFor: session.awaitedReply)
        case let tlsError as NIOSSLError:
            return .tls(server: server, reason: String(describing: tlsError))
        case let tlsError as BoringSSLError:
            return .tls(server: server, reason: String(describing: tlsError))
        case let decoding as TentacleReplyDecoder.LineTooLong:
            return .unexpectedReply(server: server, reply: decoding.description, expected: session.awaitedReply)
        default:
            return .connectionClosed(server: server, waitingFor: session.awaitedReply + " (\(error))")
        }
    }

    private func log(_ message: @autoclosure () -> String) {
        guard !configuration.quiet else { return }
        logger.log(level: configuration.verbose ? .info : .debug, "\(message())", metadata: ["tentacle.server": "\(configuration.server)"])
    }
}
