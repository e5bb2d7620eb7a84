import Foundation
import ZIPFoundation

/// An Open Packaging Conventions archive opened for reading: parts by name and their relationships.
struct XLSXPackage {
    /// One relationship of a part.
    struct Relationship {
        var id: String
        var type: String
        /// The target part's name, resolved against the source part (no leading `/`).
        var target: String
    }

    private let archive: Archive
    private let source: String
    /// Entries by lowercased part name (part names are case-insensitive).
    private let entries: [String: Entry]

    /// Opens the archive.
    /// - Throws: ``XLSXError`` when the bytes are not a ZIP archive.
    init(bytes: [UInt8], source: String) throws(XLSXError) {
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw XLSXError(source: source, reason: .notAZipArchive)
        }
        self.source = source
        var entries: [String: Entry] = [:]
        for entry in archive where entry.type == .file {
            entries[entry.path.lowercased()] = entry
        }
        self.entries = entries
    }

    /// The part name if the archive has it.
    func existing(_ path: String) -> String? {
        entries[path.lowercased()] != nil ? path : nil
    }

    /// The unpacked bytes of a part.
    /// - Throws: ``XLSXError`` when it is missing, too large or corrupt.
    func bytes(_ path: String) throws(XLSXError) -> [UInt8] {
        guard let entry = entries[path.lowercased()] else { throw XLSXError(source: source, part: path, reason: .missingPart) }
        guard Int64(entry.uncompressedSize) <= XLSXWorkbook.maximumPartSize else {
            throw XLSXError(source: source, part: path, reason: .partTooLarge(Int64(entry.uncompressedSize)))
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(entry.uncompressedSize))
        do {
            _ = try archive.extract(entry, bufferSize: 1 << 16) { chunk in
                guard Int64(bytes.count + chunk.count) <= XLSXWorkbook.maximumPartSize else {
                    throw XLSXError(source: source, part: path, reason: .partTooLarge(Int64(bytes.count + chunk.count)))
                }
                bytes.append(contentsOf: chunk)
            }
        } catch let error as XLSXError {
            throw error
        } catch {
            throw XLSXError(source: source, part: path, reason: .archive("\(error)"))
        }
        return bytes
    }

    /// A reader over a part's XML.
    func xml(_ path: String) throws(XLSXError) -> XMLReader {
        XMLReader(try bytes(path))
    }

    /// The relationships of a part (`""` for the package itself), empty when it has none.
    func relationships(of part: String) throws(XLSXError) -> [Relationship] {
        let directory = Self.directory(of: part)
        let name = part.split(separator: "/").last.map(String.init) ?? ""
        let path = (directory.isEmpty ? "" : directory + "/") + "_rels/" + name + ".rels"
        guard existing(path) != nil else { return [] }
        var reader = try xml(path)
        var relationships: [Relationship] = []
        while true {
            let event: XMLReader.Event?
            do {
                event = try reader.next()
            } catch {
                throw XLSXError(source: source, part: path, reason: .malformedXML(line: error.line, message: error.message))
            }
            guard let event else { return relationships }
            guard case .start("Relationship", let attributes) = event,
                attributes.first(where: { $0.name == "TargetMode" })?.value != "External"
            else { continue }
            let value = { (name: String) in attributes.first { $0.name == name }?.value ?? "" }
            relationships.append(Relationship(id: value("Id"), type: value("Type"), target: Self.resolve(value("Target"), from: directory)))
        }
    }

    /// A ZIP archive of the given parts, deflated, with a fixed entry date (the ZIP epoch,
    /// 1980-01-01) so that the same parts always give the same bytes.
    /// - Throws: ``XLSXError`` when the ZIP library fails.
    static func archive(_ parts: [(path: String, bytes: [UInt8])], source: String) throws(XLSXError) -> [UInt8] {
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for part in parts {
                try archive.addEntry(
                    with: part.path, type: .file, uncompressedSize: Int64(part.bytes.count),
                    modificationDate: Date(timeIntervalSince1970: 315_532_800), compressionMethod: .deflate
                ) { position, size in
                    Data(part.bytes[Int(position)..<(Int(position) + size)])
                }
            }
            guard let data = archive.data else { throw XLSXError(source: source, reason: .archive("the archive has no data")) }
            return [UInt8](data)
        } catch let error as XLSXError {
            throw error
        } catch {
            throw XLSXError(source: source, reason: .archive("\(error)"))
        }
    }

    /// The folder of a part name (`xl` for `xl/workbook.xml`).
    private static func directory(of part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return "" }
        return String(part[..<slash])
    }

    /// Resolves a relationship target against the source part's folder, following `.` and `..`.
    static func resolve(_ target: String, from directory: String) -> String {
        let absolute = target.hasPrefix("/")
        var components = absolute ? [] : directory.split(separator: "/").map(String.init)
        for component in target.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": _ = components.popLast()
            default: components.append(String(component))
            }
        }
        return components.joined(separator: "/")
    }
}
