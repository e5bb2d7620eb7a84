public import VigilCore

/// Keeps markups (training and inference indicators).
public protocol MarkupStore: Sendable {
    /// Saves a markup, replacing one with the same id.
    func saveMarkup(_ markup: Markup) async throws

    /// The markup with this id, if any.
    func markup(id: String) async throws -> Markup?

    /// Every markup, sorted by id.
    func markups() async throws -> [Markup]

    /// Deletes a markup. - Returns: whether it was there.
    @discardableResult
    func deleteMarkup(id: String) async throws -> Bool
}
