extension PandoraDatabase {
    /// The agent `--agent_name` means.
    ///
    /// The name is compared, exactly and decoded, with each agent's name (`tagente.nombre`, what the
    /// guide's example passes and what Pandora's `_agentname_` macro gives) and then its alias
    /// (`_agentalias_`, what the console shows):
    /// 1. an enabled agent with that name wins (the lowest id if, against Pandora's rules, there are several);
    /// 2. otherwise the one enabled agent with that alias;
    /// 3. several enabled agents with that alias: an error listing their names, since aliases are not unique;
    /// 4. only disabled agents match: an error, as Pandora ignores disabled agents.
    ///
    /// - Parameter name: `--agent_name`, decoded (as Pandora's plugin server passes it).
    /// - Returns: The agent.
    /// - Throws: ``PandoraDatabaseError/agentNotFound(name:)``, ``PandoraDatabaseError/agentDisabled(name:id:)``,
    ///   ``PandoraDatabaseError/ambiguousAlias(alias:agentNames:)``, or a read error.
    public func agent(named name: String) throws(PandoraDatabaseError) -> PandoraAgentRecord {
        let candidates = try agentCandidates(named: name).sorted { $0.id < $1.id }
        let enabled = candidates.filter { !$0.isDisabled }
        if let agent = enabled.first(where: { $0.name == name }) { return agent }
        let aliased = enabled.filter { $0.alias == name }
        if aliased.count == 1 { return aliased[0] }
        if aliased.count > 1 { throw .ambiguousAlias(alias: name, agentNames: aliased.map(\.name)) }
        if let disabled = candidates.first(where: { $0.name == name || $0.alias == name }) {
            throw .agentDisabled(name: name, id: disabled.id)
        }
        throw .agentNotFound(name: name)
    }
}
