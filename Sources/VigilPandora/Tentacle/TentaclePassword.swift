/// The Tentacle password proof: `PASS <md5_hex(md5_raw(password))>`.
///
/// ```swift
/// TentaclePassword.digest("s3cret")    // "703b089710823916d4bb7ff2deff4d8f"
/// TentaclePassword.digest("pandora")   // "9ba1c4c7aeebfa552d5f62f5bbabf51c"
/// ```
public enum TentaclePassword {
    /// The lower-case hex MD5 of the raw 16-byte MD5 of the password's UTF-8 bytes.
    public static func digest(_ password: String) -> String {
        PandoraMD5.hex(PandoraMD5.raw(Array(password.utf8)))
    }
}
