import Foundation
import Testing
import VigilCore
import VigilPandora

/// Parses our files exactly as the Pandora Data Server does: `XMLin($file, forcearray => 'module')`
/// with `XML::Simple`, then the first scalar of each tag (`Tools.pm` `get_tag_value`).
@Suite(.enabled(if: TransferFixtures.hasXMLSimple, "needs perl with XML::Simple (libxml-simple-perl)"))
struct XMLSimpleTests {
    static let harness = """
        use strict; use warnings; use XML::Simple; use JSON::PP;
        my $x = XMLin($ARGV[0], forcearray => 'module');
        sub tag { my ($m, $t) = @_; my $v = $m->{$t}; return undef unless defined $v;
                  $v = $v->[0] if ref $v eq 'ARRAY'; return ref $v ? '' : $v; }
        my %agent = map { $_ => $x->{$_} } grep { !ref $x->{$_} } keys %$x;
        my @modules = map { my $m = $_; +{ map { $_ => tag($m, $_) } qw(name type data description unit) } } @{ $x->{module} || [] };
        print JSON::PP->new->utf8->canonical->encode({ agent => \\%agent, modules => \\@modules });
        """

    struct Parsed: Decodable {
        struct Module: Decodable, Equatable {
            var name: String?
            var type: String?
            var data: String?
            var description: String?
            var unit: String?
        }
        var agent: [String: String]
        var modules: [Module]
    }

    func parse(_ file: AgentDataFile) async throws -> Parsed {
        try await TransferFixtures.withTemporaryDirectory { directory in
            let written = try DataFileWriter(temporalDirectory: directory).write(file, at: Timestamp(seconds: 1_700_000_000))
            let result = TransferFixtures.run("/usr/bin/env", ["perl", "-e", Self.harness, written.path])
            try #require(result.status == 0, "XML::Simple failed: \(result.output)")
            return try JSONDecoder().decode(Parsed.self, from: Data(result.output.utf8))
        }
    }

    @Test func readsTheExampleAsTheServerDoes() async throws {
        let parsed = try await parse(AgentDataFileTests.example)
        #expect(
            parsed.agent == [
                "agent_name": "web01", "agent_alias": "web01", "parent_agent_name": "", "description": "", "version": "",
                "os_name": "Linux", "os_version": "", "timestamp": "2023/11/14 22:13:20", "address": "", "group": "Servers",
                "interval": "300", "agent_mode": "1",
            ])
        #expect(
            parsed.modules == [
                .init(name: "Memory_Used.TF.ANOMALY", type: "generic_proc", data: "0", description: "Reconstruction error: 22.89310 / 0.06047"),
                .init(name: "CPU Load.TF.ANOMALY", type: "generic_proc", data: "1", description: "Reconstruction error: 0.00331 / 0.03574"),
            ])
    }

    @Test func specialCharactersSurviveTheServersParser() async throws {
        let agent = #"Ops & "Dev" <'prod'> ünïcødé 日本"#
        let file = AgentDataFile(
            agentName: agent, description: "two\nlines\tand a tab", timestamp: .serverTime, group: "A&B", interval: 60,
            modules: [
                .anomalyResult(module: #"Disk "C:\" <used> & 'free'"#, targetAgent: agent, isAnomalous: true, reconstructionError: 1, threshold: 0.5),
                DataFileModule(name: "cdata]]>end", type: .genericDataString, data: "x]]>y<z>&", description: "", unit: "°C"),
            ])
        let parsed = try await parse(file)
        #expect(parsed.agent["agent_name"] == agent)
        #expect(parsed.agent["description"] == "two\nlines\tand a tab")
        #expect(parsed.agent["group"] == "A&B")
        #expect(parsed.agent["timestamp"] == "AUTO")
        #expect(
            parsed.modules == [
                .init(
                    name: #"Ops & "Dev" <'prod'> ünïcødé 日本.Disk "C:\" <used> & 'free'.TF.ANOMALY"#, type: "generic_proc", data: "0",
                    description: "Reconstruction error: 1.00000 / 0.50000"),
                .init(name: "cdata]]>end", type: "generic_data_string", data: "x]]>y<z>&", description: "", unit: "°C"),
            ])
    }
}
