/// Why the plugin does not judge a module.
public enum PandoraSkipReason: Sendable, Hashable, CustomStringConvertible {
    /// A `--modules_list` name that no module of the agent has (decoded names, exact match).
    case notFound
    /// The module is disabled or pending deletion.
    case disabled
    /// The module stores text, log records or nothing (`generic_data_string`, `keep_alive` …), not numbers.
    case notNumeric(typeName: String)
    /// A result module of this plugin (`….TF.ANOMALY`).
    case anomalyOutput
    /// The rebuilt history has fewer points than `--level_data` asks for (or none).
    case tooFewPoints(points: Int, needed: Int)
    /// The autoencoder could not judge the history (too short for a window, a value that is not a number).
    case unusable(String)

    public var description: String {
        switch self {
        case .notFound: "the agent has no module of that name"
        case .disabled: "the module is disabled"
        case .notNumeric(let typeName): "the module's type \(typeName.isEmpty ? "(unknown)" : typeName) is not numeric"
        case .anomalyOutput: "the module is a result of this plugin"
        case .tooFewPoints(let points, let needed): "only \(points) points of history, --level_data asks for \(needed)"
        case .unusable(let reason): "the autoencoder cannot judge it: \(reason)"
        }
    }
}
