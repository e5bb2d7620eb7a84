public import Foundation

/// The univariate detectors available by name (`vigil detect --detector NAME`,
/// `vigil bench nab --detector NAME`), each with an optional JSON configuration whose missing keys
/// take their defaults.
public enum UnivariateDetectorCatalog {
    /// The names, the default first.
    public static let names = ["novelty", "pandora-ae"]

    /// One line per detector, for help texts.
    public static let summaries = [
        "novelty: streaming level and shape novelty weighed by rarity (the NAB detector; default)",
        "pandora-ae: the pandora_tf_anomaly autoencoder, trained on the warm-up, scoring later windows",
    ]

    /// Makes the detector called `name`.
    /// - Parameter configuration: JSON for its configuration (`NoveltyConfiguration`, `PandoraAutoencoder`).
    /// - Throws: ``UnivariateDetectionError/invalidConfiguration(field:reason:)`` for an unknown name or bad JSON.
    public static func make(_ name: String, configuration: Data? = nil) throws(UnivariateDetectionError) -> any UnivariateDetector {
        switch name {
        case "novelty":
            return NoveltyDetector(configuration: try decode(NoveltyConfiguration.self, configuration, default: NoveltyConfiguration()))
        case "pandora-ae":
            return try decode(PandoraAutoencoder.self, configuration, default: PandoraAutoencoder())
        default:
            throw .invalidConfiguration(field: "detector", reason: "'\(name)' is not one of \(names.joined(separator: ", "))")
        }
    }

    private static func decode<T: Decodable>(_ type: T.Type, _ data: Data?, default value: T) throws(UnivariateDetectionError) -> T {
        guard let data else { return value }
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch {
            throw .invalidConfiguration(field: "configuration", reason: "is not a valid \(T.self) JSON object: \(error)")
        }
    }
}
