#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file opened for sequential reading in blocks, closed when released.
final class InputFile {
    /// The path it was opened with (for error messages).
    let path: String
    /// The size in bytes when it is a regular file, `nil` for pipes and devices.
    let size: Int64?
    private let descriptor: Int32

    /// Opens `path` for reading.
    /// - Throws: ``FileAccessError``.
    init(path: String) throws(FileAccessError) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw FileAccessError(path: path, operation: .openForReading) }
        var status = stat()
        self.size = fstat(descriptor, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG ? Int64(status.st_size) : nil
        self.path = path
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    /// Reads up to `buffer.count` bytes; returns 0 at the end of the file.
    /// - Throws: ``FileAccessError`` when the system call fails.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws(FileAccessError) -> Int {
        while true {
            let count = systemRead(descriptor, buffer.baseAddress, buffer.count)
            if count >= 0 { return count }
            if errno != EINTR { throw FileAccessError(path: path, operation: .read) }
        }
    }

    /// Reads the whole file.
    /// - Throws: ``FileAccessError``.
    static func readAll(path: String) throws(FileAccessError) -> [UInt8] {
        let file = try InputFile(path: path)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(file.size ?? 0))
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 1)
        defer { chunk.deallocate() }
        while true {
            let count = try file.read(into: chunk)
            if count == 0 { return bytes }
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[..<count]))
        }
    }
}

/// The system `read(2)`, named apart from ``InputFile/read(into:)``.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
