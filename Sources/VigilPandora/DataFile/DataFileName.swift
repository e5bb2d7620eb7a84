import Synchronization
public import VigilCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The name of an agent data file: `<md5hex(agent_name)>.<unix seconds><6-digit sequence>.data`.
///
/// The Data Server only picks up files matching `^(.*)[\._]\d+\.data$` (the part between the last
/// `.` or `_` and `.data` must be all digits) and uses the part before it as the per-agent lock key.
/// The MD5 prefix keeps any agent name (spaces, symbols, non-ASCII) out of the file name, as
/// Pandora's Python plugin library does; the digits make the name unique per run: the sequence
/// starts from the process id and a per-process counter, and the writers step to ``next`` when a
/// name is already taken (Tentacle refuses an existing name).
///
/// ```swift
/// let name = DataFileName(agentName: "web01", time: Timestamp(seconds: 1_700_000_000), sequence: 42)
/// name.description   // "2f527604e1deff1329720282d8d3cfa1.1700000000000042.data"
/// DataFileName.isAcceptedByDataServer(name.description)   // true
/// DataFileName.isAcceptedByDataServer("web01.abc.data")   // false
/// ```
public struct DataFileName: Sendable, Hashable, CustomStringConvertible {
    /// Lower-case hex MD5 of the agent name's UTF-8 bytes.
    public let prefix: String
    /// Unix seconds of the run.
    public let seconds: Int64
    /// 0 ..< 1 000 000, written with six digits.
    public let sequence: Int

    /// The name of a file for `agentName` written at `time`.
    /// - Parameter sequence: taken modulo 1 000 000.
    public init(agentName: String, time: Timestamp, sequence: Int) {
        self.init(
            prefix: PandoraMD5.hex(Array(agentName.utf8)), seconds: max(0, time.milliseconds.floorDivided(by: 1000)), sequence: sequence)
    }

    private init(prefix: String, seconds: Int64, sequence: Int) {
        self.prefix = prefix
        self.seconds = seconds
        self.sequence = ((sequence % 1_000_000) + 1_000_000) % 1_000_000
    }

    /// A name for `agentName` at `time` whose sequence is unlikely to collide with another writer's:
    /// three digits of the process id and three of a per-process counter.
    public static func unique(agentName: String, time: Timestamp) -> DataFileName {
        let count = counter.add(1, ordering: .relaxed).oldValue
        return DataFileName(agentName: agentName, time: time, sequence: Int(getpid() % 1000) * 1000 + count % 1000)
    }

    private static let counter = Atomic<Int>(0)

    /// The same name with the following sequence number (wrapping after 999 999).
    public var next: DataFileName {
        DataFileName(prefix: prefix, seconds: seconds, sequence: sequence + 1)
    }

    /// The file name.
    public var description: String {
        let digits = String(sequence)
        return "\(prefix).\(seconds)\(String(repeating: "0", count: 6 - digits.count))\(digits).data"
    }

    /// Whether the Data Server picks up a file of this name: it matches `^(.*)[\._]\d+\.data$`.
    public static func isAcceptedByDataServer(_ fileName: String) -> Bool {
        let bytes = Array(fileName.utf8)
        let suffix = Array(".data".utf8)
        guard bytes.count > suffix.count, bytes.suffix(suffix.count).elementsEqual(suffix) else { return false }
        var index = bytes.count - suffix.count - 1
        var digits = 0
        while index >= 0, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
            digits += 1
            index -= 1
        }
        return digits > 0 && index >= 0 && (bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: "_"))
    }
}
