import Testing
import VigilCore
import VigilPandora

/// The plugin's rules (``PandoraDatabase`` extensions) on ``InMemoryPandoraDatabase``.
struct InMemoryPandoraDatabaseTests {
    static let now: Int64 = 1_700_000_000

    let database = InMemoryPandoraDatabase(
        agents: [
            PandoraAgentRecord(id: 1, name: "web01"),
            PandoraAgentRecord(id: 2, name: "b68b7efd", alias: "db-server 01", interval: 60),
            PandoraAgentRecord(id: 3, name: "x-3", alias: "web01"),
            PandoraAgentRecord(id: 4, name: "old-host", isDisabled: true),
            PandoraAgentRecord(id: 5, name: "p", alias: "pair"),
            PandoraAgentRecord(id: 6, name: "q", alias: "pair"),
            PandoraAgentRecord(id: 7, name: "r", alias: "pair", isDisabled: true),
            PandoraAgentRecord(id: 8, name: "old-host"),
        ],
        modules: [
            PandoraModuleRecord(id: 103, agentID: 1, name: "CPU Load"),
            PandoraModuleRecord(id: 101, agentID: 1, name: "Memory_Used"),
            PandoraModuleRecord(id: 105, agentID: 1, name: "Kernel version", typeID: 3, typeName: "generic_data_string"),
            PandoraModuleRecord(id: 107, agentID: 1, name: "Old_metric", isDisabled: true),
            PandoraModuleRecord(id: 108, agentID: 1, name: "Memory_Used.TF.ANOMALY", typeID: 2, typeName: "generic_proc"),
            PandoraModuleRecord(id: 109, agentID: 1, name: "Log", typeName: "log4x"),
            PandoraModuleRecord(id: 201, agentID: 2, name: "Memory_Used"),
        ],
        history: [
            101: (0..<120).map { PandoraStoredValue(time: now - 300 * Int64(119 - $0), value: $0 == 119 ? 7900 : 2048) },
            103: [PandoraStoredValue(time: now + 60, value: 99), PandoraStoredValue(time: now - 600, value: 20)],
            201: (0..<30).map { PandoraStoredValue(time: now - 300 * Int64(29 - $0), value: Double($0)) },
        ])

    func request(timeInterval: Int = 300, levelData: Int = 50) -> PandoraHistoryRequest {
        PandoraHistoryRequest(now: Timestamp(seconds: Self.now), timeInterval: timeInterval, levelData: levelData)
    }

    @Test func anAgentNameBeatsAnAlias() throws {
        #expect(try database.agent(named: "web01").id == 1)
        #expect(try database.agent(named: "db-server 01").id == 2)
        #expect(try database.agent(named: "b68b7efd").id == 2)
    }

    @Test func disabledAgentsAreSkippedOrRejected() throws {
        #expect(try database.agent(named: "old-host").id == 8, "an enabled agent of the same name wins")
        let withoutReplacement = InMemoryPandoraDatabase(agents: [PandoraAgentRecord(id: 4, name: "old-host", isDisabled: true)])
        #expect(throws: PandoraDatabaseError.agentDisabled(name: "old-host", id: 4)) { try withoutReplacement.agent(named: "old-host") }
    }

    @Test func aSharedAliasIsAmbiguous() {
        #expect(throws: PandoraDatabaseError.ambiguousAlias(alias: "pair", agentNames: ["p", "q"])) { try database.agent(named: "pair") }
        #expect(throws: PandoraDatabaseError.agentNotFound(name: "Web01")) { try database.agent(named: "Web01") }
    }

    @Test func allModulesWithReasons() throws {
        let selection = try database.modules(of: database.agent(named: "web01"), named: nil)
        #expect(selection.modules.map(\.id) == [101, 103])
        #expect(
            selection.skipped == [
                PandoraSkippedModule(name: "Kernel version", reason: .notNumeric(typeName: "generic_data_string")),
                PandoraSkippedModule(name: "Old_metric", reason: .disabled),
                PandoraSkippedModule(name: "Memory_Used.TF.ANOMALY", reason: .anomalyOutput),
                PandoraSkippedModule(name: "Log", reason: .notNumeric(typeName: "log4x")),
            ])
    }

    @Test func aModulesListKeepsItsOrder() throws {
        let selection = try database.modules(
            of: database.agent(named: "web01"), named: ["CPU Load", "Cswap", "Memory_Used", "CPU Load", "Kernel version"])
        #expect(selection.modules.map(\.name) == ["CPU Load", "Memory_Used"])
        #expect(
            selection.skipped == [
                PandoraSkippedModule(name: "Cswap", reason: .notFound),
                PandoraSkippedModule(name: "Kernel version", reason: .notNumeric(typeName: "generic_data_string")),
            ])
    }

    @Test func seriesOrSkip() throws {
        let web = try database.modules(of: database.agent(named: "web01"), named: nil).modules
        guard case .ready(let memory) = try database.series(of: web[0], request: request()) else {
            Issue.record("Memory_Used has 120 points")
            return
        }
        #expect(memory.points == 120 && memory.values.last == 7900)
        #expect(memory.module.name == "Memory_Used")

        let cpu = try database.series(of: web[1], request: request(timeInterval: 60, levelData: 11))
        guard case .ready(let cpuSeries) = cpu else {
            Issue.record("CPU Load has 11 points at 60 s")
            return
        }
        #expect(cpuSeries.values == Array(repeating: 20, count: 11), "the row after now is not read")

        let short = try database.series(of: database.allModules(of: database.agent(named: "db-server 01"))[0], request: request())
        #expect(short == .skipped(PandoraSkippedModule(name: "Memory_Used", reason: .tooFewPoints(points: 30, needed: 50))))
        #expect(
            String(describing: PandoraSkippedModule(name: "Memory_Used", reason: .tooFewPoints(points: 30, needed: 50)))
                == "module 'Memory_Used' skipped: only 30 points of history, --level_data asks for 50")

        let kernel = PandoraModuleRecord(id: 105, agentID: 1, name: "Kernel version", typeID: 3, typeName: "generic_data_string")
        #expect(
            try database.series(of: kernel, request: request())
                == .skipped(PandoraSkippedModule(name: "Kernel version", reason: .notNumeric(typeName: "generic_data_string"))))

        let empty = PandoraModuleRecord(id: 999, agentID: 1, name: "Empty")
        #expect(
            try database.series(of: empty, request: request(levelData: 0))
                == .skipped(PandoraSkippedModule(name: "Empty", reason: .tooFewPoints(points: 0, needed: 1))))
    }

    @Test(arguments: [
        (60, 0, 50, PandoraDatabaseError.invalidRequest(field: "--time_interval", value: 0, expected: "a positive number of seconds")),
        (30, 60, 50, PandoraDatabaseError.invalidRequest(field: "--time_data", value: 30, expected: "at least --time_interval (60) seconds")),
        (600, 60, -1, PandoraDatabaseError.invalidRequest(field: "--level_data", value: -1, expected: "a number of points ≥ 0")),
    ])
    func badRequestsAreRejected(timeData: Int, timeInterval: Int, levelData: Int, error: PandoraDatabaseError) throws {
        let module = try #require(database.modules.first)
        let request = PandoraHistoryRequest(now: Timestamp(seconds: Self.now), timeData: timeData, timeInterval: timeInterval, levelData: levelData)
        #expect(throws: error) { try database.series(of: module, request: request) }
    }
}
