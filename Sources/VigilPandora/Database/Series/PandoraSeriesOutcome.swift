/// One module's history ready for the autoencoder, or the reason it is not judged.
public enum PandoraSeriesOutcome: Sendable, Hashable {
    /// The rebuilt series, with at least `--level_data` points (and at least one).
    case ready(PandoraSeries)
    /// The module is left out.
    case skipped(PandoraSkippedModule)
}
