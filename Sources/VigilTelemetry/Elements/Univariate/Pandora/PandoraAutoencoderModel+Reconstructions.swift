import VigilNN

extension PandoraAutoencoderModel {
    /// A batch of scaled windows, the network's reconstructions, and each window's error.
    struct Reconstructions {
        /// Values per window.
        let window: Int
        /// The scaling's offset and span, to map reconstructions back to the series' units.
        let minimum: Double
        let span: Double
        /// `[count, window]`, scaled.
        let inputs: Tensor
        /// `[count, window]`, scaled.
        let outputs: Tensor
        /// Mean absolute difference between each window and its reconstruction.
        let errors: [Double]

        init(window: Int, minimum: Double, span: Double, inputs: Tensor, outputs: Tensor) {
            self.window = window
            self.minimum = minimum
            self.span = span
            self.inputs = inputs
            self.outputs = outputs
            errors = inputs.withUnsafeBufferPointer { x in
                outputs.withUnsafeBufferPointer { y in
                    (0..<(x.count / window)).map { row in
                        var total: Double = 0
                        for index in (row * window)..<((row + 1) * window) { total += Double(abs(x[index] - y[index])) }
                        return total / Double(window)
                    }
                }
            }
        }

        /// The reconstruction of one value of one window, in the series' units.
        func value(window row: Int, position: Int) -> Double {
            Double(outputs.scalars[row * window + position]) * span + minimum
        }

        /// Each position's part of one window's error: `|x − x̂|` over their sum (all equal when the
        /// reconstruction is exact).
        func shares(window row: Int) -> [Double] {
            let differences = (0..<window).map { Double(abs(inputs.scalars[row * window + $0] - outputs.scalars[row * window + $0])) }
            let total = differences.reduce(0, +)
            return total > 0 ? differences.map { $0 / total } : Array(repeating: 1 / Double(window), count: window)
        }
    }
}
