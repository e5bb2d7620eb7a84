public import VigilCore

/// A run of observations decoded from a file, in file order, with the reader's progress.
public struct ObservationBatch: Hashable, Sendable {
    /// The observations of whole rows, in file order (a wide row gives its columns left to right).
    public var observations: [Observation]
    /// Bytes of the file decoded so far, this batch included.
    public var bytesRead: Int64
    /// The file size, or `nil` when reading a pipe.
    public var totalBytes: Int64?

    /// Creates a batch.
    public init(observations: [Observation], bytesRead: Int64, totalBytes: Int64?) {
        self.observations = observations
        self.bytesRead = bytesRead
        self.totalBytes = totalBytes
    }

    /// Share of the file decoded, 0–1; `nil` when the size is unknown.
    public var fractionRead: Double? {
        guard let totalBytes else { return nil }
        return totalBytes == 0 ? 1 : Double(bytesRead) / Double(totalBytes)
    }
}
