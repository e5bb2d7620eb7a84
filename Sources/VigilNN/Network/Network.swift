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
    /// - Parameters:
    ///   - input: The batch.
    ///   - parameters: Weights with this network's layout.
    ///   - threads: The most threads to use (1 when several predictions run concurrently).
    /// - Returns: `[N] + outputShape`.
    public func predict(_ input: Tensor, parameters: ParameterStore, threads: Int = 1) -> Tensor {
        precondition(Array(input.shape.dropFirst()) == sampleShape, "network expects [N] + \(sampleShape), got \(input.shape)")
        _ = MemoryTuning.applied
        return body.forward(input, parameters: parameters, context: .inference(threads: threads)).output
    }

    /// One training pass on a batch: forward, loss, backward.
    /// - Parameters:
    ///   - input: The batch `[N] + sampleShape`.
    ///   - targets: `[N] + outputShape`.
    ///   - loss: The loss to minimise.
    ///   - parameters: Current weights.
    ///   - gradients: Receives dL/dθ, added to what it holds.
    ///   - context: A training context (its step selects dropout masks).
    /// - Returns: The batch loss.
    @discardableResult
    public func accumulateGradients(
        input: Tensor, targets: Tensor, loss: Loss, parameters: ParameterStore, gradients: inout ParameterStore, context: ComputeContext
    ) -> Float {
        let (output, cache) = body.forward(input, parameters: parameters, context: context)
        let (value, gradient) = loss.evaluate(predictions: output, targets: targets)
        _ = body.backward(gradient, cache: cache, parameters: parameters, gradients: &gradients, context: context, needsInputGradient: false)
        return value
    }
}
