import Crypto

/// MD5 as Pandora uses it: file-name prefixes (`md5(agent_name)`) and the Tentacle password proof.
enum PandoraMD5 {
    /// The 16-byte digest of `bytes`.
    static func raw(_ bytes: [UInt8]) -> [UInt8] {
        Array(Insecure.MD5.hash(data: bytes))
    }

    /// The digest of `bytes` as 32 lower-case hex digits.
    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(32)
        for byte in raw(bytes) {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
