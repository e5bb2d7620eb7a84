/// A complete model: a ``Sequential`` body, the layout of its parameters, and the per-sample input
/// and output shapes it was checked against.
///
/// The value holds no weights, so it is freely shared; ``predict(_:parameters:threads:)`` may be
/// called concurrently with one shared ``ParameterStore``.
///
/// ```swift
/// let network = try ForecasterArchitecture.tcn(TCNConfiguration()).makeNetwork(windowLength: 64, inputCount: 8, outputCount: 8)
/// let parameters = network.initialParameters(seed: 1)
/// let forecast = network.predict(windows, parameters: parameters)   // [N, 8]
/// ```
public struct Network: Sendable {
    /// The layers.
    public let body: Sequential
    /// The parameter manifest.
    public let layout: ParameterLayout
    /// The shape of one sample, without the batch dimension (e.g. `[L, C]`).
    public let sampleShape: [Int]
    /// The shape of one output, without the batch dimension (e.g. `[outputs]`).
    public let outputShape: [Int]

    /// Checks the body against a per-sample input shape.
    /// - Throws: ``ShapeError`` when a layer cannot take its input.
    public init(body: Sequential, layout: ParameterLayout, sampleShape: [Int]) throws(ShapeError) {
        self.body = body
        self.layout = layout
        self.sampleShape = sampleShape
        self.outputShape = Array(try body.outputShape(for: [1] + sampleShape).dropFirst())
    }

    /// Freshly initialised parameters (deterministic for a seed).
    public func initialParameters(seed: UInt64) -> ParameterStore {
        ParameterStore(initializing: layout, seed: seed)
    }

    /// Inference on a batch `[N] + sampleShape`.
    ///
    /// With several threads the batch is split into contiguous shards that run concurrently. Every
    /// layer treats samples independently at inference and every kernel computes a row the same way
    /// whatever the rows around it, so the result is bit-identical for any thread count — and each
    /// row equals what a batch of one gives.
    /// - Parameters:
    ///   - input: The batch.
    ///   - parameters: Weights with this network's layout.
    ///   - threads: The most threads to use (1 when several predictions run concurrently).
    /// - Returns: `[N] + outputShape`.
    public func predict(_ input: Tensor, parameters: ParameterStore, threads: Int = 1) -> Tensor {
        precondition(Array(input.shape.dropFirst()) == sampleShape, "network expects [N] + \(sampleShape), got \(input.shape)")
        _ = MemoryTuning.applied
        let count = input.shape[0]
        let ranges = Parallel.split(count: count, parts: min(threads, count / Self.minimumShardSamples), alignment: 1)
        guard ranges.count > 1 else { return body.forward(input, parameters: parameters, context: .inference(threads: threads)).output }
        let outputWidth = outputShape.reduce(1, *)
        var output = Tensor(uninitializedShape: [count] + outputShape)
        let destination = UncheckedBox(output.withMutableBase { $0 })
        let perShard = max(1, threads / ranges.count)
        Parallel.forEach(parts: ranges.count, threads: threads) { shard in
            let range = ranges[shard]
            let result = body.forward(Self.rows(input, range), parameters: parameters, context: .inference(threads: perShard)).output
            result.withBase { (destination.value + range.lowerBound * outputWidth).update(from: $0, count: result.count) }
        }
        return output
    }

    /// One training pass on a batch: forward, loss, backward.
    ///
    /// The batch is cut into `shards` contiguous parts (data parallelism); each part runs forward and
    /// backward on its own (concurrently when `context.threads` allows) and the gradients are added
    /// in shard order, weighted by their share of the batch. The shard count, not the thread count,
    /// fixes the order of summation, so results are identical on one thread or many.
    /// - Parameters:
    ///   - input: The batch `[N] + sampleShape`.
    ///   - targets: `[N] + outputShape`.
    ///   - loss: The loss to minimise (the mean over the batch).
    ///   - parameters: Current weights.
    ///   - gradients: Receives dL/dθ, added to what it holds.
    ///   - context: A training context (its step selects dropout masks).
    ///   - shards: How many parts to cut the batch into (1 = the whole batch at once).
    /// - Returns: The batch loss.
    @discardableResult
    public func accumulateGradients(
        input: Tensor, targets: Tensor, loss: Loss, parameters: ParameterStore, gradients: inout ParameterStore, context: ComputeContext,
        shards: Int = 1
    ) -> Float {
        var workspaces = ShardGradients(layout: layout)
        return gradientStep(
            input: input, targets: targets, loss: loss, parameters: parameters, gradients: &gradients, overwriting: false, workspaces: &workspaces,
            context: context, shards: shards)
    }

    /// ``accumulateGradients(input:targets:loss:parameters:gradients:context:shards:)`` with the shard
    /// stores supplied by the caller (a trainer keeps them from step to step). With `overwriting`,
    /// `gradients` is replaced instead of added to, which spares the caller clearing it.
    func gradientStep(
        input: Tensor, targets: Tensor, loss: Loss, parameters: ParameterStore, gradients: inout ParameterStore, overwriting: Bool,
        workspaces: inout ShardGradients, context: ComputeContext, shards: Int
    ) -> Float {
        let count = input.shape[0]
        let ranges = Parallel.split(count: count, parts: shards, alignment: 1)
        guard ranges.count > 1 else {
            if overwriting { gradients.zero() }
            let (output, cache) = body.forward(input, parameters: parameters, context: context)
            let (value, gradient) = loss.evaluate(predictions: output, targets: targets)
            _ = body.backward(gradient, cache: cache, parameters: parameters, gradients: &gradients, context: context, needsInputGradient: false)
            return value
        }
        var losses = [Float](repeating: 0, count: ranges.count)
        let parallel = context.threads > 1 && layout.scalarCount * count >= Self.parallelWork
        let perShard = max(1, context.threads / ranges.count)
        workspaces.withStores(count: ranges.count) { stores in
            losses.withUnsafeMutableBufferPointer { shardLosses in
                let box = UncheckedBox((stores, shardLosses))
                Parallel.forEach(parts: ranges.count, threads: parallel ? context.threads : 1) { shard in
                    let range = ranges[shard]
                    let shardContext = ComputeContext(
                        isTraining: true, step: context.step &* UInt64(ranges.count) &+ UInt64(shard), threads: perShard)
                    let (output, cache) = body.forward(Self.rows(input, range), parameters: parameters, context: shardContext)
                    let (value, gradient) = loss.evaluate(predictions: output, targets: Self.rows(targets, range))
                    _ = body.backward(
                        gradient, cache: cache, parameters: parameters, gradients: &box.value.0[shard], context: shardContext,
                        needsInputGradient: false)
                    box.value.1[shard] = value
                }
            }
        }
        let weights = ranges.map { Float($0.count) / Float(count) }
        workspaces.sum(weights: weights, into: &gradients, overwriting: overwriting, threads: context.threads)
        return zip(weights, losses).reduce(0) { $0 + $1.0 * $1.1 }
    }

    /// Shards of a batch below this many samples are not worth a thread.
    static let minimumShardSamples = 4
    /// Parameters × samples from which training shards run concurrently.
    static let parallelWork = 1 << 15

    /// A copy of the samples in `range` (first axis).
    static func rows(_ tensor: Tensor, _ range: Range<Int>) -> Tensor {
        let width = tensor.count / max(1, tensor.shape[0])
        return Tensor(
            shape: [range.count] + tensor.shape.dropFirst(), scalars: Array(tensor.scalars[(range.lowerBound * width)..<(range.upperBound * width)]))
    }
}
