import Foundation
import Logging
import Testing
import VigilCore
import VigilPandora
import VigilTelemetry
import VigilTestSupport

/// The plugin run end to end on an in-memory database: verdicts, skipped modules, the data file.
struct PandoraPluginTests {
    static let now: Int64 = 1_750_000_000

    /// Two days at 60 s of a daily sine ending at `now`, with `last` as the newest value.
    static func history(last: Double) -> [PandoraStoredValue] {
        let points = 2880
        return (0..<points).map { index in
            let value = index == points - 1 ? last : 50 + 10 * sin(2 * Double.pi * Double(index) / 1440)
            return PandoraStoredValue(time: now - Int64(points - 1 - index) * 60, value: value)
        }
    }

    static func module(_ id: Int, _ name: String, type: Int = 1, typeName: String = "generic_data") -> PandoraModuleRecord {
        PandoraModuleRecord(id: id, agentID: 1, name: name, typeID: type, typeName: typeName, unit: "", interval: 60, isDisabled: false)
    }

    static var database: InMemoryPandoraDatabase {
        InMemoryPandoraDatabase(
            agents: [PandoraAgentRecord(id: 1, name: "c600b04d", alias: "web01", groupID: 2, interval: 120, address: nil, isDisabled: false)],
            modules: [
                module(11, "Memory_Used"), module(12, "CPU Load"), module(13, "Short"), module(14, "Flat"),
                module(15, "Kernel", type: 3, typeName: "generic_data_string"),
            ],
            history: [
                11: history(last: 400), 12: history(last: 50),
                13: (0..<10).map { PandoraStoredValue(time: now - Int64(9 - $0) * 60, value: Double($0)) },
                14: (0..<2880).map { PandoraStoredValue(time: now - Int64(2879 - $0) * 60, value: 7) },
            ])
    }

    static func run(_ configuration: PandoraPluginConfiguration, into dataIn: String) async throws -> PandoraPluginReport {
        try await PandoraPlugin(configuration: configuration).run(
            database: database, delivery: .local(dataDirectory: dataIn), now: Timestamp(seconds: now), logger: Logger(label: "test"))
    }

    @Test func verdictsSkipsAndTheDataFile() async throws {
        let directory = try TemporaryDirectory()
        try FileManager.default.createDirectory(atPath: directory.file("data_in"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: directory.file("tmp"), withIntermediateDirectories: true)
        let configuration = PandoraPluginConfiguration(
            agentName: "web01", timeData: 172_800, timeInterval: 60, temporaryDirectory: directory.file("tmp"),
            dataDirectory: directory.file("data_in"))
        let report = try await Self.run(configuration, into: directory.file("data_in"))

        #expect(report.agentName == "c600b04d", "found by its alias")
        #expect(report.verdicts.map(\.module) == ["Memory_Used", "CPU Load", "Flat"])
        #expect(report.verdicts[0].decision.isAnomalous, "a spike to 400 in a 40–60 sine")
        #expect(!report.verdicts[1].decision.isAnomalous, "a mid-range last value")
        #expect(!report.verdicts[2].decision.isAnomalous, "a module that never changed is normal")
        #expect(Set(report.skipped.map(\.name)) == ["Short", "Kernel"])

        let name = try #require(report.deliveredFile).description
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.file("tmp")).isEmpty, "the temporary file is removed")
        let xml = try directory.read("data_in/" + name)
        #expect(xml.contains("agent_name='c600b04d'"))
        #expect(xml.contains("interval='120'"), "the monitored agent keeps its own interval")
        let root = try #require(xml.split(separator: "\n").first { $0.hasPrefix("<agent_data") })
        #expect(!root.contains(" version="), "no version attribute: the agent's version is not overwritten")
        #expect(xml.contains("<name><![CDATA[Memory_Used.TF.ANOMALY]]></name>"))
        #expect(xml.contains("<type>generic_proc</type>"))
        let memory = try #require(xml.range(of: "Memory_Used.TF.ANOMALY")).upperBound
        #expect(xml[memory...].contains("<data><![CDATA[0]]></data>"))
        #expect(xml.contains("Reconstruction error: "))
        #expect(!xml.contains("Short.TF.ANOMALY"))
    }

    @Test func aTargetAgentGetsPrefixedModules() async throws {
        let directory = try TemporaryDirectory()
        try FileManager.default.createDirectory(atPath: directory.file("in"), withIntermediateDirectories: true)
        let configuration = PandoraPluginConfiguration(
            agentName: "c600b04d", targetAgent: "TF anomaly", timeData: 172_800, modules: ["CPU Load", "Nope"],
            temporaryDirectory: directory.path, group: "Servers", dataDirectory: directory.file("in"))
        let report = try await Self.run(configuration, into: directory.file("in"))
        #expect(report.resultAgentName == "TF anomaly")
        #expect(report.verdicts.map(\.module) == ["CPU Load"])
        #expect(report.skipped.map(\.name) == ["Nope"])
        let xml = try directory.read("in/" + report.deliveredFile!.description)
        #expect(xml.contains("agent_name='TF anomaly'"))
        #expect(xml.contains("group='Servers'"))
        #expect(xml.contains("interval='300'"))
        #expect(xml.contains("<name><![CDATA[TF anomaly.CPU Load.TF.ANOMALY]]></name>"))
    }

    @Test func judgingInParallelGivesTheSameVerdicts() async throws {
        let directory = try TemporaryDirectory()
        var configuration = PandoraPluginConfiguration(agentName: "web01", timeData: 172_800, temporaryDirectory: directory.path)
        configuration.dataDirectory = directory.path
        let serial = try await Self.run(configuration, into: directory.path)
        configuration.threads = 3
        let parallel = try await Self.run(configuration, into: directory.path)
        #expect(parallel.verdicts == serial.verdicts)
    }

    @Test func anUnknownAgentIsATypedFailure() async throws {
        let directory = try TemporaryDirectory()
        await #expect(throws: PandoraPluginError.self) {
            try await Self.run(PandoraPluginConfiguration(agentName: "nobody", temporaryDirectory: directory.path), into: directory.path)
        }
    }
}
