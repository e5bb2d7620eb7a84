import Foundation
import Testing
import VigilPandora
import VigilTestSupport

extension MariaDBTests {
    /// `vigil pandora-tf-anomaly` as Pandora's plugin server runs it: the real binary against a real
    /// MariaDB, delivering into a local data directory or to a Tentacle server.
    @Suite struct PluginCommand {
        let server: MariaDBTestServer

        init() throws {
            server = try #require(MariaDBTestServer.current)
        }

        /// A fresh database whose histories end now: an agent "pump station" (decoded name) with a
        /// spiking module, a calm one and a too-short one.
        func loadDatabase() throws -> String {
            let database = "plugin_" + UUID().uuidString.prefix(8).lowercased()
            let now = Int64(Date().timeIntervalSince1970)
            func rows(_ module: Int, last: Double, points: Int = 2880) -> String {
                (0..<points).map { index in
                    let value = index == points - 1 ? last : 50 + 10 * sin(2 * Double.pi * Double(index) / 1440)
                    return "(\(module), \(value), \(now - Int64(points - 1 - index) * 60))"
                }.joined(separator: ", ")
            }
            try server.run("CREATE DATABASE \(database) CHARACTER SET utf8mb4;")
            try server.run(
                PandoraDatabaseFixture.schema + """
                    INSERT INTO tagente (id_agente, nombre, alias, id_grupo, intervalo) VALUES (1, 'pump&#x20;station', 'pump', 2, 60);
                    INSERT INTO tagente_modulo (id_agente_modulo, id_agente, id_tipo_modulo, nombre, module_interval) VALUES
                      (1, 1, 1, 'Memory_Used', 60), (2, 1, 1, 'CPU&#x20;Load', 60), (3, 1, 1, 'Short', 60);
                    INSERT INTO tagente_datos (id_agente_modulo, datos, utimestamp) VALUES \(rows(1, last: 400));
                    INSERT INTO tagente_datos (id_agente_modulo, datos, utimestamp) VALUES \(rows(2, last: 50));
                    INSERT INTO tagente_datos (id_agente_modulo, datos, utimestamp) VALUES \(rows(3, last: 5, points: 20));
                    """, database: database)
            return database
        }

        func arguments(database: String, directory: TemporaryDirectory, extra: [String] = []) -> [String] {
            [
                "pandora-tf-anomaly", "--agent_name", "pump station", "--dbhost", "127.0.0.1", "--dbport", String(server.port),
                "--dbname", database, "--dbuser", MariaDBTestServer.user, "--dbpass", MariaDBTestServer.password,
                "--time_data", "172800", "--temporal", directory.file("tmp"), "--data_dir", directory.file("data_in"),
            ] + extra
        }

        func makeFolders(_ directory: TemporaryDirectory) throws {
            for folder in ["tmp", "data_in"] {
                try FileManager.default.createDirectory(atPath: directory.file(folder), withIntermediateDirectories: true)
            }
        }

        @Test func localModeWritesOneResultModulePerJudgedModule() throws {
            let directory = try TemporaryDirectory()
            try makeFolders(directory)
            let outcome = try VigilProcess.run(arguments(database: try loadDatabase(), directory: directory, extra: ["--threads", "2"]))
            #expect(outcome.standardOutput == "1\n", "stderr: \(outcome.standardError)")
            #expect(outcome.status == 0)
            let files = try FileManager.default.contentsOfDirectory(atPath: directory.file("data_in"))
            #expect(files.count == 1)
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.file("tmp")).isEmpty)
            let name = try #require(files.first)
            #expect(DataFileName.isAcceptedByDataServer(name))
            let xml = try directory.read("data_in/" + name)
            #expect(xml.contains("agent_name='pump station'"))
            let memory = try #require(xml.range(of: "<name><![CDATA[Memory_Used.TF.ANOMALY]]></name>")).upperBound
            #expect(xml[memory...].hasPrefix("\n\t<type>generic_proc</type>\n\t<data><![CDATA[0]]></data>"))
            let cpu = try #require(xml.range(of: "<name><![CDATA[CPU Load.TF.ANOMALY]]></name>")).upperBound
            #expect(xml[cpu...].hasPrefix("\n\t<type>generic_proc</type>\n\t<data><![CDATA[1]]></data>"))
            #expect(!xml.contains("Short.TF.ANOMALY"), "20 points are fewer than --level_data 50")
            #expect(outcome.standardError.contains("Short"), "the skipped module is reported: \(outcome.standardError)")
        }

        @Test func tentacleModeSendsTheFileWithAPassword() async throws {
            let directory = try TemporaryDirectory()
            try makeFolders(directory)
            try FileManager.default.createDirectory(atPath: directory.file("received"), withIntermediateDirectories: true)
            let tentacle = try await TentacleTestServer.start(
                directory: directory.file("received"), options: .init(passwordDigest: TentaclePassword.digest("s3cret")))
            let database = try loadDatabase()
            let outcome = try VigilProcess.run(
                arguments(
                    database: database, directory: directory,
                    extra: [
                        "--transfer_mode", "tentacle", "--tentacle_address", "127.0.0.1", "--tentacle_port", String(tentacle.port),
                        "--tentacle_opts", "-x s3cret", "--target_agent", "TF anomaly", "-g", "Servers",
                    ]))
            try await tentacle.stop()
            #expect(outcome.standardOutput == "1\n", "stderr: \(outcome.standardError)")
            let received = try FileManager.default.contentsOfDirectory(atPath: directory.file("received"))
            #expect(received.count == 1)
            let xml = try directory.read("received/" + received[0])
            #expect(xml.contains("agent_name='TF anomaly'"))
            #expect(xml.contains("<name><![CDATA[TF anomaly.Memory_Used.TF.ANOMALY]]></name>"))
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.file("tmp")).isEmpty)

            let wrongPassword = try await TentacleTestServer.start(
                directory: directory.file("received"), options: .init(passwordDigest: TentaclePassword.digest("other")))
            let refused = try VigilProcess.run(
                arguments(
                    database: database, directory: directory,
                    extra: ["--transfer_mode", "tentacle", "--tentacle_port", String(wrongPassword.port), "--tentacle_opts", "-x s3cret"]))
            try await wrongPassword.stop()
            #expect(refused.standardOutput == "0\n")
            #expect(refused.status != 0)
            #expect(refused.standardError.contains("pandora-tf-anomaly:"))
        }

        @Test func aDatabaseFailurePrintsZeroAndTheReason() throws {
            let directory = try TemporaryDirectory()
            try makeFolders(directory)
            var failing = arguments(database: try loadDatabase(), directory: directory)
            failing[failing.firstIndex(of: "--dbpass")! + 1] = "wrong"
            let outcome = try VigilProcess.run(failing)
            #expect(outcome.standardOutput == "0\n")
            #expect(outcome.status != 0)
            #expect(outcome.standardError.contains("127.0.0.1"))
            #expect(!outcome.standardError.contains("wrong"), "the password is never printed")
        }
    }
}
