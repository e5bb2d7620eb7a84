public import VigilCore

/// Why an asset-tree file was rejected, with the file, sheet, row and column concerned.
///
/// ```swift
/// // "tree.xlsx, sheet Tags, row 7, column F (upper_technical_limit): 'high' is not a number"
/// // "tree.csv, line 4: asset 'pump-1' names parent 'line-9', which is not in the tree"
/// ```
public struct AssetTreeFormatError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What is wrong.
    public enum Reason: Equatable, Sendable {
        /// A required column is missing; `found` lists the headers that were there.
        case missingColumn(String, found: [String])
        /// Two headers name the same column.
        case duplicateColumn(String)
        /// The row has no id.
        case emptyID
        /// The `kind` cell is neither `asset` nor `tag`.
        case unknownKind(String)
        /// A number cell holds something else.
        case notANumber(String)
        /// The tree is invalid: duplicate id, unknown parent or asset, cycle.
        case tree(AssetTreeError)
        /// An XLSX file has neither `Assets` nor `Tags` sheets nor a sheet with a `kind` column.
        case noTreeSheets(found: [String])
        /// The file extension names no known format.
        case unknownFormat
        /// The JSON does not decode.
        case json(String)
        /// The CSV is malformed (an unclosed quote).
        case csv(String)
        /// The XLSX container or its XML is malformed.
        case xlsx(XLSXError)
        /// The file could not be read or written.
        case file(FileAccessError)
    }

    /// Where the problem is.
    public var location: AssetTreeLocation
    /// What is wrong.
    public var reason: Reason

    /// Creates an error.
    public init(location: AssetTreeLocation, reason: Reason) {
        self.location = location
        self.reason = reason
    }

    public var description: String {
        switch reason {
        case .xlsx(let error): return error.description
        case .file(let error): return error.description
        default: return "\(location): \(problem)"
        }
    }

    private var problem: String {
        switch reason {
        case .missingColumn(let name, let found):
            "no '\(name)' column (headers found: \(found.isEmpty ? "none" : found.map { "'\($0)'" }.joined(separator: ", ")))"
        case .duplicateColumn(let name): "two columns give the \(name)"
        case .emptyID: "the id is empty"
        case .unknownKind(let text): "kind '\(text)' is neither 'asset' nor 'tag'"
        case .notANumber(let text): "'\(text)' is not a number"
        case .tree(let error): error.description
        case .noTreeSheets(let found): "no sheet named Assets or Tags, and no sheet with a 'kind' column (sheets: \(found.joined(separator: ", ")))"
        case .unknownFormat: "unknown file type (expected .xlsx, .csv, .tsv, .txt or .json)"
        case .json(let message): message
        case .csv(let message): message
        case .xlsx(let error): error.description
        case .file(let error): error.description
        }
    }
}
