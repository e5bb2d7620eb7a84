import Foundation
import VigilNN

/// The MLAD-style forecasting workload of `specs/peer-performance.md` §B: 8 tags (sines of different
/// periods and phases plus Gaussian noise), windows of 64 steps, predict the next step; batch 64,
/// Adam 1e-3, MSE.
enum ForecastWorkload {
    static let tags = 8
    static let window = 64
    static let windows = 20_000

    /// The five benchmarked architectures at the peer shapes (CNN has no peer figure: two stages of
    /// 32 filters, kernel 3, max-pool 2, then a linear head).
    static let architectures: [(name: String, architecture: ForecasterArchitecture)] = [
        ("Dense", .dense(DenseForecasterConfiguration(layerMultipliers: [0.5, 0.25]))),
        ("TCN", .tcn(TCNConfiguration(kernelSize: 3, filters: 32, dilations: [1, 2, 4, 8], residual: false))),
        ("CNN", .cnn(CNNConfiguration())),
        ("GRU", .rnn(RNNConfiguration(units: [64]))),
        ("Transformer", .transformer(TransformerConfiguration(modelSize: 32, headCount: 2, encoderBlocks: 2, feedForwardSize: 64))),
    ]

    /// Inputs `[20000, 64, 8]` and targets `[20000, 8]`.
    static let data: (inputs: Tensor, targets: Tensor) = {
        var generator = SeededRandom(seed: 4)
        let length = windows + window + 1
        let periods: [Double] = [50, 73, 101, 150, 200, 333, 500, 1000]
        let phases = periods.map { _ in generator.nextUniform() * 2 * Double.pi }
        var series = [Float](repeating: 0, count: length * tags)
        for t in 0..<length {
            for tag in 0..<tags {
                series[t * tags + tag] = Float(sin(2 * Double.pi * Double(t) / periods[tag] + phases[tag]) + 0.1 * generator.nextNormal())
            }
        }
        var inputs = [Float]()
        inputs.reserveCapacity(windows * window * tags)
        for start in 0..<windows { inputs.append(contentsOf: series[(start * tags)..<((start + window) * tags)]) }
        let targets = Array(series[(window * tags)..<((window + windows) * tags)])
        return (Tensor(shape: [windows, window, tags], scalars: inputs), Tensor(shape: [windows, tags], scalars: targets))
    }()

    static func network(_ architecture: ForecasterArchitecture) -> Network {
        try! architecture.makeNetwork(windowLength: window, inputCount: tags, outputCount: tags)
    }

    /// A contiguous batch of windows starting at `first`.
    static func batch(_ first: Int, _ count: Int) -> Tensor {
        let width = window * tags
        return Tensor(shape: [count, window, tags], scalars: Array(data.inputs.scalars[(first * width)..<((first + count) * width)]))
    }
}
