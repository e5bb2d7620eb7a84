import Foundation
import VigilCore

extension NABCorpus {
    /// Loads a NAB checkout: `data/<category>/<file>.csv`, `labels/combined_windows.json`,
    /// `labels/combined_labels.json` and `config/profiles.json`.
    ///
    /// Window and label timestamps must each match exactly one row of their data file, as NAB's
    /// labeller requires; windows must be in order and disjoint.
    ///
    /// ```swift
    /// let corpus = try NABCorpus(contentsOf: "../shared/datasets/NAB")
    /// corpus.files.count    // 58
    /// corpus.windowCount    // 116
    /// ```
    /// - Parameters:
    ///   - root: the checkout's top folder.
    ///   - probationaryPercent: NAB's probationary fraction (0.15).
    /// - Throws: ``NABCorpusError`` naming the missing file (`.missing`), the document and JSON
    ///   path that does not fit, or the data file and line that cannot be read.
    public init(contentsOf root: String, probationaryPercent: Double = NABCorpus.probationaryPercent) throws(NABCorpusError) {
        let base = root.hasSuffix("/") ? String(root.dropLast()) : root
        let dataPath = base + "/data"
        let windowsPath = base + "/labels/combined_windows.json"
        let labelsPath = base + "/labels/combined_labels.json"
        let profilesPath = base + "/config/profiles.json"
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: base, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw NABCorpusError(path: base, reason: .missing)
        }
        guard FileManager.default.fileExists(atPath: dataPath, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw NABCorpusError(path: dataPath, reason: .missing)
        }
        for path in [windowsPath, labelsPath, profilesPath] where !FileManager.default.fileExists(atPath: path) {
            throw NABCorpusError(path: path, reason: .missing)
        }
        let documents = try NABLabelDocuments(windowsPath: windowsPath, labelsPath: labelsPath, profilesPath: profilesPath)
        let relativePaths = try Self.dataFiles(under: dataPath)
        for key in documents.windows.keys.sorted() where !relativePaths.contains(key) {
            throw NABCorpusError(path: windowsPath, reason: .noDataFile(key))
        }
        var files: [NABDataFile] = []
        files.reserveCapacity(relativePaths.count)
        for relativePath in relativePaths {
            let path = dataPath + "/" + relativePath
            guard let windowTexts = documents.windows[relativePath] else {
                throw NABCorpusError(path: path, reason: .notLabelled(document: "labels/combined_windows.json"))
            }
            guard let labelTexts = documents.labels[relativePath] else {
                throw NABCorpusError(path: path, reason: .notLabelled(document: "labels/combined_labels.json"))
            }
            files.append(
                try Self.loadFile(
                    relativePath: relativePath, path: path, windowTexts: windowTexts, labelTexts: labelTexts,
                    probationaryPercent: probationaryPercent))
        }
        self.init(files: files, profiles: documents.profiles)
    }

    /// The relative paths `category/file.csv` of the CSV files one level below `data/`, sorted.
    private static func dataFiles(under dataPath: String) throws(NABCorpusError) -> [String] {
        let manager = FileManager.default
        do {
            var paths: [String] = []
            for category in try manager.contentsOfDirectory(atPath: dataPath) {
                var isDirectory: ObjCBool = false
                guard manager.fileExists(atPath: dataPath + "/" + category, isDirectory: &isDirectory), isDirectory.boolValue else {
                    continue
                }
                for name in try manager.contentsOfDirectory(atPath: dataPath + "/" + category) where name.hasSuffix(".csv") {
                    paths.append(category + "/" + name)
                }
            }
            return paths.sorted()
        } catch {
            throw NABCorpusError(path: dataPath, reason: .unreadable(error.localizedDescription))
        }
    }

    /// Reads one data file and resolves its window and label timestamps to rows.
    private static func loadFile(
        relativePath: String, path: String, windowTexts: [[String]], labelTexts: [String], probationaryPercent: Double
    ) throws(NABCorpusError) -> NABDataFile {
        let bytes: [UInt8]
        do {
            bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw NABCorpusError(path: path, reason: .unreadable(error.localizedDescription))
        }
        let columns = try NABDataFileParser.parse(bytes, path: path)
        let row = RowFinder(timestamps: columns.timestamps, path: path)
        var windows: [ClosedRange<Int>] = []
        for pair in windowTexts {
            guard pair.count == 2 else { throw NABCorpusError(path: path, reason: .malformedWindow("\(pair)")) }
            let start = try row.index(of: pair[0])
            let end = try row.index(of: pair[1])
            guard start <= end else { throw NABCorpusError(path: path, reason: .badWindow("[\(pair[0]), \(pair[1])]")) }
            windows.append(start...end)
        }
        var anomalies: [Int] = []
        for text in labelTexts { anomalies.append(try row.index(of: text)) }
        let slash = relativePath.firstIndex(of: "/")!
        do {
            return try NABDataFile(
                category: String(relativePath[..<slash]), name: String(relativePath[relativePath.index(after: slash)...].dropLast(4)),
                timestampTexts: columns.timestampTexts, timestamps: columns.timestamps, values: columns.values, windows: windows,
                anomalies: anomalies, probationaryPercent: probationaryPercent)
        } catch {
            throw NABCorpusError(path: path, line: error.line, reason: error.reason)
        }
    }
}

/// Finds the row of a label timestamp, requiring exactly one match as NAB's labeller does.
private struct RowFinder {
    let timestamps: [Int64]
    let path: String

    func index(of text: String) throws(NABCorpusError) -> Int {
        guard let time = Timestamp(iso8601: text) else { throw NABCorpusError(path: path, reason: .badTimestamp(text)) }
        var found: Int?
        var occurrences = 0
        for (index, value) in timestamps.enumerated() where value == time.milliseconds {
            found = found ?? index
            occurrences += 1
        }
        guard occurrences == 1, let found else {
            throw NABCorpusError(path: path, reason: .timestampNotInData(text, occurrences: occurrences))
        }
        return found
    }
}
