import Testing
import VigilCore
import VigilPandora

extension MariaDBTests {
    /// ``MariaDBPandoraDatabase`` against the shared test database `schema_subset.sql`
    /// (`specs/pandora.md` §2.5), loaded with `@now` = 1 700 000 000.
    @Suite(.enabled(if: PandoraSchemaSubset.path != nil, "needs ../shared/datasets/pandora/schema_subset.sql"))
    struct SchemaSubset {
        let database: MariaDBPandoraDatabase

        init() throws {
            let server = try #require(MariaDBTestServer.current)
            database = try MariaDBPandoraDatabase(
                configuration: .init(port: server.port, user: MariaDBTestServer.user, password: MariaDBTestServer.password))
        }

        func request(timeData: Int = 604_800, timeInterval: Int) -> PandoraHistoryRequest {
            PandoraHistoryRequest(now: Timestamp(seconds: PandoraSchemaSubset.now), timeData: timeData, timeInterval: timeInterval, levelData: 50)
        }

        /// Points of each module of an agent (`nil`: skipped, with the reason).
        func points(of agentName: String, _ request: PandoraHistoryRequest) throws -> [String: Result<Int, SkipError>] {
            let agent = try database.agent(named: agentName)
            var points: [String: Result<Int, SkipError>] = [:]
            for module in try database.modules(of: agent, named: nil).modules {
                switch try database.series(of: module, request: request) {
                case .ready(let series): points[module.name] = .success(series.points)
                case .skipped(let skip): points[module.name] = .failure(SkipError(reason: skip.reason))
                }
            }
            return points
        }

        struct SkipError: Error, Equatable {
            let reason: PandoraSkipReason
        }

        @Test func agents() throws {
            let web = try database.agent(named: "web01")
            #expect(web.id == 1 && web.groupID == 2 && web.address == "192.0.2.10")
            let byAlias = try database.agent(named: "db-server 01")
            #expect(byAlias.id == 2)
            #expect(byAlias.name == "b68b7efd288ccd6e1a0d4031a4792ddd")
            #expect(try database.agent(named: "b68b7efd288ccd6e1a0d4031a4792ddd").alias == "db-server 01")
            #expect(throws: PandoraDatabaseError.agentDisabled(name: "old-host", id: 3)) { try database.agent(named: "old-host") }
        }

        @Test func modulesOfWeb01() throws {
            let selection = try database.modules(of: database.agent(named: "web01"), named: nil)
            #expect(selection.modules.map(\.name) == ["Memory_Used", "Cswap", "CPU Load", "Apache status", "Net_In"])
            #expect(selection.modules.map(\.typeName) == ["generic_data", "generic_data", "generic_data", "generic_proc", "generic_data_inc"])
            #expect(
                selection.skipped == [
                    PandoraSkippedModule(name: "Kernel version", reason: .notNumeric(typeName: "generic_data_string")),
                    PandoraSkippedModule(name: "Old_metric", reason: .disabled),
                    PandoraSkippedModule(name: "Memory_Used.TF.ANOMALY", reason: .anomalyOutput),
                ])
            let listed = try database.modules(of: database.agent(named: "web01"), named: ["Memory_Used", "Cswap", "CPU Load"])
            #expect(listed.modules.map(\.id) == [101, 102, 103])
            #expect(listed.skipped.isEmpty)
        }

        @Test func historiesOnTheSamplesGrid() throws {
            #expect(
                try points(of: "web01", request(timeInterval: 300)) == [
                    "Memory_Used": .success(120), "Cswap": .success(120), "CPU Load": .success(120), "Apache status": .success(120),
                    "Net_In": .success(119),
                ])
            #expect(
                try points(of: "db-server 01", request(timeInterval: 300)) == [
                    "Memory_Used": .failure(SkipError(reason: .tooFewPoints(points: 30, needed: 50))),
                    "Query time": .success(380),
                ])
        }

        @Test func valuesAndWindows() throws {
            let web = try database.agent(named: "web01")
            let modules = try database.modules(of: web, named: ["Memory_Used", "Cswap", "CPU Load"]).modules
            guard case .ready(let memory) = try database.series(of: modules[0], request: request(timeInterval: 300)),
                case .ready(let cswap) = try database.series(of: modules[1], request: request(timeInterval: 300)),
                case .ready(let cpu) = try database.series(of: modules[2], request: request(timeInterval: 300))
            else {
                Issue.record("Memory_Used, Cswap and CPU Load should be judged")
                return
            }
            #expect(memory.values.last == 7900)
            #expect(memory.lastTime == Timestamp(seconds: PandoraSchemaSubset.now))
            #expect(memory.firstTime == Timestamp(seconds: PandoraSchemaSubset.now - 119 * 300))
            #expect(cpu.values.last == 19.52507)
            #expect(cswap.storedRows == 3)
            #expect(cswap.values == Array(repeating: 512, count: 60) + Array(repeating: 530, count: 20) + Array(repeating: 512, count: 40))

            let db = try database.agent(named: "db-server 01")
            let queryTime = try #require(try database.modules(of: db, named: ["Query time"]).modules.first)
            guard case .ready(let day) = try database.series(of: queryTime, request: request(timeData: 86_400, timeInterval: 300)) else {
                Issue.record("Query time should be judged over one day")
                return
            }
            #expect(day.points == 80, "the rows three days old are neither read nor carried into the window")
            #expect(day.storedRows == 80)
            #expect(!day.values.contains(999))
        }

        @Test func theDefaultMinuteGridRepeatsEachFiveMinuteSample() throws {
            #expect(
                try points(of: "db-server 01", request(timeInterval: 60)) == [
                    "Memory_Used": .success(146), "Query time": .success(10 * 5 - 4 + 87_000 / 60 + 79 * 5 + 1),
                ])
            let memory = try #require(try database.modules(of: database.agent(named: "web01"), named: ["Memory_Used"]).modules.first)
            guard case .ready(let series) = try database.series(of: memory, request: request(timeInterval: 60)) else {
                Issue.record("Memory_Used should be judged")
                return
            }
            #expect(series.points == 596)
            #expect(series.values.suffix(5) == Array(repeating: series.values[series.points - 6], count: 4) + [7900])
        }
    }
}
