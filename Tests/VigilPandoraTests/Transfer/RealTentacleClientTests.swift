import Foundation
import Testing
import VigilPandora

/// Debian's real `tentacle_client` (Perl, v0.3.0) sending into the test server: checks the test
/// server against a real implementation of the protocol.
@Suite(.enabled(if: TransferFixtures.realTentacleClient != nil, "needs tentacle_client (package pandorafms-agent)"))
struct RealTentacleClientTests {
    let plain = TentacleClientTests()

    /// Runs the real client as the plugin would: `tentacle_client -a 127.0.0.1 -p <port> <options> <files>`.
    func realClient(
        _ server: TentacleTestServer, _ options: [String], files: [String], environment: [String: String] = [:]
    ) throws -> (status: Int32, output: String) {
        let client = try #require(TransferFixtures.realTentacleClient)
        return TransferFixtures.run(client, ["-a", "127.0.0.1", "-p", String(server.port)] + options + files, environment: environment)
    }

    func makeFile(_ directory: String, _ name: String, _ text: String = "<agent_data agent_name='real'/>\n") throws -> String {
        let path = "\(directory)/\(name)"
        try #require(FileManager.default.createFile(atPath: path, contents: Data(text.utf8)))
        return path
    }

    @Test func sendsPlainFiles() async throws {
        try await plain.withServer { server, root in
            let first = try makeFile(root, "r.1.data", String(repeating: "line\n", count: 2000))
            let second = try makeFile(root, "r.2.data")
            let result = try realClient(server, [], files: [first, second])
            #expect(result.status == 0, "\(result.output)")
            #expect(server.receivedNames == ["r.1.data", "r.2.data"])
            #expect(try TransferFixtures.bytes(at: "\(server.directory)/r.1.data") == TransferFixtures.bytes(at: first))
            #expect(try await plain.quitRecorded(server))
        }
    }

    @Test func authenticatesWithTheRightPassword() async throws {
        try await plain.withServer(.init(passwordDigest: "703b089710823916d4bb7ff2deff4d8f")) { server, root in
            let result = try realClient(server, ["-x", "s3cret"], files: [try makeFile(root, "r.1.data")])
            #expect(result.status == 0, "\(result.output)")
            #expect(server.events.contains(.authenticated(1)))
            #expect(server.receivedNames == ["r.1.data"])
        }
    }

    @Test func isTurnedAwayWithAWrongPassword() async throws {
        try await plain.withServer(.init(passwordDigest: "703b089710823916d4bb7ff2deff4d8f")) { server, root in
            let result = try realClient(server, ["-x", "wrong"], files: [try makeFile(root, "r.1.data")])
            #expect(result.status == 1)
            #expect(server.events.contains(.authenticationFailed(1, line: "PASS \(TentaclePassword.digest("wrong"))")))
            #expect(server.receivedNames == [])
        }
    }

    @Test func getsTheServersRefusals() async throws {
        try await plain.withServer(.init(maximumSize: 100)) { server, root in
            let invalid = try realClient(server, [], files: [try makeFile(root, "bad=name.data")])
            #expect(invalid.status == 1)
            #expect(invalid.output.contains("SEND ERR (invalid file name)"))
            let big = try realClient(server, [], files: [try makeFile(root, "big.1.data", String(repeating: "x", count: 101))])
            #expect(big.output.contains("SEND ERR (file is too big)"))
            let first = try realClient(server, [], files: [try makeFile(root, "dup.1.data")])
            #expect(first.status == 0, "\(first.output)")
            let again = try realClient(server, [], files: [try makeFile(root, "dup.1.data")])
            #expect(again.status == 1)
            #expect(again.output.contains("SEND ERR (file already exists)"))
            #expect(server.receivedNames == ["dup.1.data"])
        }
    }

    /// `-c` verifies the server with IO::Socket::SSL's defaults (the system's CAs, or `SSL_CERT_FILE`),
    /// so the self-signed test certificate is trusted through `SSL_CERT_FILE`. (`-e`/`-k` cannot be
    /// tested: v0.3.0 passes `SSL_verify_mode => '0x00'`, which IO::Socket::SSL 2.081 rejects.)
    @Test(.enabled(if: TransferFixtures.hasOpenSSL, "needs openssl to make test certificates"))
    func sendsOverTLSWithThePasswordInside() async throws {
        try await TentacleTLSTests().withTLSServer(passwordDigest: "703b089710823916d4bb7ff2deff4d8f") { server, certificates in
            let trusted = ["SSL_CERT_FILE": certificates.serverCertificate]
            let file = try makeFile(server.directory + "/..", "tls.1.data")
            let result = try realClient(server, ["-c", "-x", "s3cret"], files: [file], environment: trusted)
            #expect(result.status == 0, "\(result.output)")
            #expect(server.events.contains(.authenticated(1)))
            #expect(server.receivedNames == ["tls.1.data"])
            let untrusted = try realClient(server, ["-c", "-x", "s3cret"], files: [file], environment: ["SSL_CERT_FILE": certificates.unrelatedCA])
            #expect(untrusted.status == 1)
            #expect(untrusted.output.contains("certificate verify failed"))
        }
    }
}
