/// A regression loss averaged over every element of the prediction.
public enum Loss: String, Sendable, Codable, CaseIterable, Hashable {
    /// Mean of (prediction − target)².
    case meanSquaredError
    /// Mean of |prediction − target|.
    case meanAbsoluteError

    /// The loss and its gradient with respect to the predictions.
    /// - Parameters:
    ///   - predictions: The network's output.
    ///   - targets: The same shape as `predictions`.
    /// - Returns: The mean loss (accumulated in Double) and dL/d(predictions).
    public func evaluate(predictions: Tensor, targets: Tensor) -> (value: Float, gradient: Tensor) {
        precondition(predictions.shape == targets.shape, "loss: predictions \(predictions.shape) vs targets \(targets.shape)")
        let count = predictions.count
        var gradient = Tensor(uninitializedShape: predictions.shape)
        var total: Double = 0
        let scale = 1 / Float(max(1, count))
        predictions.withBase { p in
            targets.withBase { t in
                gradient.withMutableBase { g in
                    for i in 0..<count {
                        let difference = p[i] - t[i]
                        switch self {
                        case .meanSquaredError:
                            total += Double(difference) * Double(difference)
                            g[i] = 2 * difference * scale
                        case .meanAbsoluteError:
                            total += Double(abs(difference))
                            g[i] = difference > 0 ? scale : (difference < 0 ? -scale : 0)
                        }
                    }
                }
            }
        }
        return (Float(total / Double(max(1, count))), gradient)
    }

    /// The mean loss alone.
    public func value(predictions: Tensor, targets: Tensor) -> Float {
        precondition(predictions.shape == targets.shape, "loss: predictions \(predictions.shape) vs targets \(targets.shape)")
        var total: Double = 0
        for (p, t) in zip(predictions.scalars, targets.scalars) {
            let difference = Double(p - t)
            total += self == .meanSquaredError ? difference * difference : abs(difference)
        }
        return Float(total / Double(max(1, predictions.count)))
    }
}
