import Foundation

/// A JSON configuration given on the command line, inline or as `@FILE`.
enum ConfigurationArgument {
    static func data(_ argument: String?) throws -> Data? {
        guard let argument else { return nil }
        guard argument.hasPrefix("@") else { return Data(argument.utf8) }
        let path = String(argument.dropFirst())
        guard let data = FileManager.default.contents(atPath: path) else { throw CommandFailure("cannot read the configuration file \(path)") }
        return data
    }
}
