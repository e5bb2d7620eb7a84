import NIOSSL

extension TentacleClient {
    /// The TLS client context for `tls`: a client certificate and key when given, the CA to verify
    /// the server against when given (no host-name check), otherwise no verification.
    /// - Throws: ``TentacleError/tls(server:reason:)`` naming the file that could not be loaded.
    func makeSSLContext(_ tls: TentacleTLSConfiguration) throws(TentacleError) -> NIOSSLContext {
        let server = configuration.server
        var settings = TLSConfiguration.makeClientConfiguration()
        settings.certificateVerification = .none
        if let caFile = tls.caFile {
            do {
                settings.trustRoots = .certificates(try NIOSSLCertificate.fromPEMFile(caFile))
            } catch {
                throw .tls(server: server, reason: "cannot load the CA file \(caFile) (-f): \(error)")
            }
            settings.certificateVerification = .noHostnameVerification
        }
        if let certificateFile = tls.certificateFile {
            do {
                settings.certificateChain = try NIOSSLCertificate.fromPEMFile(certificateFile).map { .certificate($0) }
            } catch {
                throw .tls(server: server, reason: "cannot load the certificate \(certificateFile) (-e): \(error)")
            }
            let keyFile = tls.privateKeyFile ?? certificateFile
            do {
                settings.privateKey = .privateKey(try NIOSSLPrivateKey(file: keyFile, format: .pem))
            } catch {
                throw .tls(server: server, reason: "cannot load the private key \(keyFile) (-k): \(error)")
            }
        }
        do {
            return try NIOSSLContext(configuration: settings)
        } catch {
            throw .tls(server: server, reason: "cannot set up TLS: \(error)")
        }
    }
}
