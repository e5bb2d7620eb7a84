import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Worker threads that outlive a parallel region and spin for a moment before sleeping, so that the
/// regions of a training step — each tens of microseconds long — start without waking a thread.
///
/// Waking a sleeping thread (what `DispatchQueue.concurrentPerform` does for every call) costs
/// about 10 µs, and more in a virtual machine. A pool thread polls for the next region for up to
/// ``spinDuration`` and only then blocks on a condition variable. One region runs at a time; a
/// region started while another is running (from inside a part, or from another thread) gets `false`
/// from ``run(parts:threads:_:)`` and the caller falls back to libdispatch.
final class WorkerPool: @unchecked Sendable {
    /// The process-wide pool; workers are started on first use, up to the most ever requested.
    static let shared = WorkerPool()

    /// How long an idle worker polls before it sleeps.
    static let spinDuration = Duration.microseconds(200)

    /// What a region runs.
    private struct Job {
        var parts: Int
        var helpers: Int
        var body: (Int) -> Void
    }

    /// Bumped for every region; workers wait for it to change.
    private let generation = Atomic<Int>(0)
    /// The next part to hand out.
    private let nextPart = Atomic<Int>(0)
    /// Workers that have finished with the current region.
    private let finishedWorkers = Atomic<Int>(0)
    /// Whether a region is running.
    private let busy = Atomic<Bool>(false)
    /// Workers blocked on ``condition``.
    private let sleepers = Atomic<Int>(0)
    private let condition = NSCondition()
    /// The current region, written before ``generation`` is bumped and read after it changes.
    private let job = UnsafeMutablePointer<Job?>.allocate(capacity: 1)
    /// Started workers; changed only while ``busy`` is held.
    private var workerCount = 0

    private init() {
        job.initialize(to: nil)
    }

    /// Calls `body(part)` for every part in `0..<parts` on the calling thread and up to `threads − 1`
    /// workers, and returns when all are done.
    /// - Returns: false, without calling `body`, when another region is running.
    func run(parts: Int, threads: Int, _ body: (Int) -> Void) -> Bool {
        guard busy.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged else { return false }
        while workerCount < threads - 1 {
            let index = workerCount
            let seen = generation.load(ordering: .relaxed)
            let thread = Thread { [self] in work(index: index, seen: seen) }
            thread.name = "VigilNN worker \(index)"
            thread.start()
            workerCount += 1
        }
        withoutActuallyEscaping(body) { body in
            job.pointee = Job(parts: parts, helpers: threads - 1, body: body)
            nextPart.store(0, ordering: .relaxed)
            finishedWorkers.store(0, ordering: .relaxed)
            generation.add(1, ordering: .sequentiallyConsistent)
            if sleepers.load(ordering: .sequentiallyConsistent) > 0 {
                condition.lock()
                condition.broadcast()
                condition.unlock()
            }
            runParts(of: job.pointee!)
            var spins = 0
            while finishedWorkers.load(ordering: .acquiring) < workerCount {
                // A worker that the system has descheduled gets the core back sooner.
                spins &+= 1
                if spins & 255 == 0 { sched_yield() }
            }
            job.pointee = nil
        }
        busy.store(false, ordering: .releasing)
        return true
    }

    /// Takes parts of `job` until none are left.
    private func runParts(of job: Job) {
        while true {
            let part = nextPart.add(1, ordering: .relaxed).oldValue
            guard part < job.parts else { return }
            job.body(part)
        }
    }

    /// A worker's life: wait for the region after `seen`, help with it if it asks for this many
    /// helpers, report, repeat.
    private func work(index: Int, seen start: Int) {
        var seen = start
        while true {
            let spinStart = ContinuousClock.now
            var spins = 0
            while generation.load(ordering: .acquiring) == seen {
                spins &+= 1
                if spins & 1023 == 0 && ContinuousClock.now - spinStart > Self.spinDuration {
                    condition.lock()
                    sleepers.add(1, ordering: .sequentiallyConsistent)
                    while generation.load(ordering: .sequentiallyConsistent) == seen { condition.wait() }
                    sleepers.subtract(1, ordering: .relaxed)
                    condition.unlock()
                }
            }
            seen = generation.load(ordering: .acquiring)
            do {
                // Scoped so that this copy of the body is released before the region is reported done.
                let current = job.pointee!
                if index < current.helpers { runParts(of: current) }
            }
            finishedWorkers.add(1, ordering: .releasing)
        }
    }
}
