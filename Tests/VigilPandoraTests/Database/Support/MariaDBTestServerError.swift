/// Why the tests' MariaDB server could not be set up.
enum MariaDBTestServerError: Error, CustomStringConvertible {
    /// `mariadbd`, `mariadb-install-db` or `mariadb` is not installed.
    case programsMissing
    /// No loopback port could be reserved.
    case noFreePort(errno: Int32)
    /// A program exited with an error.
    case commandFailed(command: String, status: Int32, output: String)
    /// The server did not answer within the time allowed; the end of its error log.
    case notReady(seconds: Double, log: String)

    var description: String {
        switch self {
        case .programsMissing: "mariadbd, mariadb-install-db and mariadb must be on the PATH"
        case .noFreePort(let errno): "no free port on 127.0.0.1 (errno \(errno))"
        case .commandFailed(let command, let status, let output): "\(command) exited with status \(status): \(output)"
        case .notReady(let seconds, let log): "mariadbd did not answer within \(seconds) s; its log ends with:\n\(log)"
        }
    }
}
