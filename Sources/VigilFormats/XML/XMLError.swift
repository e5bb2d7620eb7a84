/// Why an XML document could not be read, and where.
struct XMLError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The line, counting from 1.
    var line: Int
    /// What is wrong.
    var message: String

    var description: String { "line \(line): \(message)" }
}
