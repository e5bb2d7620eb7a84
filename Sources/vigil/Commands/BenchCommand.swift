import ArgumentParser

/// `vigil bench`: evaluations on public benchmarks, printed by the program itself.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Score Vigil's detectors on public benchmarks (NAB).",
        subcommands: [BenchNABCommand.self]
    )
}
