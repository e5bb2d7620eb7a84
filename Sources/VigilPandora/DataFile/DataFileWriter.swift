public import VigilCore

/// Writes agent data files into the temporary directory (`--temporal`), completely or not at all.
///
/// The file is written as `<name>.partial`, synced, and only then linked under its final name
/// (``DataFileName``), so no reader ever sees a partial data file, even when `--temporal` is the
/// Data Server's own `data_in`.
///
/// ```swift
/// let writer = DataFileWriter(temporalDirectory: "/tmp")
/// let written = try writer.write(file, at: clock.now)
/// print(written.path)   // "/tmp/2f527604e1deff1329720282d8d3cfa1.1700000000123001.data"
/// ```
public struct DataFileWriter: Sendable {
    /// The directory the files are written to.
    public var temporalDirectory: String

    /// A writer into `temporalDirectory` (the plugin's default is `/tmp`).
    public init(temporalDirectory: String = "/tmp") {
        self.temporalDirectory = temporalDirectory
    }

    /// Writes `file` as UTF-8 XML under a fresh name for its agent and `time`.
    /// - Parameters:
    ///   - file: the data file; it must pass ``AgentDataFile/validate()``.
    ///   - time: the run's time; its Unix seconds start the name's digits.
    /// - Returns: where the file is.
    /// - Throws: ``DataFileError``.
    public func write(_ file: AgentDataFile, at time: Timestamp) throws(DataFileError) -> WrittenDataFile {
        try file.validate()
        let name = try DataFilePlacement.writeNew(
            Array(file.xml.utf8), directory: temporalDirectory, name: .unique(agentName: file.agentName, time: time))
        return WrittenDataFile(directory: temporalDirectory, name: name)
    }
}
