#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file created (or truncated) for writing, closed when released.
final class OutputFile {
    /// The path it was opened with (for error messages).
    let path: String
    private var descriptor: Int32

    /// Creates or truncates `path`, with mode 0644.
    /// - Throws: ``FileAccessError``.
    init(path: String) throws(FileAccessError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw FileAccessError(path: path, operation: .openForWriting) }
        self.path = path
        self.descriptor = descriptor
    }

    deinit {
        if descriptor >= 0 { _ = systemClose(descriptor) }
    }

    /// Writes every byte, retrying short writes.
    /// - Throws: ``FileAccessError``.
    func write(_ bytes: UnsafeRawBufferPointer) throws(FileAccessError) {
        var offset = 0
        while offset < bytes.count {
            let written = systemWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw FileAccessError(path: path, operation: .write)
            }
            offset += written
        }
    }

    /// Closes the file, reporting a failure (a full disk can surface only here).
    /// - Throws: ``FileAccessError``.
    func close() throws(FileAccessError) {
        let descriptor = self.descriptor
        self.descriptor = -1
        guard descriptor >= 0 else { return }
        if systemClose(descriptor) != 0 { throw FileAccessError(path: path, operation: .close) }
    }

    /// Writes `bytes` to a new file at `path`.
    /// - Throws: ``FileAccessError``.
    static func write(_ bytes: [UInt8], to path: String) throws(FileAccessError) {
        let file = try OutputFile(path: path)
        let failure = bytes.withUnsafeBytes { (buffer) -> FileAccessError? in
            do throws(FileAccessError) {
                try file.write(buffer)
                return nil
            } catch {
                return error
            }
        }
        if let failure { throw failure }
        try file.close()
    }
}

private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}

private func systemClose(_ descriptor: Int32) -> Int32 {
    close(descriptor)
}
