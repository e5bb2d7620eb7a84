import Dispatch
import Synchronization
import Testing
import VigilCore
import VigilPandora

extension MariaDBTests {
    /// ``MariaDBPandoraDatabase`` against the generated fixture (``PandoraDatabaseFixture``).
    @Suite struct Fixture {
        let server: MariaDBTestServer

        init() throws {
            server = try #require(MariaDBTestServer.current)
        }

        func configuration(
            host: String = "127.0.0.1", database: String = PandoraDatabaseFixture.database, password: String = MariaDBTestServer.password
        ) -> MariaDBPandoraDatabase.Configuration {
            .init(host: host, port: server.port, database: database, user: MariaDBTestServer.user, password: password)
        }

        func open() throws -> MariaDBPandoraDatabase {
            try MariaDBPandoraDatabase(configuration: configuration())
        }

        func request(timeData: Int, timeInterval: Int, levelData: Int = 50) -> PandoraHistoryRequest {
            PandoraHistoryRequest(
                now: Timestamp(seconds: PandoraDatabaseFixture.now), timeData: timeData, timeInterval: timeInterval, levelData: levelData)
        }

        func ready(_ outcome: PandoraSeriesOutcome) throws -> PandoraSeries {
            guard case .ready(let series) = outcome else {
                Issue.record("expected a series, got \(outcome)")
                throw CancellationError()
            }
            return series
        }

        @Test func agentsAreFoundByDecodedNameOrAlias() throws {
            let database = try open()
            let cafe = try database.agent(named: PandoraDatabaseFixture.cafeName)
            #expect(cafe.id == 1)
            #expect(cafe.alias == "café")
            #expect(cafe.interval == 60)
            #expect(cafe.address == "192.0.2.1")
            #expect(try database.agent(named: "café").id == 1)
            #expect(try database.agent(named: "frontend").id == 6, "a name match beats an alias match of a lower id")
            #expect(try database.agent(named: "WEB 01").id == 7)
        }

        @Test func agentLookupFailuresAreTyped() throws {
            let database = try open()
            #expect(throws: PandoraDatabaseError.agentNotFound(name: "web 01"), "names match exactly, case included") {
                try database.agent(named: "web 01")
            }
            #expect(throws: PandoraDatabaseError.agentNotFound(name: "nobody")) { try database.agent(named: "nobody") }
            #expect(throws: PandoraDatabaseError.agentDisabled(name: "retired host", id: 4)) { try database.agent(named: "retired host") }
            #expect(throws: PandoraDatabaseError.agentDisabled(name: "retired", id: 4)) { try database.agent(named: "retired") }
            #expect(throws: PandoraDatabaseError.ambiguousAlias(alias: "shared alias", agentNames: ["ab12cd", "ef34gh"])) {
                try database.agent(named: "shared alias")
            }
        }

        @Test func modulesAreDecodedAndSelected() throws {
            let database = try open()
            let agent = try database.agent(named: PandoraDatabaseFixture.cafeName)
            let selection = try database.modules(of: agent, named: nil)
            #expect(selection.modules.map(\.id) == [11, 12, 16, 17, 18, 20, 21, 23, 24])
            #expect(selection.modules.map(\.name).prefix(2) == [#"Memory "used""#, "Swap & cache"])
            #expect(selection.modules.first { $0.id == 17 }?.name == "Ping > gw")
            #expect(selection.modules.first { $0.id == 23 }?.name == PandoraDatabaseFixture.longName, "a name longer than the first buffer")
            #expect(selection.modules.first { $0.id == 17 }?.interval == 60, "module_interval 0: the agent's interval")
            #expect(selection.modules.first { $0.id == 24 }?.typeName == "", "a type id missing from ttipo_modulo")
            #expect(
                selection.skipped == [
                    PandoraSkippedModule(name: "Kernel", reason: .notNumeric(typeName: "generic_data_string")),
                    PandoraSkippedModule(name: "Old metric", reason: .disabled),
                    PandoraSkippedModule(name: "Pending", reason: .disabled),
                    PandoraSkippedModule(name: #"Memory "used".TF.ANOMALY"#, reason: .anomalyOutput),
                    PandoraSkippedModule(name: "Keep", reason: .notNumeric(typeName: "keep_alive")),
                ])
            let listed = try database.modules(of: agent, named: ["Swap & cache", #"Memory "used""#, "nope", "Swap & cache"])
            #expect(listed.modules.map(\.id) == [12, 11])
            #expect(listed.skipped == [PandoraSkippedModule(name: "nope", reason: .notFound)])
        }

        @Test func aWeekOfMinuteDataIsReadWhole() throws {
            let database = try open()
            let module = try #require(try database.modules(of: database.agent(named: "café"), named: [#"Memory "used""#]).modules.first)
            let series = try ready(database.series(of: module, request: request(timeData: 604_800, timeInterval: 60)))
            #expect(series.values == PandoraDatabaseFixture.memoryValues)
            #expect(series.storedRows == 10_080)
            #expect(series.gridNodes == 10_080)
            #expect(series.firstTime == Timestamp(seconds: PandoraDatabaseFixture.memoryTime(0)))
            #expect(series.lastTime == Timestamp(seconds: PandoraDatabaseFixture.now))
        }

        @Test func compressedStaleAsyncAndFutureHistories() throws {
            let database = try open()
            let modules = try database.modules(of: database.agent(named: "café"), named: nil).modules
            func module(_ id: Int) throws -> PandoraModuleRecord { try #require(modules.first { $0.id == id }) }
            let now = PandoraDatabaseFixture.now

            let swap = try ready(database.series(of: module(12), request: request(timeData: 86_400, timeInterval: 300, levelData: 20)))
            #expect(swap.values == Array(repeating: 100, count: 12) + Array(repeating: 250, count: 10) + Array(repeating: 100, count: 3))
            #expect(swap.storedRows == 3)

            let short = try database.series(of: module(16), request: request(timeData: 86_400, timeInterval: 300))
            #expect(short == .skipped(PandoraSkippedModule(name: "Short", reason: .tooFewPoints(points: 10, needed: 50))))

            let ping = try ready(database.series(of: module(17), request: request(timeData: 604_800, timeInterval: 3600)))
            #expect(ping.values == Array(repeating: 3.5, count: 168), "an async value 10 days old is still in force")
            #expect(ping.storedRows == 0)

            let up = try ready(database.series(of: module(18), request: request(timeData: 604_800, timeInterval: 300)))
            #expect(up.points == 291, "carried 86 400 + 2 × 300 s after its only row, then the module is silent")
            #expect(up.lastTime == Timestamp(seconds: now - 259_200 + 87_000))

            let ahead = try ready(database.series(of: module(20), request: request(timeData: 3600, timeInterval: 300, levelData: 5)))
            #expect(ahead.values == [1, 2, 3, 4, 5], "rows after now are not read")

            let nulls = try ready(database.series(of: module(21), request: request(timeData: 900, timeInterval: 300, levelData: 3)))
            #expect(nulls.values == [1, 1, 3], "a NULL datos row is no value")

            let mystery = try database.series(of: module(24), request: request(timeData: 3600, timeInterval: 60))
            #expect(mystery == .skipped(PandoraSkippedModule(name: "Mystery", reason: .tooFewPoints(points: 0, needed: 50))))
        }

        @Test func localhostIsReachedOverTCP() throws {
            let database = try MariaDBPandoraDatabase(configuration: configuration(host: "localhost"))
            #expect(try database.agent(named: "café").id == 1)
        }

        @Test func connectionErrorsNameTheServerButNeverThePassword() throws {
            let wrong = "Wr0ng-p4ss"
            let error = try #require(throws: PandoraDatabaseError.self) {
                try MariaDBPandoraDatabase(configuration: configuration(password: wrong))
            }
            guard case .connectionFailed(_, let code, _) = error else {
                Issue.record("expected a connection failure, got \(error)")
                return
            }
            #expect(code == 1045)
            let text = String(describing: error)
            #expect(text.contains("127.0.0.1:\(server.port)") && text.contains(PandoraDatabaseFixture.database))
            #expect(text.contains("Access denied"))
            #expect(!text.contains(wrong))
            let withWrongPassword = configuration(password: wrong)
            for shown in [String(describing: withWrongPassword), String(reflecting: withWrongPassword), dumped(withWrongPassword)] {
                #expect(!shown.contains(wrong) && shown.contains("\(server.port)"))
            }

            let unknown = try #require(throws: PandoraDatabaseError.self) {
                try MariaDBPandoraDatabase(configuration: self.configuration(database: "no_such_db"))
            }
            #expect(String(describing: unknown).contains("no_such_db"))

            let closedPort = try MariaDBTestServer.freeLoopbackPort()
            let refused = try #require(throws: PandoraDatabaseError.self) {
                try MariaDBPandoraDatabase(configuration: .init(port: closedPort, user: "u", password: wrong, connectTimeout: 2))
            }
            #expect(String(describing: refused).contains("127.0.0.1:\(closedPort)"))
            #expect(!String(describing: refused).contains(wrong))
        }

        @Test func queryErrorsNameTheStatement() throws {
            let database = try MariaDBPandoraDatabase(configuration: configuration(database: "vigil_empty"))
            let error = try #require(throws: PandoraDatabaseError.self) { try database.agent(named: "web01") }
            guard case .queryFailed(let endpoint, let query, let parameters, let code, let message) = error else {
                Issue.record("expected a query failure, got \(error)")
                return
            }
            #expect(endpoint.database == "vigil_empty")
            #expect(query.contains("FROM tagente WHERE nombre IN (?, ?)"))
            #expect(parameters == ["'web01'", "'web01'", "'web01'", "'web01'"])
            #expect(code == 1146)
            #expect(message.contains("vigil_empty.tagente"))
        }

        @Test func concurrentReadersShareTheConnection() throws {
            let database = try open()
            let agent = try database.agent(named: "café")
            let modules = try database.modules(of: agent, named: nil).modules
            let request = request(timeData: 604_800, timeInterval: 300, levelData: 1)
            let expected = try modules.map { try database.series(of: $0, request: request) }
            let results = Mutex<[Int: [PandoraSeriesOutcome]]>([:])
            DispatchQueue.concurrentPerform(iterations: 8) { worker in
                let outcomes = modules.map { try? database.series(of: $0, request: request) }
                results.withLock { $0[worker] = outcomes.compactMap { $0 } }
            }
            let all = results.withLock { $0 }
            #expect(all.count == 8)
            for (worker, outcomes) in all {
                #expect(outcomes == expected, "worker \(worker)")
            }
        }
    }
}

/// What `dump` prints for a value.
private func dumped(_ value: some Any) -> String {
    var text = ""
    dump(value, to: &text)
    return text
}
