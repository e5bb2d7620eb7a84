/// What Pandora stored for one numeric module around a window of time: the rows inside it, and the
/// last row before it (the value in force when the window opens).
///
/// History is change-compressed: Pandora writes a row only when the value changes or a day has
/// passed, so `values` holds the changes, not every report. ``PandoraSeries`` rebuilds the series
/// on a regular grid.
public struct PandoraStoredHistory: Sendable, Hashable {
    /// The newest row at or before the window's start, if any.
    public var valueBeforeWindow: PandoraStoredValue?
    /// The rows inside the window, oldest first (rows stored for the same second in the order they
    /// were written).
    public var values: [PandoraStoredValue]

    /// Creates a history.
    public init(valueBeforeWindow: PandoraStoredValue? = nil, values: [PandoraStoredValue]) {
        self.valueBeforeWindow = valueBeforeWindow
        self.values = values
    }
}
