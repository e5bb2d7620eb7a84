import Foundation
import Logging
import NIOCore
import NIOPosix
import Testing
import VigilCore
import VigilPandora

/// The native client sending into the test server, over real loopback sockets.
struct TentacleClientTests {
    static let logger = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })

    /// Runs `body` with a test server started in a fresh directory; checks that the client never
    /// violated the protocol (unless the test makes it, as a TLS client on a plain server does),
    /// then stops the server and removes the directory.
    func withServer(
        _ options: TentacleTestServer.Options = .init(), allowingViolations: Bool = false,
        _ body: (TentacleTestServer, String) async throws -> Void
    ) async throws {
        try await TransferFixtures.withTemporaryDirectory { root in
            let inbox = "\(root)/in"
            try FileManager.default.createDirectory(atPath: inbox, withIntermediateDirectories: false)
            let server = try await TentacleTestServer.start(directory: inbox, options: options)
            do {
                try await body(server, root)
            } catch {
                try await server.stop()
                throw error
            }
            try await server.stop()
            if !allowingViolations { #expect(server.violations == []) }
        }
    }

    func client(_ server: TentacleTestServer, options: String = "") throws -> TentacleClient {
        TentacleClient(
            configuration: try TentacleConfiguration(address: "127.0.0.1", port: server.port, options: options), logger: Self.logger)
    }

    func file(_ name: String, _ text: String = "<agent_data agent_name='x'/>\n") -> TentacleFile {
        TentacleFile(name: name, contents: Array(text.utf8))
    }

    /// Waits (bounded) until the server has recorded `QUIT`, which arrives just after the client returns.
    func quitRecorded(_ server: TentacleTestServer) async throws -> Bool {
        for _ in 0..<200 {
            if server.events.contains(where: { if case .quit = $0 { true } else { false } }) { return true }
            try await Task.sleep(for: .milliseconds(10))
        }
        return false
    }

    @Test func sendsOneFile() async throws {
        try await withServer { server, _ in
            let sent = file("a.1700000000000001.data", "<?xml version='1.0'?>\n<agent_data/>\n")
            try await client(server).send([sent])
            #expect(server.receivedNames == ["a.1700000000000001.data"])
            #expect(try TransferFixtures.bytes(at: "\(server.directory)/\(sent.name)") == sent.contents)
            #expect(try await quitRecorded(server))
        }
    }

    @Test func sendsSeveralFilesOverOneConnection() async throws {
        try await withServer { server, _ in
            let files = (1...3).map { file("f.\($0).data", String(repeating: "\($0)", count: 1000 * $0)) }
            try await client(server).send(files)
            #expect(server.receivedNames == ["f.1.data", "f.2.data", "f.3.data"])
            #expect(server.events.filter { if case .connected = $0 { true } else { false } } == [.connected(1)])
            for sent in files {
                #expect(try TransferFixtures.bytes(at: "\(server.directory)/\(sent.name)") == sent.contents)
            }
        }
    }

    @Test func connectsFromTheBindAddress() async throws {
        try await withServer { server, _ in
            try await client(server, options: "-b 127.0.0.2").send([file("b.1.data")])
            #expect(server.peerAddresses == ["127.0.0.2"])
            #expect(server.receivedNames == ["b.1.data"])
        }
    }

    @Test func sendsAFileFromDiskUnderItsBaseName() async throws {
        try await withServer { server, root in
            let path = "\(root)/disk.1700000000000009.data"
            #expect(FileManager.default.createFile(atPath: path, contents: Data("on disk".utf8)))
            try await client(server).send(filesAt: [path])
            #expect(try TransferFixtures.bytes(at: "\(server.directory)/disk.1700000000000009.data") == Array("on disk".utf8))
        }
    }

    @Test func authenticatesWithThePassword() async throws {
        try await withServer(.init(passwordDigest: "703b089710823916d4bb7ff2deff4d8f")) { server, _ in
            try await client(server, options: "-x s3cret").send([file("p.1.data"), file("p.2.data")])
            #expect(server.events.contains(.authenticated(1)))
            #expect(server.receivedNames == ["p.1.data", "p.2.data"])
        }
    }

    @Test func aWrongPasswordIsReportedAsSuch() async throws {
        try await withServer(.init(passwordDigest: "703b089710823916d4bb7ff2deff4d8f")) { server, _ in
            let client = try client(server, options: "-x wrong")
            await #expect(throws: TentacleError.authenticationRejected(server: client.configuration.server)) {
                try await client.send([file("p.1.data")])
            }
            #expect(server.events.contains(.authenticationFailed(1, line: "PASS \(TentaclePassword.digest("wrong"))")))
            #expect(server.receivedNames == [])
        }
    }

    @Test func aMissingPasswordEndsTheConnection() async throws {
        try await withServer(.init(passwordDigest: "703b089710823916d4bb7ff2deff4d8f")) { server, _ in
            let client = try client(server)
            await #expect(
                throws: TentacleError.connectionClosed(server: client.configuration.server, waitingFor: "the reply to SEND <p.1.data> SIZE 29")
            ) {
                try await client.send([file("p.1.data")])
            }
            #expect(server.receivedNames == [])
        }
    }

    @Test(arguments: [
        ("bad;name.data", 10, "invalid file name"),
        ("empty.1.data", 0, "file is too big"),
        ("big.1.data", 101, "file is too big"),
    ])
    func theServersRefusalNamesTheReason(name: String, size: Int, reason: String) async throws {
        try await withServer(.init(maximumSize: 100)) { server, _ in
            let client = try client(server)
            await #expect(throws: TentacleError.rejected(server: client.configuration.server, file: name, reason: reason)) {
                try await client.send([TentacleFile(name: name, contents: Array(repeating: 65, count: size))])
            }
            #expect(server.receivedNames == [])
            #expect(try await quitRecorded(server))
        }
    }

    @Test func anExistingFileIsRefusedAndKept() async throws {
        try await withServer { server, _ in
            #expect(FileManager.default.createFile(atPath: "\(server.directory)/dup.1.data", contents: Data("first".utf8)))
            let client = try client(server)
            await #expect(throws: TentacleError.rejected(server: client.configuration.server, file: "dup.1.data", reason: "file already exists")) {
                try await client.send([file("ok.1.data"), file("dup.1.data"), file("never.1.data")])
            }
            #expect(server.receivedNames == ["ok.1.data"])
            #expect(try TransferFixtures.bytes(at: "\(server.directory)/dup.1.data") == Array("first".utf8))
        }
    }

    @Test func anInvalidNameIsRefusedBeforeConnecting() async throws {
        try await withServer { server, _ in
            await #expect(throws: TentacleError.invalidFileName("../up.data")) {
                try await client(server).send([file("../up.data")])
            }
            #expect(server.events == [])
        }
    }

    @Test func aSilentServerTimesOut() async throws {
        try await withServer(.init(silent: true)) { server, _ in
            let client = try client(server, options: "-t 1 -r 0")
            await #expect(
                throws: TentacleError.timedOut(
                    server: client.configuration.server, waitingFor: "the reply to SEND <t.1.data> SIZE 29", after: .seconds(1))
            ) {
                try await client.send([file("t.1.data")])
            }
        }
    }

    @Test func aClosedPortCannotBeReached() async throws {
        let server = try await TransferFixtures.withTemporaryDirectory { directory in
            let server = try await TentacleTestServer.start(directory: directory)
            try await server.stop()
            return server
        }
        let client = try client(server)
        await #expect {
            try await client.send([file("c.1.data")])
        } throws: { error in
            guard case .cannotConnect(let name, _) = error as? TentacleError else { return false }
            return name == "127.0.0.1:\(server.port)"
        }
    }

    @Test func anUnreadableFileIsNamed() async throws {
        try await withServer { server, _ in
            await #expect {
                try await client(server).send(filesAt: ["/nonexistent/x.1.data"])
            } throws: { error in
                guard case .unreadableFile(let path, _) = error as? TentacleError else { return false }
                return path == "/nonexistent/x.1.data"
            }
        }
    }

    @Test func deliveryRemovesTheTemporaryFileOnlyAfterSuccess() async throws {
        try await withServer(.init(passwordDigest: "703b089710823916d4bb7ff2deff4d8f")) { server, root in
            let written = try DataFileWriter(temporalDirectory: root).write(
                AgentDataFileTests.example, at: Timestamp(seconds: 1_700_000_000))
            await #expect(throws: TentacleError.self) {
                try await DataFileDelivery.tentacle(client(server, options: "-x bad")).deliver(written, logger: Self.logger)
            }
            #expect(FileManager.default.fileExists(atPath: written.path))
            let delivered = try await DataFileDelivery.tentacle(client(server, options: "-x s3cret")).deliver(written, logger: Self.logger)
            #expect(delivered == written.name)
            #expect(!FileManager.default.fileExists(atPath: written.path))
            #expect(try TransferFixtures.bytes(at: "\(server.directory)/\(written.name)") == Array(AgentDataFileTests.example.xml.utf8))
        }
    }
}
