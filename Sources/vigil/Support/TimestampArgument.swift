import ArgumentParser
import VigilCore

/// A command-line timestamp: `2024-03-01`, `2024-03-01T12:00:00`, RFC 3339 with an offset, or
/// epoch milliseconds (`@1709294400000`).
struct TimestampArgument: ExpressibleByArgument {
    let timestamp: Timestamp

    init?(argument: String) {
        if argument.hasPrefix("@"), let milliseconds = Int64(argument.dropFirst()) {
            timestamp = Timestamp(milliseconds: milliseconds)
        } else if let parsed = Timestamp(iso8601: argument) {
            timestamp = parsed
        } else {
            return nil
        }
    }

    static var defaultCompletionKind: CompletionKind { .default }
}
