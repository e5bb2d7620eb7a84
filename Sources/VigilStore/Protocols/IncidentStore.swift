public import VigilCore

/// Keeps incidents. The store assigns ids; listings are newest first (by start, then id).
public protocol IncidentStore: Sendable {
    /// Stores a new incident (its `id` is ignored).
    /// - Returns: the incident with the id the store assigned (ids increase, starting at 1).
    func insertIncident(_ incident: Incident) async throws -> Incident

    /// The incident with this id, if any.
    func incident(id: Int64) async throws -> Incident?

    /// Applies changes to a stored incident, atomically.
    /// - Returns: the incident after the changes.
    /// - Throws: ``StoreError/incidentNotFound(_:)``.
    @discardableResult
    func updateIncident(_ id: Int64, _ updates: [IncidentUpdate]) async throws -> Incident

    /// A page of the incidents matching `filter`, newest first.
    /// - Throws: ``StoreError/invalidPage(limit:offset:)``.
    func incidents(matching filter: IncidentFilter, limit: Int, offset: Int) async throws -> [Incident]

    /// How many incidents match `filter`.
    func countIncidents(matching filter: IncidentFilter) async throws -> Int
}
