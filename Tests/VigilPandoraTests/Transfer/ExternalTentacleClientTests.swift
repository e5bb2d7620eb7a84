import Foundation
import Logging
import Testing
import VigilCore

@testable import VigilPandora

/// Delegation to an external `--tentacle_client`, as Pandora's plugin libraries do it.
struct ExternalTentacleClientTests {
    let plain = TentacleClientTests()

    @Test func buildsTheRealPluginsCommandLine() throws {
        let client = try ExternalTentacleClient(
            executable: "tentacle_client", address: "10.0.0.5", port: 41121, options: #"-x 'my pass' -v"#)
        #expect(client.arguments == ["-a", "10.0.0.5", "-p", "41121", "-x", "my pass", "-v"])
        #expect(throws: TentacleOptionsError.unbalancedQuotes(options: "-x 'a")) {
            try ExternalTentacleClient(executable: "tentacle_client", address: "h", port: 1, options: "-x 'a")
        }
    }

    @Test func aMissingClientIsNamed() async throws {
        for executable in ["/nonexistent/tentacle_client", "no-such-tentacle-client"] {
            let client = try ExternalTentacleClient(executable: executable, address: "127.0.0.1", port: 1, options: "")
            #expect(client.resolvedExecutable() == nil)
            await #expect(throws: TentacleError.externalClientNotFound(executable)) {
                try await client.send(filesAt: ["/tmp/x.1.data"])
            }
        }
    }

    @Test(.enabled(if: TransferFixtures.realTentacleClient != nil, "needs tentacle_client (package pandorafms-agent)"))
    func delegatesAndRemovesTheTemporaryFile() async throws {
        try await plain.withServer(.init(passwordDigest: "703b089710823916d4bb7ff2deff4d8f")) { server, root in
            let client = try ExternalTentacleClient(executable: "tentacle_client", address: "127.0.0.1", port: server.port, options: "-x s3cret")
            #expect(client.resolvedExecutable() == TransferFixtures.realTentacleClient)
            let written = try DataFileWriter(temporalDirectory: root).write(AgentDataFileTests.example, at: Timestamp(seconds: 1_700_000_000))
            let delivered = try await DataFileDelivery.externalTentacle(client).deliver(written, logger: TentacleClientTests.logger)
            #expect(delivered == written.name)
            #expect(!FileManager.default.fileExists(atPath: written.path))
            #expect(server.receivedNames == [written.name.description])
            #expect(try TransferFixtures.bytes(at: "\(server.directory)/\(written.name)") == Array(AgentDataFileTests.example.xml.utf8))
        }
    }

    @Test(.enabled(if: TransferFixtures.realTentacleClient != nil, "needs tentacle_client (package pandorafms-agent)"))
    func reportsTheClientsFailureAndKeepsTheFile() async throws {
        try await plain.withServer(.init(passwordDigest: "703b089710823916d4bb7ff2deff4d8f")) { server, root in
            let path = try #require(TransferFixtures.realTentacleClient)
            let client = try ExternalTentacleClient(executable: path, address: "127.0.0.1", port: server.port, options: "-x wrong")
            let written = try DataFileWriter(temporalDirectory: root).write(AgentDataFileTests.example, at: Timestamp(seconds: 1_700_000_000))
            await #expect {
                try await DataFileDelivery.externalTentacle(client).deliver(written, logger: TentacleClientTests.logger)
            } throws: { error in
                guard case .externalClientFailed(let command, let status, let signalled, let output) = error as? TentacleError else { return false }
                return command == "\(path) -a 127.0.0.1 -p \(server.port) -x wrong \(written.path)" && status == 1 && !signalled
                    && output.contains("[err]")
            }
            #expect(FileManager.default.fileExists(atPath: written.path))
            #expect(server.receivedNames == [])
        }
    }
}
