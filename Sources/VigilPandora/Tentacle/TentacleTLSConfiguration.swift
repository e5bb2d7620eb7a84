/// TLS for a Tentacle connection: implicit TLS right after the TCP connection is made.
///
/// `-c` is TLS with all three fields `nil`; `-e cert [-k key]` adds a client certificate; `-f ca`
/// makes the client verify the server's certificate against that CA. As with the real client, the
/// server's certificate is *not* verified without `-f`; the host name is never checked (Pandora
/// servers are usually reached by IP address).
///
/// ```swift
/// let tls = TentacleTLSConfiguration(certificateFile: "/etc/pandora/client.pem",
///                                    privateKeyFile: "/etc/pandora/client.key", caFile: "/etc/pandora/ca.pem")
/// ```
public struct TentacleTLSConfiguration: Sendable, Hashable {
    /// The client certificate chain, PEM (`-e`), or `nil` for none.
    public var certificateFile: String?
    /// The client certificate's private key, PEM (`-k`); `nil` reads it from ``certificateFile``.
    public var privateKeyFile: String?
    /// CA certificates, PEM, that must have signed the server's certificate (`-f`), or `nil` not to verify.
    public var caFile: String?

    /// TLS settings; all `nil` is `-c` (TLS, no client certificate, no verification).
    public init(certificateFile: String? = nil, privateKeyFile: String? = nil, caFile: String? = nil) {
        self.certificateFile = certificateFile
        self.privateKeyFile = privateKeyFile
        self.caFile = caFile
    }
}
