import Foundation
import VigilCore
import VigilNN

/// Series with known shapes for the detector tests.
enum PandoraTestSeries {
    /// A sine of period 50 around 100 with amplitude 10, plus seeded Gaussian noise of `noise`.
    static func sine(count: Int, noise: Double = 0, seed: UInt64 = 1) -> [Double] {
        var generator = SeededRandom(seed: seed)
        return (0..<count).map { 100 + 10 * sin(2 * Double.pi * Double($0) / 50) + noise * generator.nextNormal() }
    }

    /// `values` one minute apart from 2024-01-01T00:00:00Z.
    static func timeSeries(_ values: [Double]) -> TimeSeries {
        TimeSeries(tag: "metric", timestamps: values.indices.map { 1_704_067_200_000 + Int64($0) * 60_000 }, values: values)
    }
}
