import Testing
import VigilPandora

struct TentacleOptionsTests {
    @Test func defaultsAreTheRealClients() throws {
        let configuration = try TentacleConfiguration(address: "10.1.2.3", port: 41121, options: "")
        #expect(configuration.address == "10.1.2.3")
        #expect(configuration.port == 41121)
        #expect(configuration.password == nil)
        #expect(configuration.tls == nil)
        #expect(configuration.timeout == .seconds(1))
        #expect(configuration.retries == 3)
        #expect(configuration.patience == .seconds(4))
        #expect(!configuration.verbose && !configuration.quiet)
    }

    @Test func readsEverySupportedOption() throws {
        let configuration = try TentacleConfiguration(
            address: "127.0.0.1", port: 41121, options: "-x s3cret -c -f /ca.pem -r 5 -t 2 -v -q -a 10.0.0.9 -p 4000 -b 127.0.0.2")
        #expect(configuration.password == "s3cret")
        #expect(configuration.tls == TentacleTLSConfiguration(caFile: "/ca.pem"))
        #expect(configuration.retries == 5)
        #expect(configuration.timeout == .seconds(2))
        #expect(configuration.patience == .seconds(12))
        #expect(configuration.verbose && configuration.quiet)
        #expect(configuration.address == "10.0.0.9")
        #expect(configuration.port == 4000)
        #expect(configuration.bindAddress == "127.0.0.2")
        #expect(configuration.server == "10.0.0.9:4000")
    }

    @Test func readsGroupedFlagsAttachedValuesAndQuotes() throws {
        let configuration = try TentacleConfiguration(
            address: "h", port: 1, options: #"-vqxs3cret -e "/etc/my certs/client.pem" -k'/k.pem'"#)
        #expect(configuration.verbose && configuration.quiet)
        #expect(configuration.password == "s3cret")
        #expect(configuration.tls == TentacleTLSConfiguration(certificateFile: "/etc/my certs/client.pem", privateKeyFile: "/k.pem"))
    }

    @Test func anEmptyPasswordMeansNone() throws {
        #expect(try TentacleConfiguration(address: "h", port: 1, options: "-x ''").password == nil)
    }

    @Test(arguments: [
        (
            "-z",
            TentacleOptionsError.unsupportedOption("-z", reason: "ZSEND compression; name an external --tentacle_client (0.4.0 or later) to use it")
        ),
        ("-y u:p@proxy:3128", .unsupportedOption("-y", reason: "HTTP proxies; name an external --tentacle_client to use one")),
        ("-w", .unsupportedOption("-w", reason: "it prompts for the key password, and a plugin has no terminal; use an unencrypted key")),
        ("-g", .unsupportedOption("-g", reason: "it receives files; the plugin only sends")),
        ("-o", .unknownOption("-o")),
        ("-vo", .unknownOption("-o")),
        ("-x", .missingValue(option: "-x")),
        ("-p 0", .invalidValue(option: "-p", value: "0", expected: "a port 1-65535")),
        ("-p http", .invalidValue(option: "-p", value: "http", expected: "a port 1-65535")),
        ("-t 0", .invalidValue(option: "-t", value: "0", expected: "whole seconds 1-3600")),
        ("-t 1.5", .invalidValue(option: "-t", value: "1.5", expected: "whole seconds 1-3600")),
        ("-r -1", .invalidValue(option: "-r", value: "-1", expected: "a number of retries 0-1000")),
        ("-c -e /c.pem", .conflict("-c and -e cannot be used together")),
        ("-k /k.pem", .conflict("-k needs -e (the certificate the key belongs to)")),
        ("-f /ca.pem", .conflict("-f needs TLS: add -c or -e")),
        ("file.data", .unexpectedArgument("file.data")),
        ("-v -- file.data", .unexpectedArgument("file.data")),
        ("-x 'open", .unbalancedQuotes(options: "-x 'open")),
    ])
    func refusesWithAClearMessage(options: String, error: TentacleOptionsError) {
        #expect(throws: error) { try TentacleConfiguration(address: "h", port: 1, options: options) }
    }

    @Test func messagesNameTheOptionAndTheWayOut() {
        #expect(
            TentacleOptionsError.unsupportedOption("-z", reason: "ZSEND compression; name an external --tentacle_client (0.4.0 or later) to use it")
                .description
                == "--tentacle_opts: -z is not supported by the native client: ZSEND compression; name an external --tentacle_client (0.4.0 or later) to use it"
        )
        #expect(TentacleOptionsError.unknownOption("-o").description.contains("-a -p -x -c -e -k -f -b -r -t -v -q"))
    }

    @Test(
        arguments: [
            ("", []),
            ("  -v   -q ", ["-v", "-q"]),
            (#"-x 'my pass' -e "/a b/c.pem""#, ["-x", "my pass", "-e", "/a b/c.pem"]),
            (#"-x "a\"b\\c\$d\e""#, ["-x", #"a"b\c$d\e"#]),
            (#"-x a\ b"#, ["-x", "a b"]),
            ("-x ''", ["-x", ""]),
            ("-x 'a'\"b\"c", ["-x", "abc"]),
            ("-x $HOME", ["-x", "$HOME"]),
        ] as [(String, [String])])
    func splitsWordsLikeAShell(text: String, words: [String]) {
        #expect(ShellWords.split(text) == words)
    }

    @Test(arguments: ["'open", "\"open", "trailing\\"])
    func unbalancedQuotingIsRefused(text: String) {
        #expect(ShellWords.split(text) == nil)
    }
}
