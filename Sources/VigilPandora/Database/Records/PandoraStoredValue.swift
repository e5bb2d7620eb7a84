/// One row of Pandora's `tagente_datos`: a value and the second it was stored for.
public struct PandoraStoredValue: Sendable, Hashable {
    /// `utimestamp`: Unix time in seconds.
    public var time: Int64
    /// `datos`.
    public var value: Double

    /// Creates a row.
    public init(time: Int64, value: Double) {
        self.time = time
        self.value = value
    }
}
