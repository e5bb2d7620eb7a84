/// The outcome of a plugin run.
public struct PandoraPluginReport: Sendable {
    /// The agent whose modules were judged (its `nombre`).
    public var agentName: String
    /// The agent that received the result modules.
    public var resultAgentName: String
    /// One verdict per judged module, in the agent's module order.
    public var verdicts: [PandoraModuleVerdict]
    /// Modules not judged, with the reason.
    public var skipped: [PandoraSkippedModule]
    /// The data file delivered, or `nil` when no module was judged (nothing is written then).
    public var deliveredFile: DataFileName?
}
