/// How a ``Conv1D`` pads the time axis.
public enum Padding: Sendable, Codable, Hashable {
    /// No padding: the output is shorter by `(kernel − 1)·dilation`.
    case valid
    /// Zero padding so that the output length is ⌈L / stride⌉ (TensorFlow's rule; extra on the right).
    case same
    /// Zero padding on the left only, by `(kernel − 1)·dilation`: step t sees only steps ≤ t.
    case causal
    /// Explicit zero padding on each side.
    case explicit(left: Int, right: Int)

    /// The left and right padding for an input of `length` steps.
    func amounts(length: Int, kernelSize: Int, stride: Int, dilation: Int) -> (left: Int, right: Int) {
        let span = (kernelSize - 1) * dilation + 1
        switch self {
        case .valid:
            return (0, 0)
        case .causal:
            return (span - 1, 0)
        case .explicit(let left, let right):
            return (left, right)
        case .same:
            let outputLength = (length + stride - 1) / stride
            let total = max(0, (outputLength - 1) * stride + span - length)
            return (total / 2, total - total / 2)
        }
    }
}
