/// Why an agent data file could not be written or delivered.
public enum DataFileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file has an empty `agent_name`, which the Data Server drops.
    case missingAgentName
    /// The module at this index has an empty name, which the Data Server rejects.
    case missingModuleName(index: Int)
    /// A file-system call failed.
    /// - Parameters:
    ///   - operation: what was being done (`create`, `write`, `link`, …).
    ///   - path: the file or directory it was done on.
    ///   - reason: the system's error message.
    case fileSystem(operation: String, path: String, reason: String)
    /// Every candidate name in this directory was taken (a million sequence numbers for one second).
    case noFreeName(directory: String, example: String)

    /// One line naming what failed and where, for the plugin's diagnostic on standard error.
    public var description: String {
        switch self {
        case .missingAgentName:
            return "agent data file: agent_name is empty; the Pandora Data Server drops such files"
        case .missingModuleName(let index):
            return "agent data file: module \(index + 1) has an empty name; the Pandora Data Server rejects it"
        case .fileSystem(let operation, let path, let reason):
            return "agent data file: cannot \(operation) \(path): \(reason)"
        case .noFreeName(let directory, let example):
            return "agent data file: no free file name like \(example) in \(directory)"
        }
    }
}
