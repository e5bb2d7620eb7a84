import Testing
import VigilCore
import VigilPandora

struct DataFileNameTests {
    /// The Data Server's rule, `DataServer.pm`: `^(.*)[\._]\d+\.data$`.
    static var serverRule: Regex<(Substring, Substring)> { #/(.*)[\._][0-9]+\.data/# }

    @Test(arguments: [
        ("web01.1700000000.data", true), ("agent_42.data", true), (".1.data", true), ("_7.data", true),
        ("a.b.c.123.data", true), ("web01.abc.data", false), ("web01.data", false), ("web011.data", false),
        ("x.12a.data", false), ("x..data", false), ("x.1.data.partial", false), ("x.1.DATA", false), ("x.1.data ", false),
    ])
    func recognisesTheServersRule(name: String, accepted: Bool) {
        #expect(DataFileName.isAcceptedByDataServer(name) == accepted)
        #expect((name.wholeMatch(of: Self.serverRule) != nil) == accepted)
    }

    @Test func isTheAgentsMD5AndTheRunsDigits() {
        let name = DataFileName(agentName: "web01", time: Timestamp(milliseconds: 1_700_000_000_999), sequence: 42)
        #expect(name.description == "2f527604e1deff1329720282d8d3cfa1.1700000000000042.data")
        #expect(name.description.wholeMatch(of: Self.serverRule) != nil)
        #expect(DataFileName(agentName: "TF anomaly", time: .epoch, sequence: 0).prefix.count == 32)
    }

    @Test func nextWrapsAfterSixDigits() {
        let last = DataFileName(agentName: "a", time: Timestamp(seconds: 5), sequence: 999_999)
        #expect(last.description.hasSuffix(".5999999.data"))
        #expect(last.next.description.hasSuffix(".5000000.data"))
        #expect(DataFileName(agentName: "a", time: Timestamp(seconds: 5), sequence: 1_000_003).sequence == 3)
    }

    @Test func uniqueNamesDifferWithinOneSecond() {
        let time = Timestamp(seconds: 1_700_000_000)
        let names = (0..<50).map { _ in DataFileName.unique(agentName: "web01", time: time).description }
        #expect(Set(names).count == 50)
        #expect(names.allSatisfy { DataFileName.isAcceptedByDataServer($0) && $0.hasPrefix("2f527604e1deff1329720282d8d3cfa1.1700000000") })
    }
}
