/// One `<module>` of an agent data file.
///
/// ```swift
/// let module = DataFileModule(name: "Memory_Used.TF.ANOMALY", type: .genericProc, data: "0",
///                             description: "Reconstruction error: 22.89310 / 0.06047")
/// ```
public struct DataFileModule: Sendable, Hashable {
    /// `<name>`: the module name, decoded (the server encodes it; CR and LF are stripped by the server).
    public var name: String
    /// `<type>`: the module type; must exist in the server's `ttipo_modulo`.
    public var type: DataFileModuleType
    /// `<data>`: the value as text; numeric types need a number (`.` or `,` as decimal separator).
    public var data: String
    /// `<description>`: free text shown with the module; left out when `nil`.
    public var description: String?
    /// `<unit>`: the unit shown after the value; left out when `nil`.
    public var unit: String?

    /// Creates a module element.
    public init(name: String, type: DataFileModuleType, data: String, description: String? = nil, unit: String? = nil) {
        self.name = name
        self.type = type
        self.data = data
        self.description = description
        self.unit = unit
    }
}
