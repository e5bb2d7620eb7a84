/// The named manifest of a network's parameters: every trainable tensor, its shape and its offset in
/// one flat buffer.
///
/// Layers register their tensors while the network is built; parameters, gradients and optimizer
/// moments then all use buffers of ``scalarCount`` floats with this layout, and a checkpoint stores
/// it as its JSON manifest.
///
/// ```swift
/// var layout = ParameterLayout()
/// let dense = Dense(inputSize: 8, outputSize: 4, name: "head", layout: &layout)
/// layout.entries.map(\.name)   // ["head.weight", "head.bias"]
/// ```
public struct ParameterLayout: Sendable, Codable, Hashable {
    /// One named parameter tensor.
    public struct Entry: Sendable, Codable, Hashable {
        /// A dotted, unique name such as `encoder0.attention.wqkv`.
        public let name: String
        /// The tensor's shape.
        public let shape: [Int]
        /// Index of its first scalar in the flat buffer.
        public let offset: Int
        /// How its initial values are drawn.
        public let initializer: ParameterInitializer

        /// The number of scalars.
        public var count: Int { shape.reduce(1, *) }

        /// The entry's place in the flat buffer.
        public var slice: ParameterSlice { ParameterSlice(offset: offset, shape: shape) }
    }

    /// The parameters in registration order; offsets are increasing and contiguous.
    public private(set) var entries: [Entry] = []
    /// The total number of scalars.
    public private(set) var scalarCount = 0

    /// Creates an empty layout.
    public init() {}

    /// Appends a parameter and returns its slice.
    /// - Parameters:
    ///   - name: A name not yet registered (a programming error otherwise).
    ///   - shape: The tensor's shape.
    ///   - initializer: How its initial values are drawn.
    /// - Returns: The slice to read it from a ``ParameterStore``.
    public mutating func register(_ name: String, shape: [Int], initializer: ParameterInitializer) -> ParameterSlice {
        precondition(!entries.contains { $0.name == name }, "parameter \(name) registered twice")
        let entry = Entry(name: name, shape: shape, offset: scalarCount, initializer: initializer)
        entries.append(entry)
        scalarCount += entry.count
        return entry.slice
    }

    /// The entry with the given name, if any.
    public func entry(named name: String) -> Entry? {
        entries.first { $0.name == name }
    }
}
