import Foundation
import Testing

/// Self-signed certificates for the TLS tests, made with `openssl req -x509` in a test's directory.
struct TentacleTestCertificates {
    /// The server's certificate and key (CN 127.0.0.1); the certificate is its own CA.
    var serverCertificate: String
    var serverKey: String
    /// A client certificate and key; the certificate is its own CA.
    var clientCertificate: String
    var clientKey: String
    /// A CA that signed neither.
    var unrelatedCA: String

    /// Makes the three self-signed pairs in `directory`.
    init(in directory: String) throws {
        func make(_ name: String) throws -> (certificate: String, key: String) {
            let certificate = "\(directory)/\(name).pem"
            let key = "\(directory)/\(name).key"
            let result = TransferFixtures.run(
                "/usr/bin/env",
                [
                    "openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                    "-keyout", key, "-out", certificate, "-days", "2", "-subj", "/CN=127.0.0.1",
                ])
            try #require(result.status == 0, "openssl req failed: \(result.output)")
            return (certificate, key)
        }
        (serverCertificate, serverKey) = try make("server")
        (clientCertificate, clientKey) = try make("client")
        unrelatedCA = try make("unrelated").certificate
    }
}
