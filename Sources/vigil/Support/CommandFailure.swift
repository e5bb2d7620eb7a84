import ArgumentParser

/// A failure reported to the user as one line on standard error, with a non-zero exit code.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
