/// The gradient stores of data-parallel training, one per shard of a batch.
///
/// Each shard's backward pass accumulates into its own store; ``sum(weights:into:overwriting:threads:)``
/// then adds them into the batch gradient in shard order and clears them in the same pass, so the
/// stores are zero again for the next step without a separate fill. A trainer keeps one value for
/// the whole fit; nothing is allocated per step.
struct ShardGradients {
    /// The layout of every store.
    let layout: ParameterLayout
    /// The stores, created when first needed.
    private var stores: [ParameterStore] = []

    /// Creates the value; stores are allocated on first use.
    init(layout: ParameterLayout) {
        self.layout = layout
    }

    /// Calls `body` with at least `count` stores (zero between steps).
    mutating func withStores<R>(count: Int, _ body: (UnsafeMutablePointer<ParameterStore>) -> R) -> R {
        while stores.count < count { stores.append(ParameterStore(zerosFor: layout)) }
        return stores.withUnsafeMutableBufferPointer { body($0.baseAddress!) }
    }

    /// `gradients (+)= Σ weights[s]·store[s]`, one fused multiply–add per shard in shard order
    /// (starting from zero when `overwriting`), and clears the first `weights.count` stores, in one
    /// pass (split over up to `threads` threads for large stores).
    mutating func sum(weights: [Float], into gradients: inout ParameterStore, overwriting: Bool, threads: Int) {
        let count = layout.scalarCount
        withStores(count: weights.count) { stores in
            let sources = (0..<weights.count).map { stores[$0].withMutableBase { $0 } }
            let box = UncheckedBox((sources, gradients.withMutableBase { $0 }))
            Parallel.forEachRange(count: count, threads: count >= Self.parallelCount ? threads : 1, alignment: 8) { range in
                VectorMath.weightedSumClearing(box.value.0, weights: weights, into: box.value.1, range: range, overwriting: overwriting)
            }
        }
    }

    /// Stores from this many scalars are summed on several threads (as ``AdamState/parallelCount``).
    static let parallelCount = AdamState.parallelCount
}
