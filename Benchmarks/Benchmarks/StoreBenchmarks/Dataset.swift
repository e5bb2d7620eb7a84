import Foundation
import VigilCore

/// The public datasets in `../shared/datasets` (next to the repository), read with a few lines
/// of CSV parsing so that the benchmark depends on the store only.
enum Dataset: String, CaseIterable, CustomStringConvertible {
    /// SKAB: `;`-separated, 1 s rows, 8 sensor columns (the `anomaly`/`changepoint` labels are left out).
    case skab = "SKAB"
    /// NAB: `timestamp,value`, one series per file.
    case nab = "NAB"

    var description: String { rawValue }

    /// `../shared/datasets`, found from this source file: Benchmarks/Benchmarks/StoreBenchmarks → root.
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("../shared/datasets").standardizedFileURL.path
    }()

    /// The dataset's CSV files, or `nil` when the datasets are absent.
    func files() -> [String]? {
        let base = Self.root + "/" + rawValue + "/data"
        guard let names = FileManager.default.enumerator(atPath: base)?.compactMap({ $0 as? String }) else { return nil }
        let files = names.filter { $0.hasSuffix(".csv") }.sorted().map { base + "/" + $0 }
        return files.isEmpty ? nil : files
    }

    /// One file's observations: one tag per value column, named after the file and the column.
    func observations(_ path: String) throws -> [Observation] {
        let separator: Character = self == .skab ? ";" : ","
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(whereSeparator: \.isNewline)
        guard let header = lines.first?.split(separator: separator).map(String.init) else { return [] }
        let columns = header.indices.dropFirst().filter { !["anomaly", "changepoint"].contains(header[$0]) }
        var observations: [Observation] = []
        for line in lines.dropFirst() {
            let fields = line.split(separator: separator, omittingEmptySubsequences: false)
            guard fields.count == header.count, let time = Timestamp(iso8601: fields[0]) else { continue }
            for column in columns {
                guard let value = Double(fields[column]) else { continue }
                observations.append(Observation(tag: TagID(path + "#" + header[column]), timestamp: time, value: value))
            }
        }
        return observations
    }
}
