import GRDB
public import VigilCore

extension SQLiteStore {
    /// Stores a new incident under the next id and returns it with that id.
    public func insertIncident(_ incident: Incident) async throws -> Incident {
        var record = try IncidentRecord(incident)
        record.id = nil
        let inserted = try await writer.write { [record] db in
            var row = record
            try row.insert(db)
            return row
        }
        var stored = incident
        stored.id = inserted.id!
        return stored
    }

    /// The incident with this id, if any.
    public func incident(id: Int64) async throws -> Incident? {
        try await writer.read { db in try IncidentRecord.fetchOne(db, key: id)?.incident() }
    }

    /// Applies changes to a stored incident; throws ``StoreError/incidentNotFound(_:)``.
    @discardableResult
    public func updateIncident(_ id: Int64, _ updates: [IncidentUpdate]) async throws -> Incident {
        try await writer.write { db in
            guard var incident = try IncidentRecord.fetchOne(db, key: id)?.incident() else { throw StoreError.incidentNotFound(id) }
            for update in updates { update.apply(to: &incident) }
            try IncidentRecord(incident).update(db)
            return incident
        }
    }

    /// A page of the incidents matching `filter`, newest first.
    public func incidents(matching filter: IncidentFilter, limit: Int, offset: Int) async throws -> [Incident] {
        guard limit > 0, offset >= 0 else { throw StoreError.invalidPage(limit: limit, offset: offset) }
        let (condition, arguments) = Self.sql(for: filter)
        return try await writer.read { db in
            try IncidentRecord.fetchAll(
                db, sql: "SELECT * FROM incident WHERE \(condition) ORDER BY start_time DESC, id DESC LIMIT ? OFFSET ?",
                arguments: arguments + [limit, offset]
            ).map { try $0.incident() }
        }
    }

    /// How many incidents match `filter`.
    public func countIncidents(matching filter: IncidentFilter) async throws -> Int {
        let (condition, arguments) = Self.sql(for: filter)
        return try await writer.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM incident WHERE \(condition)", arguments: arguments) ?? 0
        }
    }

    /// The filter as an SQL condition with its arguments (same semantics as ``IncidentFilter/matches(_:)``).
    private static func sql(for filter: IncidentFilter) -> (String, StatementArguments) {
        var clauses: [String] = []
        var arguments = StatementArguments()
        func add(_ clause: String, _ values: [any DatabaseValueConvertible]) {
            clauses.append(clause)
            arguments += StatementArguments(values)
        }
        func list(_ count: Int) -> String { Array(repeating: "?", count: count).joined(separator: ", ") }
        if !filter.kinds.isEmpty {
            add("kind IN (\(list(filter.kinds.count)))", filter.kinds.map(\.rawValue).sorted())
        }
        if let model = filter.modelID { add("model_id = ?", [model]) }
        if let element = filter.elementID { add("element_id = ?", [element]) }
        if !filter.statuses.isEmpty {
            add("status IN (\(list(filter.statuses.count)))", filter.statuses.map(\.rawValue).sorted())
        }
        if let during = filter.during {
            add("start_time <= ? AND (end_time IS NULL OR end_time >= ?)", [during.upperBound.milliseconds, during.lowerBound.milliseconds])
        }
        if let contributor = filter.contributor {
            add("EXISTS (SELECT 1 FROM json_each(incident.contributors) AS c WHERE json_extract(c.value, '$.name') = ?)", [contributor])
        }
        if let top = filter.topContributor { add("top_contributor = ?", [top]) }
        if let group = filter.groupID { add("group_id = ?", [group]) }
        return (clauses.isEmpty ? "1" : clauses.joined(separator: " AND "), arguments)
    }
}
