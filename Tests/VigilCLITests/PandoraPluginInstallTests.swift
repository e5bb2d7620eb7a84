import Foundation
import Testing
import VigilTestSupport

/// `make install-pandora-plugin`'s script: the pandora_tf_anomaly command Pandora's plugin server calls.
@Suite struct PandoraPluginInstallTests {
    static var script: String {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("scripts/install-pandora-plugin.sh").path
    }

    @Test func theInstalledCommandTakesThePluginsFlags() throws {
        let directory = try TemporaryDirectory()
        let install = Process()
        install.executableURL = URL(fileURLWithPath: Self.script)
        install.arguments = [VigilProcess.executable.path, directory.file("prefix"), directory.file("plugin")]
        install.standardOutput = FileHandle.nullDevice
        try install.run()
        install.waitUntilExit()
        #expect(install.terminationStatus == 0)

        let command = directory.file("plugin/pandora_tf_anomaly")
        #expect(FileManager.default.isExecutableFile(atPath: command))
        #expect(FileManager.default.isExecutableFile(atPath: directory.file("prefix/bin/vigil")))
        let help = Process()
        help.executableURL = URL(fileURLWithPath: command)
        help.arguments = ["--help"]
        let output = Pipe()
        help.standardOutput = output
        try help.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        help.waitUntilExit()
        for flag in [
            "--agent_name", "--target_agent", "--time_data", "--time_interval", "--level_data", "--threads", "--modules_list", "--dbhost",
            "--dbname", "--dbuser", "--dbpass", "--dbport", "--transfer_mode", "--tentacle_port", "--tentacle_address", "--tentacle_client",
            "--tentacle_opts", "--interval", "--temporal", "-g, --group", "--data_dir",
        ] {
            #expect(text.contains(flag), "\(flag) is listed")
        }
        for defaultValue in ["604800", "127.0.0.1", "3306", "41121", "/tmp", "/var/spool/pandora/data_in/"] {
            #expect(text.contains(defaultValue), "\(defaultValue) is shown")
        }

        let failing = Process()
        failing.executableURL = URL(fileURLWithPath: command)
        failing.arguments = ["--agent_name", "x", "--transfer_mode", "ftp"]
        let failingOutput = Pipe()
        failing.standardOutput = failingOutput
        failing.standardError = FileHandle.nullDevice
        try failing.run()
        let printed = String(decoding: failingOutput.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        failing.waitUntilExit()
        #expect(printed == "0\n")
        #expect(failing.terminationStatus != 0)
    }
}
