/// Why a plugin run could not do its work; the command prints `0` and this on standard error.
public enum PandoraPluginError: Error, CustomStringConvertible {
    /// Reading Pandora's database failed.
    case database(PandoraDatabaseError)
    /// Writing the XML data file failed.
    case dataFile(DataFileError)
    /// Moving or sending the data file failed.
    case delivery(any Error)

    public var description: String {
        switch self {
        case .database(let error): "\(error)"
        case .dataFile(let error): "\(error)"
        case .delivery(let error): "could not deliver the data file: \(error)"
        }
    }
}
