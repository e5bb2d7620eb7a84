import VigilCore
import VigilFormats

/// Reads one series from a CSV file with a timestamp column and value columns (NAB's
/// `timestamp,value` files, or any wide CSV), keeping the rows in file order.
enum SeriesFile {
    /// The values of `column` (default: the first value column) with their timestamps.
    static func read(_ path: String, column: String?) throws -> TimeSeries {
        var options = ObservationCSVOptions(layout: .wide)
        if let column {
            options.columnMapping = { $0.defaultTagID.rawValue == column ? $0.defaultTagID : nil }
        }
        let reader: ObservationCSVReader
        do {
            reader = try ObservationCSVReader(path: path, options: options)
        } catch {
            throw CommandFailure("\(error)")
        }
        var chosen: TagID?
        var timestamps: [Int64] = []
        var values: [Double] = []
        do {
            while let batch = try reader.nextBatch() {
                for observation in batch.observations {
                    if chosen == nil { chosen = observation.tag }
                    guard observation.tag == chosen else { continue }
                    timestamps.append(observation.timestamp.milliseconds)
                    values.append(observation.value)
                }
            }
        } catch {
            throw CommandFailure("\(error)")
        }
        guard let tag = chosen else {
            throw CommandFailure("\(path): no values\(column.map { " in column '\($0)'" } ?? "")")
        }
        return TimeSeries(tag: tag, timestamps: timestamps, values: values)
    }
}
