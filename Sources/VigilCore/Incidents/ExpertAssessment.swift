/// An expert's verdict on an incident.
public enum ExpertAssessment: String, Hashable, Sendable, Codable, CaseIterable {
    /// A real anomaly.
    case anomaly
    /// Nothing abnormal happened: the detector was wrong.
    case falsePositive = "false_positive"
    /// The detector was right that something changed, but it is expected (maintenance, a test).
    case correctButNotAnomaly = "correct_but_not_anomaly"
}
