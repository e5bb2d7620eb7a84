import Foundation
import Testing
import VigilCore
import VigilPandora

struct AgentDataFileTests {
    /// The file of specs/pandora.md §5.4, which the real Data Server ingested.
    static let example = AgentDataFile(
        agentName: "web01", agentAlias: "web01", parentAgentName: "", description: "", version: "", osName: "Linux",
        osVersion: "", timestamp: .local(CivilTime(year: 2023, month: 11, day: 14, hour: 22, minute: 13, second: 20)),
        address: "", group: "Servers", interval: 300, agentMode: .learning,
        modules: [
            .anomalyResult(module: "Memory_Used", targetAgent: nil, isAnomalous: true, reconstructionError: 22.893104, threshold: 0.060471),
            .anomalyResult(module: "CPU Load", targetAgent: nil, isAnomalous: false, reconstructionError: 0.0033137, threshold: 0.035744),
        ])

    static let exampleText = """
        <?xml version='1.0' encoding='UTF-8'?>
        <agent_data agent_name='web01' agent_alias='web01' parent_agent_name='' description='' version='' os_name='Linux' \
        os_version='' timestamp='2023/11/14 22:13:20' address='' group='Servers' interval='300' agent_mode='1'>
        <module>
        \t<name><![CDATA[Memory_Used.TF.ANOMALY]]></name>
        \t<type>generic_proc</type>
        \t<data><![CDATA[0]]></data>
        \t<description><![CDATA[Reconstruction error: 22.89310 / 0.06047]]></description>
        </module>
        <module>
        \t<name><![CDATA[CPU Load.TF.ANOMALY]]></name>
        \t<type>generic_proc</type>
        \t<data><![CDATA[1]]></data>
        \t<description><![CDATA[Reconstruction error: 0.00331 / 0.03574]]></description>
        </module>
        </agent_data>

        """

    @Test func writesTheSpecExampleStructure() {
        #expect(Self.example.xml == Self.exampleText)
    }

    @Test(.enabled(if: TransferFixtures.pandoraDatasets != nil, "needs ../shared/datasets/pandora"))
    func matchesTheExampleFileByteForByte() throws {
        let directory = try #require(TransferFixtures.pandoraDatasets)
        let bytes = try TransferFixtures.bytes(at: "\(directory)/example_agent_data.xml")
        #expect(Array(Self.example.xml.utf8) == bytes)
    }

    @Test func leavesOutAttributesThatAreNotSet() {
        let file = AgentDataFile(agentName: "db01", interval: 60, modules: [])
        #expect(file.xml == "<?xml version='1.0' encoding='UTF-8'?>\n<agent_data agent_name='db01' interval='60'>\n</agent_data>\n")
    }

    @Test func escapesAttributes() {
        let file = AgentDataFile(agentName: #"a&b<c>'d'"e""#, description: "line 1\nline 2\ttab\r", group: "Ops & Dev")
        #expect(
            file.xml.contains(
                "agent_name='a&amp;b&lt;c&gt;&apos;d&apos;&quot;e&quot;' description='line 1&#10;line 2&#9;tab&#13;' group='Ops &amp; Dev'"))
    }

    @Test func wrapsTextInCDATAAndSplitsItsEnd() {
        let file = AgentDataFile(
            agentName: "x",
            modules: [DataFileModule(name: "odd]]>name <&>", type: .genericDataString, data: "a]]>b", description: "ü 日本", unit: "%")])
        #expect(
            file.xml.hasSuffix(
                """
                <module>
                \t<name><![CDATA[odd]]]]><![CDATA[>name <&>]]></name>
                \t<type>generic_data_string</type>
                \t<data><![CDATA[a]]]]><![CDATA[>b]]></data>
                \t<description><![CDATA[ü 日本]]></description>
                \t<unit><![CDATA[%]]></unit>
                </module>
                </agent_data>

                """))
    }

    @Test func replacesCharactersXMLCannotCarry() {
        let file = AgentDataFile(
            agentName: "bell\u{7}", modules: [DataFileModule(name: "nul\u{0}", type: .genericData, data: "1", description: "\u{FFFF}")])
        #expect(file.xml.contains("agent_name='bell\u{FFFD}'"))
        #expect(file.xml.contains("<name><![CDATA[nul\u{FFFD}]]></name>"))
        #expect(file.xml.contains("<description><![CDATA[\u{FFFD}]]></description>"))
    }

    @Test func anomalyResultNamesTypesAndDescribes() {
        let onTarget = DataFileModule.anomalyResult(
            module: "Cswap", targetAgent: "TF anomaly", isAnomalous: false, reconstructionError: 1e-7, threshold: 2.5)
        #expect(onTarget.name == "TF anomaly.Cswap.TF.ANOMALY")
        #expect(onTarget.type == .genericProc)
        #expect(onTarget.data == "1")
        #expect(onTarget.description == "Reconstruction error: 0.00000 / 2.50000")
        let odd = DataFileModule.anomalyResult(
            module: "m", targetAgent: nil, isAnomalous: true, reconstructionError: .nan, threshold: -.infinity)
        #expect(odd.data == "0")
        #expect(odd.description == "Reconstruction error: nan / -inf")
    }

    @Test func timestampsAreWrittenAsTheServerReadsThem() {
        #expect(DataFileTimestamp.serverTime.attributeValue == "AUTO")
        #expect(
            DataFileTimestamp.local(CivilTime(year: 999, month: 1, day: 2, hour: 3, minute: 4, second: 5)).attributeValue == "0999/01/02 03:04:05")
    }

    @Test func localTimeFollowsThisMachinesZone() {
        let time = Timestamp(seconds: 1_700_000_000)
        let offset = TimeZone.current.secondsFromGMT(for: Date(timeIntervalSince1970: 1_700_000_000))
        var expected = CivilTime(time.advanced(byMilliseconds: Int64(offset) * 1000))
        expected.millisecond = 0
        #expect(DataFileTimestamp.localTime(of: time) == .local(expected))
    }

    @Test func validationFindsWhatTheServerDrops() {
        #expect(throws: DataFileError.missingAgentName) { try AgentDataFile(agentName: "").validate() }
        let file = AgentDataFile(
            agentName: "a",
            modules: [DataFileModule(name: "ok", type: .genericProc, data: "1"), DataFileModule(name: "", type: .genericProc, data: "1")])
        #expect(throws: DataFileError.missingModuleName(index: 1)) { try file.validate() }
        #expect(DataFileError.missingModuleName(index: 1).description.contains("module 2 has an empty name"))
    }
}
