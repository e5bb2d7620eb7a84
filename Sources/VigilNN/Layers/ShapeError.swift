/// A layer was given an input whose shape it cannot take.
public struct ShapeError: Error, CustomStringConvertible, Hashable {
    /// The layer (its type and name) that rejected the shape.
    public let layer: String
    /// What the layer expected, in words.
    public let expected: String
    /// The shape it was given (batch dimension first).
    public let actual: [Int]

    /// Creates the error.
    public init(layer: String, expected: String, actual: [Int]) {
        self.layer = layer
        self.expected = expected
        self.actual = actual
    }

    /// A one-line explanation.
    public var description: String { "\(layer): expected \(expected), got input shape \(actual)" }
}
