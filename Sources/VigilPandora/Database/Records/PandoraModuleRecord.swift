/// One row of Pandora's `tagente_modulo` table with its type's name from `ttipo_modulo`, names decoded.
///
/// ```swift
/// let module = PandoraModuleRecord(id: 103, agentID: 1, name: "CPU Load", typeName: "generic_data")
/// module.valueKind       // .numeric
/// ```
public struct PandoraModuleRecord: Sendable, Hashable {
    /// `id_agente_modulo`.
    public var id: Int
    /// `id_agente` of the agent the module belongs to.
    public var agentID: Int
    /// `nombre`, decoded.
    public var name: String
    /// `id_tipo_modulo`.
    public var typeID: Int
    /// `ttipo_modulo.nombre` of the type (`generic_data`, `generic_proc`, `async_string` …), empty when
    /// the type id is not in the catalogue.
    public var typeName: String
    /// `unit`, empty when unset.
    public var unit: String
    /// Seconds between two reports: `module_interval`, or the agent's interval when that is 0.
    public var interval: Int
    /// `disabled` is set or `delete_pending` is: Pandora no longer collects the module.
    public var isDisabled: Bool

    /// Creates a record.
    public init(
        id: Int, agentID: Int, name: String, typeID: Int = 1, typeName: String = "generic_data", unit: String = "", interval: Int = 300,
        isDisabled: Bool = false
    ) {
        self.id = id
        self.agentID = agentID
        self.name = name
        self.typeID = typeID
        self.typeName = typeName
        self.unit = unit
        self.interval = interval
        self.isDisabled = isDisabled
    }

    /// Where Pandora keeps a module's history, decided by its type name as the server does
    /// (`Core.pm`: `_string` → `tagente_datos_string`, `log4x` → `tagente_datos_log4x`, else
    /// `tagente_datos`).
    public enum ValueKind: Sendable, Hashable {
        /// Numbers in `tagente_datos` (`generic_data`, `generic_proc`, `*_inc` rates, `async_data` …).
        case numeric
        /// Text in `tagente_datos_string` (types whose name contains `_string`).
        case text
        /// Log4x records in `tagente_datos_log4x`.
        case log4x
        /// `keep_alive`: a liveness check with no history of its own.
        case keepAlive
    }

    /// The kind of values the module's type stores.
    public var valueKind: ValueKind {
        if typeName.contains("_string") { return .text }
        if typeName.contains("log4x") { return .log4x }
        if typeName == "keep_alive" { return .keepAlive }
        return .numeric
    }

    /// Whether this is a result module of the `pandora_tf_anomaly` plugin (its name ends in
    /// `.TF.ANOMALY`), which the plugin never analyses again.
    public var isAnomalyOutput: Bool { name.hasSuffix(".TF.ANOMALY") }

    /// The longest time, in seconds, a stored value stays in force when no newer row follows; `nil`:
    /// without limit.
    ///
    /// Pandora stores a value only when it changes, or when the last stored row is older than a day
    /// (`Core.pm`), so while a module reports there is a row at least every 86 400 s plus one
    /// interval. A longer silence means the module stopped reporting: its last value is carried for
    /// 86 400 s plus two intervals (one of slack for a late agent) and no further. Asynchronous
    /// modules (`async_*`) report only on change, so their last value holds until the next.
    public var maximumCarry: Int? {
        typeName.hasPrefix("async_") ? nil : 86_400 + 2 * interval
    }
}
