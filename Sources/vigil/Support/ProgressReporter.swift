import Foundation

/// Progress output for long work, on standard error so standard output stays parseable.
///
/// On a terminal it rewrites one line at most ten times a second; otherwise (a pipe, a log) it
/// prints a full line at most once a second. `finish` always prints the final line.
final class ProgressReporter {
    private let enabled: Bool
    private let interactive: Bool
    private var lastPrint = ContinuousClock.now
    private let interval: Duration

    init(enabled: Bool) {
        self.enabled = enabled
        self.interactive = isatty(FileHandle.standardError.fileDescriptor) == 1
        self.interval = interactive ? .milliseconds(100) : .seconds(1)
        self.lastPrint = ContinuousClock.now - interval
    }

    /// Shows `message` unless one was shown too recently.
    func update(_ message: @autoclosure () -> String) {
        guard enabled else { return }
        let now = ContinuousClock.now
        guard now - lastPrint >= interval else { return }
        lastPrint = now
        write(interactive ? "\r\u{1B}[2K" + message() : message() + "\n")
    }

    /// Shows the final message of a piece of work.
    func finish(_ message: String) {
        guard enabled else { return }
        write(interactive ? "\r\u{1B}[2K" + message + "\n" : message + "\n")
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
