public import VigilCore

/// A stored model without its definition and weights: what model listings return.
public struct StoredModelSummary: Hashable, Sendable, Codable, Identifiable {
    /// Unique identifier.
    public var id: String
    /// Display name.
    public var name: String
    /// Lifecycle status.
    public var status: ModelStatus
    /// Size of the JSON definition, in bytes.
    public var definitionSize: Int
    /// Size of the weights, in bytes.
    public var weightsSize: Int
    /// When the model was first saved.
    public var createdAt: Timestamp
    /// When the model was last saved.
    public var updatedAt: Timestamp

    /// Creates a summary.
    public init(
        id: String, name: String, status: ModelStatus, definitionSize: Int, weightsSize: Int, createdAt: Timestamp,
        updatedAt: Timestamp
    ) {
        self.id = id
        self.name = name
        self.status = status
        self.definitionSize = definitionSize
        self.weightsSize = weightsSize
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}
