/// Why a NAB results folder could not be written or read.
///
/// ```swift
/// // "detector name 'my_detector' cannot be used in a NAB results folder: it contains '_', which NAB
/// //  uses to split '<detector>_<file>' and '<detector>_<profile>_scores'"
/// // "/tmp/results/x/realTraffic/x_speed_7578.csv: 1126 rows for the data file's 1127"
/// ```
public struct NABResultsError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Reason: Hashable, Sendable {
        /// The detector name cannot be used by NAB's scripts; the text says why.
        case invalidDetectorName(String, why: String)
        /// A folder or file could not be created or written.
        case cannotWrite(String)
        /// A results file is missing or could not be read or parsed.
        case cannotRead(String)
        /// The number of scores or rows differs from the data file's rows.
        case wrongRowCount(expected: Int, found: Int)
    }

    /// The file or folder concerned (empty for a bad detector name).
    public var path: String
    /// What went wrong.
    public var reason: Reason

    /// Creates an error.
    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    public var description: String {
        switch reason {
        case .invalidDetectorName(let name, let why): "detector name '\(name)' cannot be used in a NAB results folder: \(why)"
        case .cannotWrite(let why): "\(path): cannot be written: \(why)"
        case .cannotRead(let why): "\(path): cannot be read: \(why)"
        case .wrongRowCount(let expected, let found): "\(path): \(found) rows for the data file's \(expected)"
        }
    }
}
