/// What raised an incident. An open set: new detectors add kinds without breaking stored data.
public struct IncidentKind: StringIdentifier {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    /// A forecaster element's prediction error crossed its threshold.
    public static let forecaster = IncidentKind(rawValue: "forecaster")
    /// An autoencoder element's reconstruction error crossed its threshold.
    public static let autoencoder = IncidentKind(rawValue: "autoencoder")
    /// An elliptic-envelope element's distance crossed its threshold.
    public static let ellipticEnvelope = IncidentKind(rawValue: "elliptic_envelope")
    /// A univariate (single-tag) detector flagged a point.
    public static let univariate = IncidentKind(rawValue: "univariate")
    /// A diagnostic rule's degree of truth reached its threshold.
    public static let rule = IncidentKind(rawValue: "rule")
    /// A tag reached one of its technical limits.
    public static let limit = IncidentKind(rawValue: "limit")
    /// A tag's stream stopped or was interrupted beyond its tolerance.
    public static let noData = IncidentKind(rawValue: "no_data")
    /// An observation arrived after its grid slot had closed.
    public static let lateObservation = IncidentKind(rawValue: "late_observation")
    /// An observation's timestamp was too far ahead of the clock.
    public static let clockMalfunction = IncidentKind(rawValue: "clock_malfunction")
    /// A log interval scored at or above the configured anomaly score.
    public static let logInterval = IncidentKind(rawValue: "log_interval")
    /// An event-processor monitor fired.
    public static let monitor = IncidentKind(rawValue: "monitor")

}
