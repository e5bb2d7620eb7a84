import Foundation

/// The JSON documents of a NAB checkout, decoded: windows, labels and profiles.
struct NABLabelDocuments {
    /// `labels/combined_windows.json`: relative path → `[start, end]` timestamp texts.
    var windows: [String: [[String]]]
    /// `labels/combined_labels.json`: relative path → anomaly timestamp texts.
    var labels: [String: [String]]
    /// `config/profiles.json`, in ``NABCorpus/profiles`` order.
    var profiles: [NABProfile]

    /// `profiles.json`: name → `{"CostMatrix": {"tpWeight": …, "fpWeight": …, "fnWeight": …, "tnWeight": …}}`.
    private struct ProfileDocument: Decodable {
        struct CostMatrix: Decodable {
            var tpWeight: Double
            var fpWeight: Double
            var fnWeight: Double
            var tnWeight: Double?
        }

        var costMatrix: CostMatrix

        enum CodingKeys: String, CodingKey {
            case costMatrix = "CostMatrix"
        }
    }

    /// Reads and decodes the three documents.
    /// - Throws: ``NABCorpusError`` naming the document and the JSON path that does not fit.
    init(windowsPath: String, labelsPath: String, profilesPath: String) throws(NABCorpusError) {
        windows = try Self.decode([String: [[String]]].self, at: windowsPath)
        labels = try Self.decode([String: [String]].self, at: labelsPath)
        let documents = try Self.decode([String: ProfileDocument].self, at: profilesPath)
        var profiles: [NABProfile] = []
        for (name, document) in documents {
            let matrix = document.costMatrix
            profiles.append(
                NABProfile(
                    name: name, truePositiveWeight: matrix.tpWeight, falsePositiveWeight: matrix.fpWeight,
                    falseNegativeWeight: matrix.fnWeight, trueNegativeWeight: matrix.tnWeight ?? 1))
        }
        for published in NABProfile.published where !profiles.contains(where: { $0.name == published.name }) {
            throw NABCorpusError(path: profilesPath, reason: .missingProfile(published.name))
        }
        let publishedNames = NABProfile.published.map(\.name)
        self.profiles = profiles.sorted { lhs, rhs in
            let left = publishedNames.firstIndex(of: lhs.name) ?? publishedNames.count
            let right = publishedNames.firstIndex(of: rhs.name) ?? publishedNames.count
            return left != right ? left < right : lhs.name < rhs.name
        }
    }

    /// Reads a file and decodes it as `type`.
    static func decode<T: Decodable>(_ type: T.Type, at path: String) throws(NABCorpusError) -> T {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw NABCorpusError(path: path, reason: .unreadable(error.localizedDescription))
        }
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch let error as DecodingError {
            throw NABCorpusError(path: path, reason: .malformedJSON(describe(error)))
        } catch {
            throw NABCorpusError(path: path, reason: .malformedJSON(error.localizedDescription))
        }
    }

    /// A decoding error as "at `key`[1]: expected …".
    private static func describe(_ error: DecodingError) -> String {
        let (path, message): ([any CodingKey], String) =
            switch error {
            case .typeMismatch(let type, let context): (context.codingPath, "expected \(type): \(context.debugDescription)")
            case .valueNotFound(let type, let context): (context.codingPath, "expected \(type): \(context.debugDescription)")
            case .keyNotFound(let key, let context): (context.codingPath, "missing key '\(key.stringValue)'")
            case .dataCorrupted(let context): (context.codingPath, context.debugDescription)
            @unknown default: ([], "\(error)")
            }
        let location = path.map { key in key.intValue.map { "[\($0)]" } ?? "'\(key.stringValue)'" }.joined()
        return location.isEmpty ? message : "at \(location): \(message)"
    }
}
