#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The file-system steps behind ``DataFileWriter`` and ``DataFileDelivery``: a data file becomes
/// visible under its final name only once it is complete, and never replaces another file.
///
/// A file is written as `<name>.partial` (a name the Data Server ignores), synced, then *published*
/// with `link(2)` under its final name (which fails instead of replacing an existing file) and the
/// partial name removed. Where hard links are not supported the publication falls back to
/// `rename(2)` after checking that the name is free.
enum DataFilePlacement {
    /// How many sequence numbers are tried before giving up on a name.
    static let nameAttempts = 1000

    static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    static func systemError(_ code: Int32 = errno) -> String {
        String(cString: strerror(code))
    }

    /// Writes `bytes` as a complete new file in `directory` under `name` (or a following sequence
    /// number when `name` is taken).
    /// - Returns: the name the file got.
    static func writeNew(_ bytes: [UInt8], directory: String, name: DataFileName) throws(DataFileError) -> DataFileName {
        var candidate = name
        for _ in 0..<nameAttempts {
            let partial = join(directory, candidate.description + ".partial")
            guard try writeExclusive(bytes, to: partial) else {
                candidate = candidate.next
                continue
            }
            do {
                return try publish(partial, directory: directory, name: candidate)
            } catch {
                unlink(partial)
                throw error
            }
        }
        throw .noFreeName(directory: directory, example: name.description)
    }

    /// Makes the complete file at `source` appear in `directory` as `name` (or a following sequence
    /// number when taken) and removes `source`.
    /// - Returns: the name it got, or `nil` when `source` and `directory` are on different file
    ///   systems (nothing was changed then).
    static func publishOrCrossDevice(_ source: String, directory: String, name: DataFileName) throws(DataFileError) -> DataFileName? {
        var candidate = name
        for _ in 0..<nameAttempts {
            let target = join(directory, candidate.description)
            if link(source, target) == 0 {
                discard(source)
                return candidate
            }
            let code = errno
            switch code {
            case EEXIST:
                candidate = candidate.next
            case EXDEV:
                return nil
            case EPERM, EOPNOTSUPP, EMLINK, ENOSYS:
                guard access(target, F_OK) != 0 else {
                    candidate = candidate.next
                    continue
                }
                guard rename(source, target) == 0 else {
                    throw .fileSystem(operation: "rename \(source) to", path: target, reason: systemError())
                }
                return candidate
            default:
                throw .fileSystem(operation: "link \(source) to", path: target, reason: systemError(code))
            }
        }
        throw .noFreeName(directory: directory, example: name.description)
    }

    /// ``publishOrCrossDevice(_:directory:name:)`` for a source known to be in `directory`'s file system.
    static func publish(_ source: String, directory: String, name: DataFileName) throws(DataFileError) -> DataFileName {
        guard let published = try publishOrCrossDevice(source, directory: directory, name: name) else {
            throw .fileSystem(operation: "link", path: source, reason: systemError(EXDEV))
        }
        return published
    }

    /// Moves the file at `source` into `directory` as `name` (or a following sequence number): a
    /// link on the same file system, otherwise a copy written as a partial file, synced and
    /// published, then the source removed.
    static func move(_ source: String, directory: String, name: DataFileName) throws(DataFileError) -> DataFileName {
        if let moved = try publishOrCrossDevice(source, directory: directory, name: name) {
            return moved
        }
        let copied = try writeNew(try readAll(source), directory: directory, name: name)
        discard(source)
        return copied
    }

    /// Creates `path` (failing when it exists), writes `bytes` and syncs it.
    /// - Returns: `false` when `path` already exists.
    static func writeExclusive(_ bytes: [UInt8], to path: String) throws(DataFileError) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            let code = errno
            if code == EEXIST { return false }
            throw .fileSystem(operation: "create", path: path, reason: systemError(code))
        }
        var failure: DataFileError?
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                failure = .fileSystem(operation: "write", path: path, reason: systemError())
                break
            }
            offset += written
        }
        if failure == nil, fsync(descriptor) != 0 {
            failure = .fileSystem(operation: "sync", path: path, reason: systemError())
        }
        if close(descriptor) != 0, failure == nil {
            failure = .fileSystem(operation: "close", path: path, reason: systemError())
        }
        if let failure {
            unlink(path)
            throw failure
        }
        return true
    }

    /// The whole content of the file at `path`.
    static func readAll(_ path: String) throws(DataFileError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .fileSystem(operation: "open", path: path, reason: systemError()) }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .fileSystem(operation: "read", path: path, reason: systemError())
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }

    /// Removes the file at `path`, ignoring a failure (used for files already delivered elsewhere).
    static func discard(_ path: String) {
        unlink(path)
    }
}
