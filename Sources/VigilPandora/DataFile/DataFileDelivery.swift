public import Logging

/// Where a written data file goes: the Data Server's directory, or a Tentacle server.
///
/// ```swift
/// let delivery = DataFileDelivery.local(dataDirectory: "/var/spool/pandora/data_in")
/// let written = try DataFileWriter(temporalDirectory: "/tmp").write(file, at: now)
/// let delivered = try await delivery.deliver(written, logger: logger)
/// ```
public enum DataFileDelivery: Sendable {
    /// `--transfer_mode local`: move the file into this directory (a link on the same file system;
    /// otherwise a copy written as `<name>.partial`, synced and linked, then the original removed).
    case local(dataDirectory: String)
    /// `--transfer_mode tentacle` with the native client.
    case tentacle(TentacleClient)
    /// `--transfer_mode tentacle` through an explicitly named `--tentacle_client`.
    case externalTentacle(ExternalTentacleClient)

    /// Delivers `file` and removes it from the temporary directory once it is delivered.
    ///
    /// In local mode a file of the same name already in the data directory is never replaced: the
    /// file takes the next free sequence number instead. Over Tentacle the server decides (it
    /// refuses an existing name), and the temporary file stays in place when the transfer fails.
    /// - Returns: the delivered file's name (it may differ from `file.name` in local mode).
    /// - Throws: ``DataFileError`` (local) or ``TentacleError`` (Tentacle).
    public func deliver(_ file: WrittenDataFile, logger: Logger) async throws -> DataFileName {
        switch self {
        case .local(let dataDirectory):
            let name = try DataFilePlacement.move(file.path, directory: dataDirectory, name: file.name)
            logger.info(
                "moved the data file into the data directory",
                metadata: ["pandora.file": "\(DataFilePlacement.join(dataDirectory, name.description))"])
            return name
        case .tentacle(let client):
            try await client.send(filesAt: [file.path])
        case .externalTentacle(let client):
            try await client.send(filesAt: [file.path])
        }
        DataFilePlacement.discard(file.path)
        logger.info("sent the data file over Tentacle", metadata: ["pandora.file": "\(file.name)"])
        return file.name
    }
}
