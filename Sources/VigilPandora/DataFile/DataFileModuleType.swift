/// A Pandora FMS module type name, as written in `<type>` (a row of the server's `ttipo_modulo`).
///
/// ```swift
/// DataFileModuleType.genericProc.rawValue   // "generic_proc"
/// DataFileModuleType(rawValue: "async_data")
/// ```
public struct DataFileModuleType: RawRepresentable, Sendable, Hashable {
    /// The type's name, e.g. `generic_proc`.
    public var rawValue: String

    /// Wraps a type name.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// `generic_proc`: a boolean state, 1 normal and 0 critical (no thresholds needed).
    public static let genericProc = DataFileModuleType(rawValue: "generic_proc")
    /// `generic_data`: a number.
    public static let genericData = DataFileModuleType(rawValue: "generic_data")
    /// `generic_data_string`: a text.
    public static let genericDataString = DataFileModuleType(rawValue: "generic_data_string")
}
