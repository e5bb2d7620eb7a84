#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file could not be opened, read or written.
///
/// ```swift
/// // "cannot open 'tree.xlsx' for reading: No such file or directory"
/// ```
public struct FileAccessError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What was being done when the system call failed.
    public enum Operation: String, Hashable, Sendable {
        /// Opening for reading.
        case openForReading = "open for reading"
        /// Opening (creating or truncating) for writing.
        case openForWriting = "open for writing"
        /// Reading bytes.
        case read
        /// Writing bytes.
        case write
        /// Closing after writing.
        case close
    }

    /// The path of the file.
    public var path: String
    /// What failed.
    public var operation: Operation
    /// The system's explanation (`strerror`).
    public var reason: String

    /// Creates an error from explicit parts.
    public init(path: String, operation: Operation, reason: String) {
        self.path = path
        self.operation = operation
        self.reason = reason
    }

    /// Creates an error from the current `errno`.
    init(path: String, operation: Operation) {
        self.init(path: path, operation: operation, reason: String(cString: strerror(errno)))
    }

    public var description: String {
        "cannot \(operation.rawValue) '\(path)': \(reason)"
    }
}
