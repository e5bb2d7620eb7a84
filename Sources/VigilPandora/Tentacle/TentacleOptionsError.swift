/// Why a `--tentacle_opts` string was refused.
public enum TentacleOptionsError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A quote is not closed, or the string ends in a lone backslash.
    case unbalancedQuotes(options: String)
    /// A letter the Tentacle client does not know.
    case unknownOption(String)
    /// A real client option the native client does not implement, and why.
    case unsupportedOption(String, reason: String)
    /// An option that takes a value came last, without one.
    case missingValue(option: String)
    /// An option's value is not acceptable.
    case invalidValue(option: String, value: String, expected: String)
    /// Options that cannot be used together, or one that needs another.
    case conflict(String)
    /// A word that is not an option (the plugin itself names the files to send).
    case unexpectedArgument(String)

    /// One line naming the option and what is wrong with it.
    public var description: String {
        let prefix = "--tentacle_opts: "
        switch self {
        case .unbalancedQuotes(let options):
            return prefix + "unbalanced quotes in \"\(options)\""
        case .unknownOption(let option):
            return prefix + "unknown option \(option); the native client accepts -a -p -x -c -e -k -f -b -r -t -v -q"
        case .unsupportedOption(let option, let reason):
            return prefix + "\(option) is not supported by the native client: \(reason)"
        case .missingValue(let option):
            return prefix + "\(option) needs a value"
        case .invalidValue(let option, let value, let expected):
            return prefix + "\(option) \(value): expected \(expected)"
        case .conflict(let message):
            return prefix + message
        case .unexpectedArgument(let word):
            return prefix + "unexpected argument \"\(word)\" (options only: the plugin names the file to send)"
        }
    }
}
