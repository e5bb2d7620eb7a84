import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The running `mariadbd` behind a ``MariaDBTestServer``, and its removal.
///
/// The server runs under a small shell that holds the read end of a pipe whose write end only this
/// process has. Closing it (``stop()``), or this process dying for any reason, ends the shell's
/// `cat`; the shell then stops `mariadbd`, waits for it and deletes the temporary directory. So a
/// failing or crashing test run leaves neither a server nor files behind.
final class MariaDBTestServerProcess {
    /// What tests use to reach the server.
    let server: MariaDBTestServer
    private let supervisor: Process
    private let lifeline: Pipe

    /// Creates a data directory, starts `mariadbd` on a free loopback port and waits until it answers.
    /// As root the server runs as the `mysql` user (`mariadbd` refuses to run as root).
    /// - Throws: ``MariaDBTestServerError``.
    init() throws {
        guard let programs = MariaDBTestServer.programs else { throw MariaDBTestServerError.programsMissing }
        var template = Array(URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("vigil-mariadb-XXXXXX").path.utf8CString)
        guard let created = mkdtemp(&template) else {
            throw MariaDBTestServerError.commandFailed(command: "mkdtemp", status: errno, output: "cannot create a temporary directory")
        }
        let directory = String(cString: created)
        var userOption: [String] = []
        if geteuid() == 0, let account = getpwnam("mysql") {
            chown(directory, account.pointee.pw_uid, account.pointee.pw_gid)
            userOption = ["--user=mysql"]
        }
        let port = try MariaDBTestServer.freeLoopbackPort()
        do {
            try MariaDBTestServer.execute(
                programs.installer,
                ["--no-defaults", "--datadir=\(directory)/data", "--auth-root-authentication-method=normal", "--skip-test-db"]
                    + userOption)
        } catch {
            try? FileManager.default.removeItem(atPath: directory)
            throw error
        }
        let options =
            [
                "--no-defaults", "--datadir=\(directory)/data", "--socket=\(directory)/sock", "--port=\(port)",
                "--bind-address=127.0.0.1", "--skip-name-resolve", "--pid-file=\(directory)/pid",
                "--log-error=\(directory)/error.log", "--innodb-buffer-pool-size=32M",
            ] + userOption
        let script = """
            "$0" "$@" &
            server=$!
            cat > /dev/null
            kill "$server"
            wait "$server"
            rm -rf "\(directory)"
            """
        supervisor = Process()
        supervisor.executableURL = URL(fileURLWithPath: "/bin/sh")
        supervisor.arguments = ["-c", script, programs.server] + options
        lifeline = Pipe()
        supervisor.standardInput = lifeline
        supervisor.standardOutput = FileHandle.nullDevice
        supervisor.standardError = FileHandle.nullDevice
        server = MariaDBTestServer(directory: directory, port: port, clientPath: programs.client)
        do {
            try supervisor.run()
        } catch {
            try? FileManager.default.removeItem(atPath: directory)
            throw error
        }
        try waitUntilReady(timeout: 30)
    }

    /// Stops the server and removes its directory; returns when both are done.
    func stop() {
        try? lifeline.fileHandleForWriting.close()
        supervisor.waitUntilExit()
    }

    /// Polls with `SELECT 1` until the server answers.
    private func waitUntilReady(timeout: Double) throws {
        let start = Date()
        while true {
            do {
                try server.run("SELECT 1")
                return
            } catch {
                guard Date().timeIntervalSince(start) < timeout, supervisor.isRunning else {
                    let log = (try? String(contentsOfFile: server.directory + "/error.log", encoding: .utf8)) ?? ""
                    stop()
                    throw MariaDBTestServerError.notReady(seconds: timeout, log: String(log.suffix(2000)))
                }
                usleep(50_000)
            }
        }
    }
}
