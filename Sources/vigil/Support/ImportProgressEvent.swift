import VigilFormats

/// One line of `vigil import observations --json` output.
struct ImportProgressEvent: Encodable {
    /// `committed` after each durable batch, `file` when a file is done, `done` at the end.
    let event: String
    let file: String?
    /// Observations committed so far from this file (`done`: from all files).
    let observations: Int
    let rows: Int?
    let badRows: Int?
    let tags: Int?
    let layout: String?

    init(event: String, file: String?, observations: Int, summary: ObservationCSVSummary? = nil) {
        self.event = event
        self.file = file
        self.observations = observations
        self.rows = summary?.rows
        self.badRows = summary?.badRows
        self.tags = summary?.tags.count
        self.layout = summary?.layout?.rawValue
    }
}
