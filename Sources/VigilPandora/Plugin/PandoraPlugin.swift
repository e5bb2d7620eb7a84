import Dispatch
public import Logging
import Synchronization
public import VigilCore
public import VigilTelemetry

/// The `pandora_tf_anomaly` replacement: reads an agent's modules from Pandora's database, judges
/// the newest value of each with the Pandora autoencoder (`--threads` modules at a time), writes one
/// `<module>.TF.ANOMALY` result module per judged module into an XML data file and delivers it.
///
/// ```swift
/// let plugin = PandoraPlugin(configuration: PandoraPluginConfiguration(agentName: "web01"))
/// let report = try await plugin.run(database: database, delivery: .local(dataDirectory: dataIn), now: clock.now, logger: logger)
/// ```
public struct PandoraPlugin: Sendable {
    /// The flags of the run.
    public var configuration: PandoraPluginConfiguration
    /// The autoencoder judging each module (the original plugin's method and defaults).
    public var autoencoder: PandoraAutoencoder

    public init(configuration: PandoraPluginConfiguration, autoencoder: PandoraAutoencoder = PandoraAutoencoder()) {
        self.configuration = configuration
        self.autoencoder = autoencoder
    }

    /// Runs the plugin once.
    /// - Parameters:
    ///   - database: Pandora's database.
    ///   - delivery: where the data file goes (local data directory or Tentacle).
    ///   - now: the end of the history window, and the data file's timestamp.
    ///   - logger: receives one line per skipped module and per verdict.
    /// - Throws: ``PandoraPluginError`` when the database, the file or its delivery fails.
    public func run(database: any PandoraDatabase, delivery: DataFileDelivery, now: Timestamp, logger: Logger) async throws(PandoraPluginError)
        -> PandoraPluginReport
    {
        let agent: PandoraAgentRecord
        let selection: PandoraModuleSelection
        do {
            agent = try database.agent(named: configuration.agentName)
            selection = try database.modules(of: agent, named: configuration.modules)
        } catch {
            throw .database(error)
        }
        let request = PandoraHistoryRequest(
            now: now, timeData: configuration.timeData, timeInterval: configuration.timeInterval, levelData: configuration.levelData)
        let outcomes = try judge(selection.modules, database: database, request: request)
        var verdicts: [PandoraModuleVerdict] = []
        var skipped = selection.skipped
        for outcome in outcomes {
            switch outcome {
            case .judged(let verdict): verdicts.append(verdict)
            case .skipped(let module): skipped.append(module)
            }
        }
        for module in skipped {
            logger.warning("module skipped", metadata: ["pandora.module": "\(module.name)", "pandora.reason": "\(module.reason)"])
        }
        for verdict in verdicts {
            logger.info(
                "module judged",
                metadata: [
                    "pandora.module": "\(verdict.module)", "pandora.points": "\(verdict.points)",
                    "pandora.anomalous": "\(verdict.decision.isAnomalous)", "pandora.error": "\(verdict.decision.error)",
                    "pandora.threshold": "\(verdict.decision.threshold)",
                ])
        }
        let resultAgent = configuration.targetAgent ?? agent.name
        var report = PandoraPluginReport(agentName: agent.name, resultAgentName: resultAgent, verdicts: verdicts, skipped: skipped)
        guard !verdicts.isEmpty else {
            logger.warning("no module could be judged: no data file written", metadata: ["pandora.agent": "\(agent.name)"])
            return report
        }
        let file = dataFile(for: agent, verdicts: verdicts, now: now)
        do {
            let written = try DataFileWriter(temporalDirectory: configuration.temporaryDirectory).write(file, at: now)
            report.deliveredFile = try await delivery.deliver(written, logger: logger)
        } catch let error as DataFileError {
            throw .dataFile(error)
        } catch {
            throw .delivery(error)
        }
        return report
    }

    /// The XML data file: on the monitored agent (its own interval, no `version`, so nothing of its
    /// configuration changes), or on a new target agent (alias and group given, interval 300).
    func dataFile(for agent: PandoraAgentRecord, verdicts: [PandoraModuleVerdict], now: Timestamp) -> AgentDataFile {
        let modules = verdicts.map {
            DataFileModule.anomalyResult(
                module: $0.module, targetAgent: configuration.targetAgent, isAnomalous: $0.decision.isAnomalous,
                reconstructionError: $0.decision.error, threshold: $0.decision.threshold)
        }
        let group = configuration.group.isEmpty ? nil : configuration.group
        if let target = configuration.targetAgent {
            return AgentDataFile(
                agentName: target, agentAlias: target, timestamp: .localTime(of: now), group: group, interval: configuration.interval ?? 300,
                modules: modules)
        }
        return AgentDataFile(
            agentName: agent.name, timestamp: .localTime(of: now), group: group, interval: configuration.interval ?? agent.interval,
            modules: modules)
    }

    private enum Outcome: Sendable {
        case judged(PandoraModuleVerdict)
        case skipped(PandoraSkippedModule)
    }

    /// Reads and judges every module, `configuration.threads` at a time; results keep module order.
    private func judge(_ modules: [PandoraModuleRecord], database: any PandoraDatabase, request: PandoraHistoryRequest)
        throws(PandoraPluginError) -> [Outcome]
    {
        let results = Mutex<[Result<Outcome, PandoraDatabaseError>?]>(Array(repeating: nil, count: modules.count))
        let next = Atomic<Int>(0)
        let autoencoder = autoencoder
        DispatchQueue.concurrentPerform(iterations: max(1, min(configuration.threads, modules.count))) { _ in
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < modules.count else { return }
                let outcome = Self.judge(modules[index], database: database, request: request, autoencoder: autoencoder)
                results.withLock { $0[index] = outcome }
            }
        }
        return try results.withLock { all throws(PandoraPluginError) in
            try all.map { result throws(PandoraPluginError) in
                switch result! {
                case .success(let outcome): return outcome
                case .failure(let error): throw .database(error)
                }
            }
        }
    }

    private static func judge(
        _ module: PandoraModuleRecord, database: any PandoraDatabase, request: PandoraHistoryRequest, autoencoder: PandoraAutoencoder
    ) -> Result<Outcome, PandoraDatabaseError> {
        let series: PandoraSeries
        do {
            switch try database.series(of: module, request: request) {
            case .ready(let ready): series = ready
            case .skipped(let skip): return .success(.skipped(skip))
            }
        } catch {
            return .failure(error)
        }
        do {
            let decision = try autoencoder.evaluateLastValue(series.values)
            return .success(.judged(PandoraModuleVerdict(module: module.name, points: series.points, decision: decision)))
        } catch .constantSeries(let value, _) {
            // A module that never changed, last value included, is normal: nothing to reconstruct badly.
            let decision = PandoraDecision(
                isAnomalous: false, error: 0, threshold: 0, value: value, reconstruction: value, errorMean: 0, errorStandardDeviation: 0,
                trainingWindowCount: max(0, series.points - autoencoder.window))
            return .success(.judged(PandoraModuleVerdict(module: module.name, points: series.points, decision: decision)))
        } catch {
            return .success(.skipped(PandoraSkippedModule(name: module.name, reason: .unusable("\(error)"))))
        }
    }
}
