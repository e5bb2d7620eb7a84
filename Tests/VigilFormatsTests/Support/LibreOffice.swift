import Foundation

/// Runs LibreOffice (`soffice`) headless for conversions, with a private profile per call so
/// that tests can run in parallel; the tests that use it run only when `soffice` is on the PATH.
enum LibreOffice {
    /// The `soffice` executable found on the PATH.
    static let executable: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        return path.split(separator: ":").map { $0 + "/soffice" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// Whether LibreOffice is available.
    static var isAvailable: Bool { executable != nil }

    /// Why a conversion failed.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Converts `input` with `--convert-to filter` into `outputDirectory`.
    static func convert(_ input: String, to filter: String, outputDirectory: String) throws {
        guard let executable else { throw Failure(description: "soffice is not on the PATH") }
        let profile = NSTemporaryDirectory() + "vigil-lo-profile-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: profile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = [
            "-env:UserInstallation=file://" + profile, "--headless", "--norestore", "--convert-to", filter, "--outdir",
            outputDirectory, input,
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let log = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "soffice exited with \(process.terminationStatus): \(log)")
        }
    }

    /// The CSV filter that writes every sheet to `<name>-<sheet>.csv`: comma-separated, quoted
    /// text, UTF-8, numbers as stored rather than as formatted.
    static let csvAllSheetsFilter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
}
