extension ParameterStore {
    /// The Euclidean norm of all scalars together (accumulated in Double).
    public var globalNorm: Float {
        var total: Double = 0
        for value in scalars { total += Double(value) * Double(value) }
        return Float(total.squareRoot())
    }

    /// Rescales every scalar so that the global norm is at most `maximumNorm` (gradient clipping).
    /// - Parameter maximumNorm: The largest norm allowed (> 0).
    /// - Returns: The norm before clipping.
    @discardableResult
    public mutating func clipGlobalNorm(to maximumNorm: Float) -> Float {
        precondition(maximumNorm > 0, "the clipping norm must be positive")
        let norm = globalNorm
        if norm > maximumNorm {
            let scale = maximumNorm / norm
            let count = scalars.count
            withMutableBase { p in
                for i in 0..<count { p[i] *= scale }
            }
        }
        return norm
    }
}
