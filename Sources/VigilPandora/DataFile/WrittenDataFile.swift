/// An agent data file on disk: where ``DataFileWriter`` put it, or where a delivery moved it.
public struct WrittenDataFile: Sendable, Hashable {
    /// The directory holding the file.
    public var directory: String
    /// The file's name.
    public var name: DataFileName

    /// Describes a file `name` in `directory`.
    public init(directory: String, name: DataFileName) {
        self.directory = directory
        self.name = name
    }

    /// `directory/name`.
    public var path: String { DataFilePlacement.join(directory, name.description) }
}
