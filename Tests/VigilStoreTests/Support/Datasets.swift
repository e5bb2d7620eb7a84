import Foundation
import VigilCore
import VigilTestSupport

/// The public benchmark files in `../shared/datasets`, next to the repository. A clone without
/// them skips the tests that need them.
enum Datasets {
    /// `../shared/datasets` (empty when absent: then nothing is found under it).
    static let root: String = SharedDatasets.root ?? ""

    /// Whether the SKAB files are there.
    static var hasSKAB: Bool { SharedDatasets.file("SKAB/data") != nil }

    /// Every SKAB CSV file, sorted.
    static func skabFiles() -> [String] {
        let base = root + "/SKAB/data"
        let files = FileManager.default.enumerator(atPath: base)?.compactMap { $0 as? String } ?? []
        return files.filter { $0.hasSuffix(".csv") }.sorted().map { base + "/" + $0 }
    }

    /// Observations of a wide `;`-separated SKAB file: one tag per sensor column, named
    /// `<file>/<column>`; the label columns (`anomaly`, `changepoint`) are left out.
    static func skabObservations(_ path: String) throws -> [Observation] {
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(whereSeparator: \.isNewline)
        guard let header = lines.first?.split(separator: ";").map(String.init) else { return [] }
        let columns = header.indices.dropFirst().filter { !["anomaly", "changepoint"].contains(header[$0]) }
        var observations: [Observation] = []
        for line in lines.dropFirst() {
            let fields = line.split(separator: ";", omittingEmptySubsequences: false)
            guard fields.count == header.count, let time = Timestamp(iso8601: fields[0]) else { continue }
            for column in columns {
                guard let value = Double(fields[column]) else { continue }
                observations.append(Observation(tag: TagID("\(path.suffix(20))/\(header[column])"), timestamp: time, value: value))
            }
        }
        return observations
    }
}
