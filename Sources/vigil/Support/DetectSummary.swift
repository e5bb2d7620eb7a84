import VigilCore
import VigilTelemetry

/// `vigil detect --json` output.
struct DetectSummary: Encodable {
    let file: String
    let detector: String
    let warmUp: Int
    let points: Int
    let flagged: Int
    let explanations: [PointExplanation]

    init(file: String, detector: String, warmUp: Int, series: TimeSeries, detection: UnivariateDetection) {
        self.file = file
        self.detector = detector
        self.warmUp = warmUp
        self.points = series.count
        self.flagged = detection.flags.filter { $0 }.count
        self.explanations = detection.explanations
    }
}
