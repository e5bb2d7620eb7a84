import Foundation
import Logging
import VigilStore

/// Opens the store in the data directory chosen by ``GlobalOptions``.
struct DataDirectory {
    let url: URL
    let logger: Logger

    init(options: GlobalOptions, label: String) {
        self.url = options.resolvedDataDirectory
        self.logger = options.makeLogger(label: label)
    }

    /// Opens the store, creating the directory when `create` is set.
    /// - Throws: ``CommandFailure`` when the directory is missing (and not to be created) or unusable.
    func openStore(create: Bool) throws -> SQLiteStore {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
        if exists && !isDirectory.boolValue {
            throw CommandFailure("\(url.path) is not a directory")
        }
        if !exists {
            guard create else {
                throw CommandFailure("no data directory at \(url.path) (import something first, or pass --data-dir / set VIGIL_DATA_DIR)")
            }
            do {
                try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            } catch {
                throw CommandFailure("cannot create the data directory \(url.path): \(error.localizedDescription)")
            }
        }
        do {
            return try SQLiteStore(location: .directory(url.path), logger: logger)
        } catch {
            throw CommandFailure("cannot open the store in \(url.path): \(error)")
        }
    }
}
