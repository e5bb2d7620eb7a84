/// A node of the asset tree: a plant, a line, a pump, a server. Tags hang under assets.
public struct Asset: Hashable, Sendable, Codable, Identifiable {
    /// Unique identifier.
    public var id: AssetID
    /// Human-readable name (defaults to the id).
    public var name: String
    /// Free text.
    public var description: String
    /// The parent asset; `nil` for a root.
    public var parentID: AssetID?

    public init(id: AssetID, name: String? = nil, description: String = "", parentID: AssetID? = nil) {
        self.id = id
        self.name = name ?? id.rawValue
        self.description = description
        self.parentID = parentID
    }
}
