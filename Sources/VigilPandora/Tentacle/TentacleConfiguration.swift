/// How the native client reaches a Tentacle server: address, port, password, TLS, timeouts.
///
/// The defaults are the real `tentacle_client`'s. ``apply(options:)`` reads the same option letters
/// from a `--tentacle_opts` string.
///
/// ```swift
/// var configuration = TentacleConfiguration(address: "10.0.0.5")
/// try configuration.apply(options: "-x s3cret -c -t 5")
/// configuration.password      // "s3cret"
/// configuration.patience      // 20 seconds: -t 5 × (-r 3 + 1)
/// ```
public struct TentacleConfiguration: Sendable, Hashable {
    /// The server's address or host name (`-a`; default `127.0.0.1`).
    public var address: String
    /// The server's TCP port (`-p`; default 41121, IANA's port for Tentacle).
    public var port: Int
    /// The server password (`-x`), or `nil` (or empty) for none.
    public var password: String?
    /// TLS settings (`-c`, `-e`, `-k`, `-f`), or `nil` for plain TCP.
    public var tls: TentacleTLSConfiguration?
    /// The local address to connect from (`-b`), or `nil` for the system's choice.
    public var bindAddress: String?
    /// How long one wait for the network may last before it counts as a retry (`-t`; default 1 s).
    public var timeout: Duration
    /// How many more times a wait may last ``timeout`` before the transfer fails (`-r`; default 3).
    public var retries: Int
    /// Log every protocol step at `info` level instead of `debug` (`-v`).
    public var verbose: Bool
    /// Log nothing; errors are still thrown (`-q`).
    public var quiet: Bool

    /// Creates a configuration; every parameter defaults to the real client's default.
    public init(
        address: String = "127.0.0.1", port: Int = 41121, password: String? = nil, tls: TentacleTLSConfiguration? = nil,
        bindAddress: String? = nil, timeout: Duration = .seconds(1), retries: Int = 3, verbose: Bool = false, quiet: Bool = false
    ) {
        self.address = address
        self.port = port
        self.password = password
        self.tls = tls
        self.bindAddress = bindAddress
        self.timeout = timeout
        self.retries = retries
        self.verbose = verbose
        self.quiet = quiet
    }

    /// The longest the client waits for any one step (connecting, the TLS handshake, a reply, a
    /// write) without progress: ``timeout`` × (``retries`` + 1), as the real client's `select`
    /// loop waits `-t` seconds up to `-r` more times.
    public var patience: Duration {
        timeout * (max(0, retries) + 1)
    }

    /// `address:port`, as error messages name the server.
    public var server: String {
        address.contains(":") ? "[\(address)]:\(port)" : "\(address):\(port)"
    }
}
