import ArgumentParser
import Foundation
import VigilCore
import VigilFormats
import VigilStore

/// `vigil export observations FILE`: write stored observations as long or wide CSV.
struct ExportObservationsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "observations",
        abstract: "Export observations to a CSV file (long or wide layout).",
        discussion: """
            Long layout: MLAD's timestamp;tag_name;value (importable again as it is). Wide layout: one row
            per timestamp, one column per tag, empty where a tag has no value at that time.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The CSV file to write.")
    var file: String

    @Option(parsing: .upToNextOption, help: "The tags to export (default: every tag with data).")
    var tags: [String] = []

    @Option(help: "Export from this time on (e.g. 2024-03-01 or 2024-03-01T12:00:00Z).")
    var from: TimestampArgument?

    @Option(help: "Export up to this time (inclusive).")
    var to: TimestampArgument?

    @Option(help: "The layout: long or wide.")
    var layout: ObservationCSVLayout = .long

    @Flag(name: .customLong("with-quality"), help: "Long layout: add a fourth column with each value's quality.")
    var withQuality = false

    func run() async throws {
        let store = try DataDirectory(options: global, label: "vigil.export").openStore(create: false)
        let summaries = try await store.seriesSummaries()
        let known = Set(summaries.map(\.tag))
        let selected = tags.isEmpty ? summaries.map(\.tag) : tags.map { TagID($0) }
        if let unknown = selected.first(where: { !known.contains($0) }) {
            throw CommandFailure("no observations of tag '\(unknown)' in \(global.resolvedDataDirectory.path)")
        }
        let range = (from?.timestamp ?? Timestamp(milliseconds: .min))...(to?.timestamp ?? Timestamp(milliseconds: .max))
        let progress = ProgressReporter(enabled: !global.quiet)
        var count = 0
        do {
            switch layout {
            case .long:
                let writer = try LongCSVWriter(path: file, includesQuality: withQuality)
                for tag in selected {
                    let observations = try await store.observations(for: tag, in: range)
                    try writer.write(observations)
                    count += observations.count
                    progress.update("\(count) observations written")
                }
                try writer.finish()
            case .wide:
                var series: [TimeSeries] = []
                for tag in selected {
                    series.append(try await store.series(for: tag, in: range))
                }
                let writer = try WideCSVWriter(path: file, tags: selected)
                try writer.write(series)
                try writer.finish()
                count = series.reduce(0) { $0 + $1.count }
            }
        } catch let error as StoreError {
            throw CommandFailure("\(error)")
        } catch {
            throw CommandFailure("cannot write \(file): \(error)")
        }
        progress.finish("exported \(count) observations of \(selected.count) tags to \(file)")
    }
}
