// Library types read from the command line. The types are public, so their conformances are too,
// hence the public imports.
public import ArgumentParser
public import Logging
public import VigilFormats

extension AssetTreeFormat: ExpressibleByArgument {}
extension ObservationCSVLayout: ExpressibleByArgument {}
extension CSVTimestampFormat: ExpressibleByArgument {}
extension Logger.Level: @retroactive ExpressibleByArgument {}
