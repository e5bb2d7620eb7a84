import Testing

/// Runs a suite with its own MariaDB server: started once before the suite's first test, loaded with
/// the generated fixture (``PandoraDatabaseFixture``) and, when `../shared/datasets` is there, with
/// `schema_subset.sql`; stopped and deleted after its last test, whether the tests passed or not.
struct MariaDBServerTrait: SuiteTrait, TestScoping {
    func provideScope(
        for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
    ) async throws {
        let process = try MariaDBTestServerProcess()
        defer { process.stop() }
        let server = process.server
        try PandoraDatabaseFixture.load(into: server)
        if let subset = PandoraSchemaSubset.path {
            try PandoraSchemaSubset.load(subset, into: server)
        }
        try await MariaDBTestServer.$current.withValue(server) {
            try await function()
        }
    }
}

extension Trait where Self == MariaDBServerTrait {
    /// A MariaDB server for the suite's tests, reachable through ``MariaDBTestServer/current``.
    static var mariaDBServer: Self { MariaDBServerTrait() }
}
