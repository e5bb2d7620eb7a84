extension TentacleConfiguration {
    /// A configuration for `address:port` with the `--tentacle_opts` string applied.
    /// - Throws: ``TentacleOptionsError`` naming the offending option.
    public init(address: String, port: Int, options: String) throws(TentacleOptionsError) {
        self.init(address: address, port: port)
        try apply(options: options)
    }

    /// Applies a `--tentacle_opts` string, with the real `tentacle_client`'s option letters.
    ///
    /// The string is split into words as a shell would (``ShellWords``) and read like `getopts`:
    /// flags may be grouped (`-vq`) and a value may be attached (`-xs3cret`) or follow (`-x s3cret`).
    ///
    /// | option | effect |
    /// |---|---|
    /// | `-a address` | server address (overrides `--tentacle_address`, as with the real client) |
    /// | `-p port` | server port (overrides `--tentacle_port`) |
    /// | `-x password` | `PASS` authentication (empty: none) |
    /// | `-c` | TLS without a client certificate |
    /// | `-e cert` | TLS with this client certificate (PEM); not with `-c` |
    /// | `-k key` | the certificate's private key (PEM); needs `-e` |
    /// | `-f ca` | verify the server's certificate against this CA (PEM); needs `-c` or `-e` |
    /// | `-b address` | local address to connect from |
    /// | `-r retries` | retries of a network wait (integer ≥ 0; default 3) |
    /// | `-t seconds` | length of one network wait (integer ≥ 1; default 1) |
    /// | `-v` / `-q` | log every step / log nothing |
    ///
    /// `-z` (ZSEND), `-y` (HTTP proxy), `-w` (key password prompt), `-g` (receive) and `-h` are
    /// refused with the reason; an external `--tentacle_client` can be named for them.
    /// - Throws: ``TentacleOptionsError`` naming the offending option.
    public mutating func apply(options: String) throws(TentacleOptionsError) {
        guard let words = ShellWords.split(options) else { throw .unbalancedQuotes(options: options) }
        var certificate: String?
        var key: String?
        var ca: String?
        var anonymousTLS = false
        var index = 0
        while index < words.count {
            let word = words[index]
            index += 1
            if word == "--" {
                if index < words.count { throw .unexpectedArgument(words[index]) }
                break
            }
            guard word.hasPrefix("-"), word.count > 1 else { throw .unexpectedArgument(word) }
            var letters = word.dropFirst()
            while let letter = letters.first {
                letters = letters.dropFirst()
                let option = "-\(letter)"
                switch letter {
                case "c": anonymousTLS = true
                case "v": verbose = true
                case "q": quiet = true
                case "z":
                    throw .unsupportedOption(option, reason: "ZSEND compression; name an external --tentacle_client (0.4.0 or later) to use it")
                case "y":
                    throw .unsupportedOption(option, reason: "HTTP proxies; name an external --tentacle_client to use one")
                case "w":
                    throw .unsupportedOption(option, reason: "it prompts for the key password, and a plugin has no terminal; use an unencrypted key")
                case "g":
                    throw .unsupportedOption(option, reason: "it receives files; the plugin only sends")
                case "h":
                    throw .unsupportedOption(option, reason: "help; see docs/pandora.md")
                case "a", "p", "x", "e", "k", "f", "b", "r", "t":
                    let value: String
                    if !letters.isEmpty {
                        value = String(letters)
                        letters = ""
                    } else if index < words.count {
                        value = words[index]
                        index += 1
                    } else {
                        throw .missingValue(option: option)
                    }
                    switch letter {
                    case "a":
                        guard !value.isEmpty else { throw .invalidValue(option: option, value: "''", expected: "an address") }
                        address = value
                    case "p": port = try Self.integer(value, option: option, in: 1...65_535, expected: "a port 1-65535")
                    case "x": password = value.isEmpty ? nil : value
                    case "e": certificate = value
                    case "k": key = value
                    case "f": ca = value
                    case "b":
                        guard !value.isEmpty else { throw .invalidValue(option: option, value: "''", expected: "an address") }
                        bindAddress = value
                    case "r": retries = try Self.integer(value, option: option, in: 0...1_000, expected: "a number of retries 0-1000")
                    default: timeout = .seconds(try Self.integer(value, option: option, in: 1...3_600, expected: "whole seconds 1-3600"))
                    }
                default:
                    throw .unknownOption(option)
                }
            }
        }
        if anonymousTLS && certificate != nil { throw .conflict("-c and -e cannot be used together") }
        if key != nil && certificate == nil { throw .conflict("-k needs -e (the certificate the key belongs to)") }
        if ca != nil && certificate == nil && !anonymousTLS { throw .conflict("-f needs TLS: add -c or -e") }
        if anonymousTLS || certificate != nil {
            tls = TentacleTLSConfiguration(certificateFile: certificate, privateKeyFile: key, caFile: ca)
        }
    }

    private static func integer(
        _ text: String, option: String, in range: ClosedRange<Int>, expected: String
    ) throws(TentacleOptionsError) -> Int {
        guard text.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }), let value = Int(text), range.contains(value)
        else { throw .invalidValue(option: option, value: text, expected: expected) }
        return value
    }
}
