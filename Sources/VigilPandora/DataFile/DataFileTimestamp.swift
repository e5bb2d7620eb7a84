public import VigilCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The `timestamp` attribute of an agent data file.
///
/// The Data Server reads it as *its own* local time (`YYYY/MM/DD HH:MM:SS`), or takes its current
/// time for `AUTO`.
///
/// ```swift
/// DataFileTimestamp.local(CivilTime(year: 2023, month: 11, day: 14, hour: 22, minute: 13, second: 20))
///     .attributeValue                              // "2023/11/14 22:13:20"
/// DataFileTimestamp.serverTime.attributeValue      // "AUTO"
/// ```
public enum DataFileTimestamp: Sendable, Hashable {
    /// `AUTO`: the server stamps the data when it processes the file.
    case serverTime
    /// Wall-clock fields in the server's time zone (milliseconds are dropped).
    case local(CivilTime)

    /// The local time of this machine (its `TZ` / `/etc/localtime`) at `time`: right when the plugin
    /// runs on the Pandora server itself, as a server plugin does.
    public static func localTime(of time: Timestamp) -> DataFileTimestamp {
        var seconds = time_t(time.milliseconds.floorDivided(by: 1000))
        var fields = tm()
        guard localtime_r(&seconds, &fields) != nil else { return .local(CivilTime(time)) }
        return .local(
            CivilTime(
                year: Int(fields.tm_year) + 1900, month: Int(fields.tm_mon) + 1, day: Int(fields.tm_mday),
                hour: Int(fields.tm_hour), minute: Int(fields.tm_min), second: Int(fields.tm_sec)))
    }

    /// The attribute text: `AUTO` or `YYYY/MM/DD HH:MM:SS`.
    public var attributeValue: String {
        switch self {
        case .serverTime:
            return "AUTO"
        case .local(let time):
            func pad(_ value: Int, _ width: Int) -> String {
                let digits = String(value)
                return String(repeating: "0", count: max(0, width - digits.count)) + digits
            }
            return "\(pad(time.year, 4))/\(pad(time.month, 2))/\(pad(time.day, 2)) "
                + "\(pad(time.hour, 2)):\(pad(time.minute, 2)):\(pad(time.second, 2))"
        }
    }
}
