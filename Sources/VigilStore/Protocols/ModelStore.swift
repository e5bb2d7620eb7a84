/// Keeps models: their definitions and weights, which the store does not interpret.
public protocol ModelStore: Sendable {
    /// Saves a model, replacing one with the same id. The store stamps `createdAt` (kept from the
    /// first save) and `updatedAt` with its clock.
    /// - Returns: the model as stored.
    @discardableResult
    func saveModel(_ model: StoredModel) async throws -> StoredModel

    /// The model with this id, with its definition and weights.
    func model(id: String) async throws -> StoredModel?

    /// Every model without its payloads, sorted by id.
    func modelSummaries() async throws -> [StoredModelSummary]

    /// Deletes a model. - Returns: whether it was there.
    @discardableResult
    func deleteModel(id: String) async throws -> Bool
}
