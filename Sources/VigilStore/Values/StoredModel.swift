public import VigilCore

/// A model as the store keeps it: identity, status, and two opaque payloads the store does not
/// interpret — the JSON definition and the trained weights (which may be megabytes).
///
/// ```swift
/// let saved = try await store.saveModel(
///     StoredModel(id: "pump", name: "Pump model", status: .notTrained, definition: Array(json.utf8)))
/// saved.createdAt   // stamped by the store's clock
/// ```
public struct StoredModel: Hashable, Sendable, Identifiable {
    /// Unique identifier.
    public var id: String
    /// Display name.
    public var name: String
    /// Lifecycle status.
    public var status: ModelStatus
    /// The model definition, as JSON bytes.
    public var definition: [UInt8]
    /// The trained weights (empty before training).
    public var weights: [UInt8]
    /// When the model was first saved; set by the store.
    public var createdAt: Timestamp
    /// When the model was last saved; set by the store.
    public var updatedAt: Timestamp

    /// Creates a model; the store sets both timestamps when it saves it.
    public init(
        id: String, name: String? = nil, status: ModelStatus, definition: [UInt8], weights: [UInt8] = [],
        createdAt: Timestamp = .epoch, updatedAt: Timestamp = .epoch
    ) {
        self.id = id
        self.name = name ?? id
        self.status = status
        self.definition = definition
        self.weights = weights
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The model without its payloads, as listings return it.
    public var summary: StoredModelSummary {
        StoredModelSummary(
            id: id, name: name, status: status, definitionSize: definition.count, weightsSize: weights.count,
            createdAt: createdAt, updatedAt: updatedAt)
    }
}
