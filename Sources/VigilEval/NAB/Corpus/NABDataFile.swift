public import VigilCore

/// One NAB data file with its labels: the series a detector scores and the windows it is judged on.
///
/// Rows keep the order of the file. A few NAB files repeat a timestamp (daylight-saving changes) and
/// `realKnownCause/machine_temperature_system_failure.csv` steps back once; NAB scores by row, so
/// Vigil keeps every row as it is.
///
/// ```swift
/// let file = corpus.files[0]
/// let detection = try detector.detect(file.series, warmUp: file.probationaryLength)
/// print(file.relativePath, file.windows)   // "artificialWithAnomaly/art_daily_flatmiddle.csv" [2849...3251]
/// ```
public struct NABDataFile: Hashable, Sendable {
    /// The folder under `data/`: `realKnownCause`, `artificialNoAnomaly` …
    public let category: String
    /// The file name without `.csv`: `nyc_taxi`.
    public let name: String
    /// Each row's timestamp text exactly as in the data file (results files repeat it).
    public let timestampTexts: [String]
    /// Each row's timestamp in milliseconds since the epoch (UTC).
    public let timestamps: [Int64]
    /// Each row's value.
    public let values: [Double]
    /// The anomaly windows as row ranges (inclusive), in order and disjoint.
    public let windows: [ClosedRange<Int>]
    /// The rows of the labelled anomalies (`combined_labels.json`). Windows are centred on them,
    /// except in `realAWSCloudwatch/iio_us-east-1_i-a2eb1cd9_NetworkIn.csv`, whose windows NAB
    /// placed by hand: its first label lies before both windows.
    public let anomalies: [Int]
    /// How many leading rows NAB leaves out of scoring; detectors may spend them warming up.
    public let probationaryLength: Int

    /// Builds a file in memory, e.g. a hand-made test case; the timestamp texts are written
    /// `YYYY-MM-DD hh:mm:ss` as in NAB's data.
    ///
    /// ```swift
    /// let file = try NABDataFile(
    ///     category: "handMade", name: "one_window",
    ///     timestamps: (0..<100).map { Timestamp(seconds: Int64($0) * 300) },
    ///     values: Array(repeating: 0, count: 100), windows: [40...59])
    /// ```
    /// - Parameters:
    ///   - windows: row ranges, in order, disjoint, each at least two rows wide.
    ///   - anomalies: the labelled anomaly rows, if any.
    ///   - probationaryPercent: NAB's probationary fraction (0.15).
    /// - Throws: ``NABCorpusError`` when the columns differ in length or a window or anomaly is invalid.
    public init(
        category: String, name: String, timestamps: [Timestamp], values: [Double], windows: [ClosedRange<Int>],
        anomalies: [Int] = [], probationaryPercent: Double = NABCorpus.probationaryPercent
    ) throws(NABCorpusError) {
        let texts = timestamps.map { String($0.mladText.map { $0 == "T" ? " " : $0 }) }
        try self.init(
            category: category, name: name, timestampTexts: texts, timestamps: timestamps.map(\.milliseconds), values: values,
            windows: windows, anomalies: anomalies, probationaryPercent: probationaryPercent)
    }

    /// Builds a file from parsed columns, checking the windows and anomalies against the rows.
    init(
        category: String, name: String, timestampTexts: [String], timestamps: [Int64], values: [Double],
        windows: [ClosedRange<Int>], anomalies: [Int], probationaryPercent: Double
    ) throws(NABCorpusError) {
        let path = category + "/" + name + ".csv"
        guard timestamps.count == values.count, timestampTexts.count == timestamps.count else {
            throw NABCorpusError(path: path, reason: .mismatchedColumns(timestamps: timestamps.count, values: values.count))
        }
        guard probationaryPercent >= 0, probationaryPercent < 1 else {
            throw NABCorpusError(path: path, reason: .badProbationaryPercent(probationaryPercent))
        }
        var previousEnd = -1
        for window in windows {
            let text = "\(window.lowerBound)...\(window.upperBound)"
            guard window.lowerBound > previousEnd, window.upperBound < values.count else {
                throw NABCorpusError(path: path, reason: .badWindow(text))
            }
            guard window.count >= 2 else { throw NABCorpusError(path: path, reason: .windowTooNarrow(text)) }
            previousEnd = window.upperBound
        }
        if let outside = anomalies.first(where: { !values.indices.contains($0) }) {
            throw NABCorpusError(path: path, reason: .badAnomaly(outside))
        }
        self.category = category
        self.name = name
        self.timestampTexts = timestampTexts
        self.timestamps = timestamps
        self.values = values
        self.windows = windows
        self.anomalies = anomalies
        self.probationaryLength = Self.probationaryLength(rows: values.count, percent: probationaryPercent)
    }

    /// The path under `data/`: `realKnownCause/nyc_taxi.csv` (the key of NAB's label files).
    public var relativePath: String { category + "/" + name + ".csv" }

    /// Number of rows.
    public var count: Int { values.count }

    /// The rows as a series whose tag is the file name, for ``VigilCore`` detectors.
    public var series: TimeSeries { TimeSeries(tag: TagID(name), timestamps: timestamps, values: values) }

    /// NAB's probationary length: `min(floor(percent · rows), percent · 5000)` rows, i.e. 15 % of the
    /// file and at most 750 rows (`nab/util.py`, `getProbationPeriod`).
    /// - Parameters:
    ///   - rows: the file's row count.
    ///   - percent: the probationary fraction (NAB uses 0.15).
    /// - Returns: the number of leading rows that are not scored.
    public static func probationaryLength(rows: Int, percent: Double) -> Int {
        let byFraction = (percent * Double(rows)).rounded(.down)
        // NAB compares the row index with a float cap: index ≥ cap ⇔ index ≥ ⌈cap⌉.
        let cap = (percent * 5000).rounded(.up)
        return Int(min(byFraction, cap))
    }
}
