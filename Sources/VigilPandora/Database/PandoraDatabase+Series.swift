extension PandoraDatabase {
    /// One module's history over the request's window, rebuilt on its grid
    /// (``PandoraSeries/init(rebuilding:of:request:)``), or why the module is not judged.
    ///
    /// A module that is not numeric is skipped without reading; one whose series has fewer than
    /// `levelData` points, or none, is skipped with ``PandoraSkipReason/tooFewPoints(points:needed:)``.
    ///
    /// - Parameters:
    ///   - module: A module of the source agent.
    ///   - request: "Now", `--time_data`, `--time_interval`, `--level_data`.
    /// - Returns: ``PandoraSeriesOutcome/ready(_:)`` or ``PandoraSeriesOutcome/skipped(_:)``.
    /// - Throws: ``PandoraDatabaseError/invalidRequest(field:value:expected:)`` for a bad request, or a read error.
    public func series(of module: PandoraModuleRecord, request: PandoraHistoryRequest) throws(PandoraDatabaseError) -> PandoraSeriesOutcome {
        try request.validate()
        guard module.valueKind == .numeric else {
            return .skipped(PandoraSkippedModule(name: module.name, reason: .notNumeric(typeName: module.typeName)))
        }
        let history = try storedHistory(of: module, after: request.startSeconds, through: request.endSeconds)
        let series = PandoraSeries(rebuilding: history, of: module, request: request)
        guard series.points >= max(request.levelData, 1) else {
            return .skipped(
                PandoraSkippedModule(name: module.name, reason: .tooFewPoints(points: series.points, needed: max(request.levelData, 1))))
        }
        return .ready(series)
    }
}
