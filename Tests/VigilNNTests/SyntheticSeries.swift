import Foundation

@testable import VigilNN

/// A standardised 4-tag series — two phase-shifted sines, a faster sine, and a tag that is a lagged
/// nonlinear function of the first — with Gaussian noise, cut into next-step forecasting windows.
enum SyntheticSeries {
    static func windows(length: Int = 1_200, window: Int = 16, seed: UInt64 = 7) -> (inputs: Tensor, targets: Tensor) {
        var generator = SeededRandom(seed: seed)
        let tags = 4
        var series = [[Double]](repeating: [], count: tags)
        for t in 0..<length {
            let time = Double(t)
            series[0].append(sin(2 * .pi * time / 32))
            series[1].append(sin(2 * .pi * time / 32 + 1.3))
            series[2].append(sin(2 * .pi * time / 20 + 0.4))
            series[3].append(tanh(1.5 * sin(2 * .pi * (time - 4) / 32)))
        }
        for tag in 0..<tags {
            for t in 0..<length { series[tag][t] += 0.05 * generator.nextNormal() }
            let mean = series[tag].reduce(0, +) / Double(length)
            let deviation = (series[tag].map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(length)).squareRoot()
            series[tag] = series[tag].map { ($0 - mean) / deviation }
        }
        let count = length - window
        var inputs: [Float] = []
        var targets: [Float] = []
        inputs.reserveCapacity(count * window * tags)
        for start in 0..<count {
            for t in start..<(start + window) {
                for tag in 0..<tags { inputs.append(Float(series[tag][t])) }
            }
            for tag in 0..<tags { targets.append(Float(series[tag][start + window])) }
        }
        return (Tensor(shape: [count, window, tags], scalars: inputs), Tensor(shape: [count, tags], scalars: targets))
    }
}
