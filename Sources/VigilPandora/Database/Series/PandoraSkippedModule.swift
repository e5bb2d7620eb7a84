/// A module the plugin leaves out, and why: what the command logs.
///
/// ```swift
/// print(skip)   // module 'Memory_Used' skipped: only 30 points of history, --level_data asks for 50
/// ```
public struct PandoraSkippedModule: Sendable, Hashable, CustomStringConvertible {
    /// The module's decoded name (or the `--modules_list` entry that matched none).
    public var name: String
    /// Why it is left out.
    public var reason: PandoraSkipReason

    /// Creates a skip.
    public init(name: String, reason: PandoraSkipReason) {
        self.name = name
        self.reason = reason
    }

    public var description: String { "module '\(name)' skipped: \(reason)" }
}
