import Foundation

extension DataFileModule {
    /// The module `pandora_tf_anomaly` writes for one monitored module.
    ///
    /// Named `<module>.TF.ANOMALY`, or `<targetAgent>.<module>.TF.ANOMALY` when the results go to
    /// a separate agent; type `generic_proc`; data `1` when the last value is normal and `0` when it
    /// is anomalous (the server's default critical range for `*_proc` is [0, 1), so 0 is CRITICAL);
    /// description `Reconstruction error: <error> / <threshold>` with five decimals.
    ///
    /// ```swift
    /// let module = DataFileModule.anomalyResult(
    ///     module: "Memory_Used", targetAgent: nil, isAnomalous: true,
    ///     reconstructionError: 22.893104, threshold: 0.060471)
    /// module.name          // "Memory_Used.TF.ANOMALY"
    /// module.data          // "0"
    /// module.description   // "Reconstruction error: 22.89310 / 0.06047"
    /// ```
    /// - Parameters:
    ///   - module: the monitored module's decoded name.
    ///   - targetAgent: the `--target_agent` name, or `nil` when the results go to the source agent.
    ///   - isAnomalous: whether the module's last value is anomalous.
    ///   - reconstructionError: the last window's reconstruction error.
    ///   - threshold: the anomaly threshold it was compared with.
    public static func anomalyResult(
        module: String, targetAgent: String?, isAnomalous: Bool, reconstructionError: Double, threshold: Double
    ) -> DataFileModule {
        let prefix = targetAgent.map { "\($0)." } ?? ""
        return DataFileModule(
            name: "\(prefix)\(module).TF.ANOMALY", type: .genericProc, data: isAnomalous ? "0" : "1",
            description: "Reconstruction error: \(fiveDecimals(reconstructionError)) / \(fiveDecimals(threshold))")
    }

    /// `%.5f`, as Python's `f"{x:.5f}"` prints it (`nan`, `inf` and `-inf` included).
    static func fiveDecimals(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        return String(format: "%.5f", value)
    }
}
