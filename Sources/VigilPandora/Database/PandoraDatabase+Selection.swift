extension PandoraDatabase {
    /// The modules of an agent the plugin judges (`--modules_list`, or all), and why the others are left out.
    ///
    /// A module is judged when it is enabled, numeric (its history is in `tagente_datos`) and not a
    /// result of this plugin. Names are compared decoded and exactly (`"CPU Load"` matches the stored
    /// `CPU&#x20;Load`); a list entry that matches no module is reported as ``PandoraSkipReason/notFound``,
    /// and an entry given twice counts once.
    ///
    /// ```swift
    /// let selection = try database.modules(of: agent, named: ["Memory_Used", "Cswap"])
    /// for skip in selection.skipped { logger.info("\(skip)") }
    /// ```
    /// - Parameters:
    ///   - agent: The source agent.
    ///   - names: `--modules_list`, or `nil` for every module of the agent.
    /// - Returns: The modules to judge and the skipped ones.
    /// - Throws: ``PandoraDatabaseError`` when the database cannot be read.
    public func modules(of agent: PandoraAgentRecord, named names: [String]?) throws(PandoraDatabaseError) -> PandoraModuleSelection {
        let all = try allModules(of: agent)
        var chosen: [PandoraModuleRecord] = []
        var skipped: [PandoraSkippedModule] = []
        func consider(_ module: PandoraModuleRecord) {
            if let reason = Self.exclusion(of: module) {
                skipped.append(PandoraSkippedModule(name: module.name, reason: reason))
            } else {
                chosen.append(module)
            }
        }
        guard let names else {
            all.forEach(consider)
            return PandoraModuleSelection(modules: chosen, skipped: skipped)
        }
        var seen: Set<String> = []
        for name in names where seen.insert(name).inserted {
            let matches = all.filter { $0.name == name }
            if matches.isEmpty { skipped.append(PandoraSkippedModule(name: name, reason: .notFound)) }
            matches.forEach(consider)
        }
        return PandoraModuleSelection(modules: chosen, skipped: skipped)
    }

    /// Why a module is not judged, or `nil` when it is.
    static func exclusion(of module: PandoraModuleRecord) -> PandoraSkipReason? {
        if module.isDisabled { return .disabled }
        if module.isAnomalyOutput { return .anomalyOutput }
        if module.valueKind != .numeric { return .notNumeric(typeName: module.typeName) }
        return nil
    }
}
