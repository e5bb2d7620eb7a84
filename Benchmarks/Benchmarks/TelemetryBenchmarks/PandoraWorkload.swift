import Foundation
import VigilCore

/// The Pandora plugin workload of `specs/peer-performance.md` §A: 20 modules, each one week of
/// history at 60 s (10,080 values) shaped like the peer's synthetic series — a daily sine with a
/// random phase, a weekly sine and Gaussian noise.
enum PandoraWorkload {
    static let modules = 20
    static let values = 10_080

    /// One series per module, seeded by its index.
    static let series: [[Double]] = (0..<modules).map { module in
        var random = SeededGenerator(seed: 1000 + UInt64(module))
        let phase = Double.random(in: 0..<6.28, using: &random)
        return (0..<values).map { minute in
            let t = Double(minute)
            return 50 + 20 * sin(2 * Double.pi * t / 1440 + phase) + 5 * sin(2 * Double.pi * t / 10080) + 2 * random.gaussian()
        }
    }
}
