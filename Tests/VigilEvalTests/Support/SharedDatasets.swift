import Foundation

/// The public benchmark datasets in `../shared/datasets` beside the repository, absent in a
/// user's clone: tests that need them are enabled only when they are there.
enum SharedDatasets {
    /// `../shared/datasets/NAB`, found from this file: Tests/VigilEvalTests/Support → repository root.
    static let nab: String? = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        let path = url.appendingPathComponent("../shared/datasets/NAB").standardizedFileURL.path
        return FileManager.default.fileExists(atPath: path + "/labels/combined_windows.json") ? path : nil
    }()
}
