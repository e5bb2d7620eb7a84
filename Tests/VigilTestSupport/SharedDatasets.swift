import Foundation

/// The public benchmark datasets in `../shared/datasets` beside the repository, absent in a
/// user's clone: tests that need them are enabled only when they are there.
public enum SharedDatasets {
    /// `../shared/datasets`, found from this file: Tests/VigilTestSupport → repository root.
    public static let root: String? = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        let path = url.appendingPathComponent("../shared/datasets").standardizedFileURL.path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }()

    /// A dataset file or folder's path when the datasets are present and hold it.
    public static func file(_ relativePath: String) -> String? {
        guard let root, FileManager.default.fileExists(atPath: root + "/" + relativePath) else { return nil }
        return root + "/" + relativePath
    }

    /// Every CSV file under a dataset folder, sorted.
    public static func csvFiles(under folder: String) -> [String] {
        guard let root, let enumerator = FileManager.default.enumerator(atPath: root + "/" + folder) else { return [] }
        return enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".csv") }.sorted().map { root + "/" + folder + "/" + $0 }
    }
}
