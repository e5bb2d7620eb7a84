/// Why an XLSX file could not be read or written.
///
/// ```swift
/// // "tree.xlsx: xl/worksheets/sheet1.xml: line 2: end tag </row> does not match <c>"
/// ```
public struct XLSXError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong.
    public enum Reason: Hashable, Sendable {
        /// The bytes are not a ZIP archive.
        case notAZipArchive
        /// A part the package refers to is not in the archive.
        case missingPart
        /// A part's XML is malformed.
        case malformedXML(line: Int, message: String)
        /// A cell's reference or value is invalid.
        case badCell(reference: String, message: String)
        /// A part decompresses to more than ``XLSXWorkbook/maximumPartSize``.
        case partTooLarge(Int64)
        /// A sheet name is empty, longer than 31 characters, repeated, or has one of `[]:*?/\`.
        case invalidSheetName(String)
        /// The ZIP library failed while building or reading the archive.
        case archive(String)
        /// The file could not be read or written.
        case file(FileAccessError)
    }

    /// The file name or source name.
    public var source: String
    /// The package part concerned, e.g. `xl/worksheets/sheet1.xml`.
    public var part: String?
    /// What is wrong.
    public var reason: Reason

    /// Creates an error.
    public init(source: String, part: String? = nil, reason: Reason) {
        self.source = source
        self.part = part
        self.reason = reason
    }

    public var description: String {
        let place = [source, part].compactMap { $0 }.joined(separator: ": ")
        let problem =
            switch reason {
            case .notAZipArchive: "not an XLSX file (not a ZIP archive)"
            case .missingPart: "the part is missing from the archive"
            case .malformedXML(let line, let message): "line \(line): \(message)"
            case .badCell(let reference, let message): "cell \(reference): \(message)"
            case .partTooLarge(let size): "the part unpacks to \(size) bytes, more than \(XLSXWorkbook.maximumPartSize)"
            case .invalidSheetName(let name): "invalid sheet name '\(name)' (1-31 characters, unique, none of []:*?/\\)"
            case .archive(let message): "ZIP archive: \(message)"
            case .file(let error): error.description
            }
        return "\(place): \(problem)"
    }
}
