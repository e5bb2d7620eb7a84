/// A row-major Float32 tensor with value semantics.
///
/// The scalars live in one contiguous `[Float]` (copy-on-write), laid out row-major: the last
/// dimension varies fastest. Sequences are channels-last, `[batch, length, channels]` (NLC).
///
/// ```swift
/// var x = Tensor(shape: [2, 3], scalars: [1, 2, 3, 4, 5, 6])
/// x[1, 2] = 60
/// let flat = x.reshaped([6])
/// ```
public struct Tensor: Sendable, Equatable, Hashable {
    /// The size of each dimension, outermost first.
    public private(set) var shape: [Int]
    /// The scalars in row-major order; `scalars.count == shape.reduce(1, *)`.
    public private(set) var scalars: [Float]

    /// Creates a tensor from a shape and its row-major scalars.
    /// - Parameters:
    ///   - shape: The dimensions; every one must be ≥ 0.
    ///   - scalars: Exactly `shape.reduce(1, *)` values.
    public init(shape: [Int], scalars: [Float]) {
        precondition(shape.allSatisfy { $0 >= 0 }, "negative dimension in \(shape)")
        precondition(scalars.count == Self.elementCount(shape), "\(scalars.count) scalars do not fill shape \(shape)")
        self.shape = shape
        self.scalars = scalars
    }

    /// Creates a tensor of the given shape filled with one value.
    /// - Parameters:
    ///   - shape: The dimensions.
    ///   - value: The value of every element (0 by default).
    public init(shape: [Int], repeating value: Float = 0) {
        self.init(shape: shape, scalars: [Float](repeating: value, count: Self.elementCount(shape)))
    }

    /// Creates a tensor whose scalars are left uninitialised; the caller must write every one.
    init(uninitializedShape shape: [Int]) {
        let count = Self.elementCount(shape)
        self.shape = shape
        self.scalars = [Float](unsafeUninitializedCapacity: count) { _, initialized in initialized = count }
    }

    /// The number of scalars.
    public var count: Int { scalars.count }

    /// The number of dimensions.
    public var rank: Int { shape.count }

    /// The product of all dimensions but the last: the number of rows when the tensor is viewed as a matrix.
    public var rowCount: Int { shape.isEmpty ? 1 : shape.dropLast().reduce(1, *) }

    /// The size of the last dimension (1 for a scalar tensor).
    public var lastDimension: Int { shape.last ?? 1 }

    /// Reads or writes one element by its multi-dimensional index.
    public subscript(_ index: Int...) -> Float {
        get { scalars[flatIndex(index)] }
        set { scalars[flatIndex(index)] = newValue }
    }

    /// Returns the same scalars under another shape with the same element count.
    /// - Parameter newShape: The new dimensions.
    /// - Returns: A tensor sharing storage with this one until either is written.
    public func reshaped(_ newShape: [Int]) -> Tensor {
        Tensor(shape: newShape, scalars: scalars)
    }

    /// Calls `body` with a pointer to the scalars for reading.
    /// - Parameter body: A closure that must not let the pointer escape.
    /// - Returns: What `body` returns.
    public func withUnsafeBufferPointer<R, E: Error>(_ body: (UnsafeBufferPointer<Float>) throws(E) -> R) throws(E) -> R {
        try scalars.withUnsafeBufferPointer(body)
    }

    /// Calls `body` with a pointer to the scalars for reading and writing; the shape cannot change.
    /// - Parameter body: A closure that must not let the pointer escape.
    /// - Returns: What `body` returns.
    public mutating func withUnsafeMutableBufferPointer<R, E: Error>(
        _ body: (UnsafeMutableBufferPointer<Float>) throws(E) -> R
    ) throws(E) -> R {
        try scalars.withUnsafeMutableBufferPointer { buffer throws(E) in try body(buffer) }
    }

    /// Raw base address for kernels; valid only inside a `withUnsafe…` call chain of the caller.
    func withBase<R>(_ body: (UnsafePointer<Float>) -> R) -> R {
        scalars.withUnsafeBufferPointer { body($0.baseAddress ?? UnsafePointer(bitPattern: 16)!) }
    }

    /// Mutable raw base address for kernels.
    mutating func withMutableBase<R>(_ body: (UnsafeMutablePointer<Float>) -> R) -> R {
        scalars.withUnsafeMutableBufferPointer { body($0.baseAddress ?? UnsafeMutablePointer(bitPattern: 16)!) }
    }

    static func elementCount(_ shape: [Int]) -> Int { shape.reduce(1, *) }

    private func flatIndex(_ index: [Int]) -> Int {
        precondition(index.count == shape.count, "index \(index) does not match rank \(shape.count)")
        var flat = 0
        for (position, dimension) in zip(index, shape) {
            precondition(position >= 0 && position < dimension, "index \(index) out of bounds for shape \(shape)")
            flat = flat * dimension + position
        }
        return flat
    }
}
