import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A MariaDB server the tests start for themselves, on a free loopback port, in a temporary
/// directory: what a test needs to reach it. ``MariaDBServerTrait`` starts one per test run and
/// publishes it in ``current``.
struct MariaDBTestServer: Sendable {
    /// The server of the running suite (set by ``MariaDBServerTrait``).
    @TaskLocal static var current: MariaDBTestServer?

    /// The temporary directory holding the data directory, socket, logs and scratch SQL files.
    let directory: String
    /// The TCP port on 127.0.0.1.
    let port: Int
    /// The `mariadb` client, run as root over the socket to set the server up.
    let clientPath: String

    /// The Unix socket root connects through.
    var socketPath: String { directory + "/sock" }

    /// The programs a server needs: `mariadbd`, `mariadb-install-db` and `mariadb`, looked up on the
    /// `PATH` (and in `/usr/sbin`, where Debian puts `mariadbd`); `nil` when one is missing.
    static let programs: (server: String, installer: String, client: String)? = {
        let path = ProcessInfo.processInfo.environment["PATH", default: ""].split(separator: ":").map(String.init) + ["/usr/sbin"]
        func find(_ name: String) -> String? {
            path.map { $0 + "/" + name }.first { FileManager.default.isExecutableFile(atPath: $0) }
        }
        guard let server = find("mariadbd"), let installer = find("mariadb-install-db"), let client = find("mariadb") else { return nil }
        return (server, installer, client)
    }()

    /// Whether the tests that need a real server can run.
    static var isAvailable: Bool { programs != nil }

    /// The account the tests' ``MariaDBPandoraDatabase`` connections use, with read access to every database.
    static let user = "vigil_reader"
    static let password = "r3ad-0nly;pass"

    /// Runs SQL as root through the `mariadb` client.
    /// - Parameters:
    ///   - sql: Statements separated by `;`.
    ///   - database: The default database, if any.
    /// - Throws: ``MariaDBTestServerError/commandFailed(command:status:output:)`` with the client's messages.
    func run(_ sql: String, database: String? = nil) throws {
        let file = directory + "/script-\(UUID().uuidString).sql"
        try Data(sql.utf8).write(to: URL(fileURLWithPath: file))
        defer { try? FileManager.default.removeItem(atPath: file) }
        let arguments = ["--no-defaults", "-uroot", "--socket=" + socketPath] + (database.map { [$0] } ?? [])
        try Self.execute(clientPath, arguments, input: file)
    }

    /// Runs a program to its end.
    /// - Throws: ``MariaDBTestServerError/commandFailed(command:status:output:)`` when it exits non-zero.
    static func execute(_ program: String, _ arguments: [String], input: String? = nil) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        if let input { process.standardInput = FileHandle(forReadingAtPath: input) }
        try process.run()
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw MariaDBTestServerError.commandFailed(
                command: ([program] + arguments).joined(separator: " "), status: process.terminationStatus,
                output: String(decoding: printed, as: UTF8.self))
        }
    }

    /// A TCP port on 127.0.0.1 that nothing listens on now.
    static func freeLoopbackPort() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw MariaDBTestServerError.noFreePort(errno: errno) }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
                bind(descriptor, generic, length) == 0 && getsockname(descriptor, generic, &length) == 0
            }
        }
        guard bound else { throw MariaDBTestServerError.noFreePort(errno: errno) }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
