extension PandoraAutoencoderError {
    /// The same failure in the terms of ``UnivariateDetector``.
    func univariateDetectionError(detector: String) -> UnivariateDetectionError {
        switch self {
        case .tooShort(let points, let needed): .tooShort(points: points, needed: needed, detector: detector)
        case .nonFiniteValue(let index): .nonFiniteValue(index: index, detector: detector)
        case .invalidConfiguration(let field, let reason): .invalidConfiguration(field: field, reason: reason)
        case .constantSeries(let value, let points):
            preconditionFailure("detect scores a constant series (\(points) × \(value)) instead of rejecting it")
        }
    }
}
