import VigilCore

/// Reads observations from a CSV file of any size in batches, with progress.
///
/// The file is read in 1 MiB blocks and decoded by an ``ObservationCSVDecoder``; memory stays
/// bounded by the block and the batch, whatever the file size.
///
/// ```swift
/// let reader = try ObservationCSVReader(path: "SKAB/valve1/1.csv")
/// while let batch = try reader.nextBatch() {
///     try store.append(batch.observations)
///     print("\(Int((batch.fractionRead ?? 0) * 100)) %")
/// }
/// print(reader.summary.observations, "observations,", reader.summary.badRows, "bad rows")
/// ```
public final class ObservationCSVReader {
    /// The path being read.
    public let path: String
    /// The file size, or `nil` for a pipe.
    public let totalBytes: Int64?

    private let file: InputFile
    private var decoder: ObservationCSVDecoder
    private let block: UnsafeMutableRawBufferPointer
    private var deferredError: ObservationCSVError?
    private var isDone = false

    /// Size of the blocks read from the file.
    public static let blockSize = 1 << 20

    /// Opens a file.
    /// - Parameters:
    ///   - path: the CSV file.
    ///   - options: layout, separator, mapping and error handling; the defaults detect everything.
    /// - Throws: ``ObservationCSVError`` with reason `.unreadable` when the file cannot be opened.
    public init(path: String, options: ObservationCSVOptions = ObservationCSVOptions()) throws(ObservationCSVError) {
        do {
            file = try InputFile(path: path)
        } catch {
            throw ObservationCSVError(source: path, line: nil, reason: .unreadable(error))
        }
        self.path = path
        self.totalBytes = file.size
        self.decoder = ObservationCSVDecoder(source: path, options: options)
        self.block = UnsafeMutableRawBufferPointer.allocate(byteCount: Self.blockSize, alignment: 1)
    }

    deinit {
        block.deallocate()
    }

    /// Counts and detected settings so far; complete once ``nextBatch()`` has returned `nil`.
    public var summary: ObservationCSVSummary { decoder.summary }

    /// The next batch of about ``ObservationCSVOptions/batchSize`` observations, or `nil` at the
    /// end of the file.
    ///
    /// Without ``ObservationCSVOptions/skipBadRows`` a bad row ends the import: the batch holding
    /// the good rows before it is returned first, then the next call throws.
    /// - Throws: ``ObservationCSVError``.
    public func nextBatch() throws(ObservationCSVError) -> ObservationBatch? {
        if let error = deferredError {
            deferredError = nil
            isDone = true
            throw error
        }
        guard !isDone else { return nil }
        let limit = max(1, decoder.options.batchSize)
        var observations: [Observation] = []
        observations.reserveCapacity(limit)
        while true {
            let status: ObservationCSVDecoder.Status
            do {
                status = try decoder.decode(into: &observations, limit: limit)
            } catch {
                guard !observations.isEmpty else {
                    isDone = true
                    throw error
                }
                deferredError = error
                return batch(observations)
            }
            switch status {
            case .limitReached:
                return batch(observations)
            case .endOfInput:
                isDone = true
                return observations.isEmpty ? nil : batch(observations)
            case .needsInput:
                try readBlock()
            }
        }
    }

    private func readBlock() throws(ObservationCSVError) {
        let count: Int
        do {
            count = try file.read(into: block)
        } catch {
            throw ObservationCSVError(source: path, line: nil, reason: .unreadable(error))
        }
        if count == 0 {
            decoder.finish()
        } else {
            decoder.append(UnsafeRawBufferPointer(rebasing: block[..<count]))
        }
    }

    private func batch(_ observations: [Observation]) -> ObservationBatch {
        ObservationBatch(observations: observations, bytesRead: decoder.bytesDecoded, totalBytes: totalBytes)
    }
}
