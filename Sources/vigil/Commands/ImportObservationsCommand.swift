import ArgumentParser
import Foundation
import VigilCore
import VigilFormats
import VigilStore

/// `vigil import observations FILE…`: load observations from long or wide CSV files.
struct ImportObservationsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "observations",
        abstract: "Import observations from CSV files (long or wide layout).",
        discussion: """
            Long layout (MLAD's): timestamp;tag_name;value[;quality]. Wide layout: a timestamp column, then
            one column per tag (NAB's and SKAB's files). The layout, separator, header and timestamp format
            are detected unless given; docs/formats.md has the rules.

            Every batch is durable before it is reported: a crash loses nothing that progress output has
            counted. A bad row stops the import with its line number and the reason, unless --skip-bad is
            given, in which case bad rows are counted and the first ones reported.

            Example (NAB, one tag per file named after it):
              vigil import observations --tag-prefix '{file}' --rename value= NAB/data/*/*.csv
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "CSV files to import.")
    var files: [String]

    @Option(help: "The layout: long or wide (default: detected).")
    var layout: ObservationCSVLayout?

    @Option(help: "The separator: ',', ';', 'tab' or another single character (default: detected).")
    var separator: String?

    @Option(name: .customLong("timestamp-column"), help: "Wide layout: the timestamp column, by name or 1-based #position.")
    var timestampColumn: String?

    @Option(name: .customLong("time-format"), help: "Timestamps: iso8601, epochSeconds or epochMilliseconds (default: detected).")
    var timeFormat: CSVTimestampFormat?

    @Option(
        name: .customLong("tag-prefix"),
        help: "Wide layout: prefix every tag id with this text; '{file}' stands for the file name without extension.")
    var tagPrefix: String = ""

    @Option(
        parsing: .singleValue,
        help: ArgumentHelp("Wide layout: rename a column's tag (repeatable); an empty new name leaves only the prefix.", valueName: "column=tag"))
    var rename: [String] = []

    @Option(name: .customLong("skip-column"), parsing: .singleValue, help: "Wide layout: a column not to import (repeatable).")
    var skipColumns: [String] = []

    @Flag(name: .customLong("skip-bad"), help: "Skip bad rows, counting them, instead of stopping at the first one.")
    var skipBad = false

    @Flag(name: .customLong("register-tags"), help: "Add tags that are not yet in the asset tree to it (without an asset).")
    var registerTags = false

    @Option(name: .customLong("batch-size"), help: "Observations per durable batch.")
    var batchSize: Int = 65_536

    @Flag(help: "Print progress and the result as JSON lines on standard output.")
    var json = false

    func validate() throws {
        guard batchSize > 0 else { throw ValidationError("--batch-size must be positive") }
        if let separator, parsedSeparator(separator) == nil {
            throw ValidationError("--separator must be ',', ';', 'tab' or one punctuation character, not '\(separator)'")
        }
        for pair in rename where !pair.contains("=") {
            throw ValidationError("--rename takes column=tag, not '\(pair)'")
        }
    }

    func run() async throws {
        let store = try DataDirectory(options: global, label: "vigil.import").openStore(create: true)
        let progress = ProgressReporter(enabled: !global.quiet && !json)
        let output = JSONLinesOutput(enabled: json)
        var knownTags = Set(try await store.assetTree().tags.map(\.id))
        var grandTotal = 0
        let started = ContinuousClock.now
        for file in files {
            let reader: ObservationCSVReader
            do {
                reader = try ObservationCSVReader(path: file, options: options(for: file))
            } catch {
                throw CommandFailure("\(error)")
            }
            var committed = 0
            do {
                while let batch = try reader.nextBatch() {
                    try await store.appendObservations(batch.observations)
                    committed += batch.observations.count
                    output.emit(ImportProgressEvent(event: "committed", file: file, observations: committed))
                    let percent = batch.fractionRead.map { " \(Int($0 * 100))%" } ?? ""
                    progress.update("\(file):\(percent) \(committed) observations")
                }
            } catch let error as ObservationCSVError {
                throw CommandFailure("\(error) (\(committed) observations before it were imported)")
            }
            let summary = reader.summary
            if registerTags {
                let newTags = summary.tags.filter { !knownTags.contains($0) }.map { Tag(id: $0) }
                if !newTags.isEmpty {
                    try await store.mergeIntoAssetTree(assets: [], tags: newTags)
                    knownTags.formUnion(newTags.map(\.id))
                }
            }
            grandTotal += committed
            output.emit(ImportProgressEvent(event: "file", file: file, observations: committed, summary: summary))
            progress.finish(describe(summary, file: file))
            for error in summary.errors where skipBad {
                progress.finish("  skipped: \(error)")
            }
        }
        let seconds = max((ContinuousClock.now - started).seconds, 1e-9)
        output.emit(ImportProgressEvent(event: "done", file: nil, observations: grandTotal))
        if files.count > 1 {
            progress.finish("imported \(grandTotal) observations from \(files.count) files in \(format(seconds)) s")
        }
    }

    private func describe(_ summary: ObservationCSVSummary, file: String) -> String {
        var text = "\(file): \(summary.observations) observations of \(summary.tags.count) tags from \(summary.rows) rows"
        if let layout = summary.layout { text += " (\(layout) layout)" }
        if summary.badRows > 0 { text += ", \(summary.badRows) bad rows skipped" }
        if summary.missingValues > 0 { text += ", \(summary.missingValues) empty values" }
        return text
    }

    private func options(for file: String) -> ObservationCSVOptions {
        let stem = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        let prefix = tagPrefix.replacingOccurrences(of: "{file}", with: stem)
        var renames: [String: String] = [:]
        for pair in rename {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            renames[String(parts[0])] = parts.count > 1 ? String(parts[1]) : ""
        }
        let skipped = Set(skipColumns)
        let mapping: @Sendable (WideColumn) -> TagID? = { [renames, skipped, prefix] column in
            let name = column.defaultTagID.rawValue
            if skipped.contains(name) { return nil }
            let id = prefix + (renames[name] ?? name)
            return id.isEmpty ? column.defaultTagID : TagID(id)
        }
        var options = ObservationCSVOptions(
            layout: layout, separator: separator.flatMap(parsedSeparator), timestampFormat: timeFormat,
            columnMapping: mapping, skipBadRows: skipBad, batchSize: batchSize)
        if let timestampColumn {
            if timestampColumn.hasPrefix("#"), let position = Int(timestampColumn.dropFirst()), position >= 1 {
                options.timestampColumn = .position(position - 1)
            } else {
                options.timestampColumn = .name(timestampColumn)
            }
        }
        return options
    }

    private func parsedSeparator(_ text: String) -> CSVSeparator? {
        switch text.lowercased() {
        case "tab", "\\t", "\t": return .tab
        default: return text.count == 1 ? CSVSeparator(text.first!) : nil
        }
    }

    private func format(_ seconds: Double) -> String {
        String(format: "%.2f", seconds)
    }
}

extension Duration {
    /// The duration in seconds as a `Double`.
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) * 1e-18
    }
}
