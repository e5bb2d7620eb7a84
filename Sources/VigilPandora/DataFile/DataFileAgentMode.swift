/// The `agent_mode` attribute: how an agent the server creates treats modules it does not know yet.
public enum DataFileAgentMode: Int, Sendable, Hashable, CaseIterable {
    /// `0`: new modules in data files are ignored.
    case normal = 0
    /// `1`: new modules are created and descriptions updated (the server's default for new agents).
    case learning = 1
    /// `2`: like learning, and the agent is disabled when it stops reporting.
    case autodisable = 2
}
