/// The modules of an agent the plugin analyses, and the ones it leaves out with their reasons.
public struct PandoraModuleSelection: Sendable, Hashable {
    /// Enabled numeric modules to judge: in `id` order for all modules, in `--modules_list` order
    /// for a list.
    public var modules: [PandoraModuleRecord]
    /// Modules (or `--modules_list` names) left out.
    public var skipped: [PandoraSkippedModule]

    /// Creates a selection.
    public init(modules: [PandoraModuleRecord], skipped: [PandoraSkippedModule]) {
        self.modules = modules
        self.skipped = skipped
    }
}
