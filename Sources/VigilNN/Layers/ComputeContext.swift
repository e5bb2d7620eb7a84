import Foundation

/// How a forward or backward pass runs: training or inference, the step (for dropout masks) and
/// how many threads kernels may use.
///
/// Results do not depend on `threads`: every kernel splits its output into disjoint parts.
public struct ComputeContext: Sendable, Hashable {
    /// Whether this is a training pass (dropout active, caches kept for backward).
    public var isTraining: Bool
    /// The optimisation step, which selects the dropout masks.
    public var step: UInt64
    /// The most threads a kernel may use.
    public var threads: Int

    /// Creates a context.
    public init(isTraining: Bool, step: UInt64 = 0, threads: Int = ComputeContext.defaultThreads) {
        self.isTraining = isTraining
        self.step = step
        self.threads = max(1, threads)
    }

    /// The number of active processors.
    public static var defaultThreads: Int { ProcessInfo.processInfo.activeProcessorCount }

    /// An inference pass.
    /// - Parameter threads: The most threads to use (1 when many inferences run concurrently).
    public static func inference(threads: Int = 1) -> ComputeContext {
        ComputeContext(isTraining: false, threads: threads)
    }

    /// A training pass at the given step.
    public static func training(step: UInt64, threads: Int = ComputeContext.defaultThreads) -> ComputeContext {
        ComputeContext(isTraining: true, step: step, threads: threads)
    }
}
