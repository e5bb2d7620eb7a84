import Foundation
import Testing
import VigilPandora

/// The native client over implicit TLS, against the test server with self-signed certificates.
@Suite(.enabled(if: TransferFixtures.hasOpenSSL, "needs openssl to make test certificates"))
struct TentacleTLSTests {
    let plain = TentacleClientTests()

    /// Runs `body` with fresh certificates and a TLS test server configured by `options`.
    func withTLSServer(
        clientCA: KeyPath<TentacleTestCertificates, String>? = nil, passwordDigest: String? = nil,
        _ body: (TentacleTestServer, TentacleTestCertificates) async throws -> Void
    ) async throws {
        try await TransferFixtures.withTemporaryDirectory { certificates in
            let made = try TentacleTestCertificates(in: certificates)
            let options = TentacleTestServer.Options(
                passwordDigest: passwordDigest, tls: (made.serverCertificate, made.serverKey, clientCA.map { made[keyPath: $0] }))
            try await plain.withServer(options) { server, _ in try await body(server, made) }
        }
    }

    func expectTLSFailure(_ client: TentacleClient, _ files: [TentacleFile]) async {
        await #expect {
            try await client.send(files)
        } throws: { error in
            guard case .tls(let server, _) = error as? TentacleError else { return false }
            return server == client.configuration.server
        }
    }

    @Test func sendsWithoutAClientCertificate() async throws {
        try await withTLSServer { server, _ in
            try await plain.client(server, options: "-c").send([plain.file("tls.1.data"), plain.file("tls.2.data")])
            #expect(server.receivedNames == ["tls.1.data", "tls.2.data"])
        }
    }

    @Test func authenticatesInsideTLS() async throws {
        try await withTLSServer(passwordDigest: "703b089710823916d4bb7ff2deff4d8f") { server, _ in
            try await plain.client(server, options: "-c -x s3cret").send([plain.file("tls.1.data")])
            #expect(server.events.contains(.authenticated(1)))
            let wrong = try plain.client(server, options: "-c -x nope")
            await #expect(throws: TentacleError.authenticationRejected(server: wrong.configuration.server)) {
                try await wrong.send([plain.file("tls.2.data")])
            }
            #expect(server.receivedNames == ["tls.1.data"])
        }
    }

    @Test func presentsAClientCertificateTheServerRequires() async throws {
        try await withTLSServer(clientCA: \.clientCertificate) { server, certificates in
            let options = "-e \(certificates.clientCertificate) -k \(certificates.clientKey)"
            try await plain.client(server, options: options).send([plain.file("cert.1.data")])
            #expect(server.receivedNames == ["cert.1.data"])
            await expectTLSFailure(try plain.client(server, options: "-c"), [plain.file("cert.2.data")])
            #expect(server.receivedNames == ["cert.1.data"])
        }
    }

    @Test func verifiesTheServerAgainstTheCA() async throws {
        try await withTLSServer { server, certificates in
            try await plain.client(server, options: "-c -f \(certificates.serverCertificate)").send([plain.file("ca.1.data")])
            #expect(server.receivedNames == ["ca.1.data"])
            await expectTLSFailure(try plain.client(server, options: "-c -f \(certificates.unrelatedCA)"), [plain.file("ca.2.data")])
            #expect(server.receivedNames == ["ca.1.data"])
        }
    }

    @Test func aPlainServerFailsTheHandshake() async throws {
        try await plain.withServer(allowingViolations: true) { server, _ in
            await expectTLSFailure(try plain.client(server, options: "-c -t 1 -r 1"), [plain.file("p.1.data")])
            #expect(server.receivedNames == [])
        }
    }

    @Test func aPlainClientIsTurnedAwayByATLSServer() async throws {
        try await withTLSServer { server, _ in
            await #expect(throws: TentacleError.self) {
                try await plain.client(server, options: "-t 1 -r 1").send([plain.file("p.1.data")])
            }
            #expect(server.receivedNames == [])
        }
    }

    @Test func anUnreadableCertificateIsNamed() async throws {
        try await withTLSServer { server, _ in
            let client = try plain.client(server, options: "-e /nonexistent/client.pem")
            await #expect {
                try await client.send([plain.file("x.1.data")])
            } throws: { error in
                guard case .tls(_, let reason) = error as? TentacleError else { return false }
                return reason.hasPrefix("cannot load the certificate /nonexistent/client.pem (-e)")
            }
        }
    }
}
