/// All of a network's parameters (or their gradients, or optimizer moments) in one flat buffer.
///
/// The value is `Sendable` and copy-on-write: inference on many threads can share one store
/// read-only, while training mutates its own copy.
///
/// ```swift
/// var parameters = ParameterStore(initializing: layout, seed: 7)
/// var gradients = ParameterStore(zerosFor: layout)
/// let w = parameters.tensor(named: "head.weight")
/// ```
public struct ParameterStore: Sendable, Hashable {
    /// The manifest shared by every store of the same network.
    public let layout: ParameterLayout
    /// The scalars, `layout.scalarCount` of them.
    public private(set) var scalars: [Float]

    /// Creates a store of zeros (gradients, moments).
    public init(zerosFor layout: ParameterLayout) {
        self.layout = layout
        self.scalars = [Float](repeating: 0, count: layout.scalarCount)
    }

    /// Creates a store with every parameter drawn from its initializer.
    ///
    /// Each entry gets its own generator, seeded from `seed` and the entry's name, so adding a layer
    /// does not change the initial values of the others.
    public init(initializing layout: ParameterLayout, seed: UInt64) {
        self.init(zerosFor: layout)
        scalars.withUnsafeMutableBufferPointer { buffer in
            for entry in layout.entries {
                var generator = SeededRandom(seed: seed ^ Self.nameHash(entry.name))
                entry.initializer.fill(buffer.baseAddress! + entry.offset, count: entry.count, generator: &generator)
            }
        }
    }

    /// Creates a store from existing scalars.
    /// - Parameters:
    ///   - layout: The manifest.
    ///   - scalars: Exactly `layout.scalarCount` values.
    public init(layout: ParameterLayout, scalars: [Float]) {
        precondition(scalars.count == layout.scalarCount, "\(scalars.count) scalars for a layout of \(layout.scalarCount)")
        self.layout = layout
        self.scalars = scalars
    }

    /// A copy of one parameter as a tensor.
    public func tensor(_ slice: ParameterSlice) -> Tensor {
        Tensor(shape: slice.shape, scalars: Array(scalars[slice.offset..<slice.offset + slice.count]))
    }

    /// A copy of the named parameter, or nil when there is none.
    public func tensor(named name: String) -> Tensor? {
        layout.entry(named: name).map { tensor($0.slice) }
    }

    /// Overwrites one parameter.
    /// - Parameters:
    ///   - tensor: Values with the slice's element count.
    ///   - slice: Where to write them.
    public mutating func setTensor(_ tensor: Tensor, at slice: ParameterSlice) {
        precondition(tensor.count == slice.count, "tensor of \(tensor.count) scalars for a slice of \(slice.count)")
        scalars.replaceSubrange(slice.offset..<slice.offset + slice.count, with: tensor.scalars)
    }

    /// Sets every scalar to zero (clears accumulated gradients).
    public mutating func zero() {
        scalars.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
    }

    /// Reads the scalars through a buffer pointer.
    public func withUnsafeBufferPointer<R, E: Error>(_ body: (UnsafeBufferPointer<Float>) throws(E) -> R) throws(E) -> R {
        try scalars.withUnsafeBufferPointer(body)
    }

    /// Reads and writes the scalars through a buffer pointer.
    public mutating func withUnsafeMutableBufferPointer<R, E: Error>(
        _ body: (UnsafeMutableBufferPointer<Float>) throws(E) -> R
    ) throws(E) -> R {
        try scalars.withUnsafeMutableBufferPointer { buffer throws(E) in try body(buffer) }
    }

    func withBase<R>(_ body: (UnsafePointer<Float>) -> R) -> R {
        scalars.withUnsafeBufferPointer { body($0.baseAddress ?? UnsafePointer(bitPattern: 16)!) }
    }

    mutating func withMutableBase<R>(_ body: (UnsafeMutablePointer<Float>) -> R) -> R {
        scalars.withUnsafeMutableBufferPointer { body($0.baseAddress ?? UnsafeMutablePointer(bitPattern: 16)!) }
    }

    /// FNV-1a over the UTF-8 bytes: a hash that, unlike `Hasher`, is the same in every process.
    static func nameHash(_ name: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }
}
