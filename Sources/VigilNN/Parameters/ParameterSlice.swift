/// Where one named parameter lives in a flat ``ParameterStore``: its offset and shape.
public struct ParameterSlice: Sendable, Codable, Hashable {
    /// Index of the first scalar in the flat buffer.
    public let offset: Int
    /// The parameter's shape, row-major.
    public let shape: [Int]

    /// The number of scalars.
    public var count: Int { shape.reduce(1, *) }

    /// Creates a slice.
    public init(offset: Int, shape: [Int]) {
        self.offset = offset
        self.shape = shape
    }
}
