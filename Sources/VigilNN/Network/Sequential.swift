/// Layers applied one after another; itself a ``Layer``, so sequences nest (for example inside a
/// ``ResidualBlock``).
///
/// ```swift
/// var layout = ParameterLayout()
/// let mlp = Sequential([
///     Flatten(),
///     Dense(inputSize: 512, outputSize: 256, activation: .relu, name: "dense0", layout: &layout),
///     Dense(inputSize: 256, outputSize: 8, name: "head", layout: &layout),
/// ])
/// ```
public struct Sequential: Layer {
    /// The layers, first to last.
    public let layers: [any Layer]

    /// Creates the composition.
    public init(_ layers: [any Layer]) {
        self.layers = layers
    }

    /// Each layer's cache, in order.
    public struct Cache: Sendable {
        let caches: [any Sendable]
    }

    /// Folds the shape through every layer.
    public func outputShape(for inputShape: [Int]) throws(ShapeError) -> [Int] {
        var shape = inputShape
        for layer in layers { shape = try layer.outputShape(for: shape) }
        return shape
    }

    /// Runs every layer.
    public func forward(_ input: Tensor, parameters: ParameterStore, context: ComputeContext) -> (output: Tensor, cache: Cache) {
        var x = input
        var caches: [any Sendable] = []
        caches.reserveCapacity(layers.count)
        for layer in layers {
            let result = layer.erasedForward(x, parameters: parameters, context: context)
            x = result.output
            caches.append(result.cache)
        }
        return (x, Cache(caches: caches))
    }

    /// Runs every layer's backward pass in reverse; the first layer computes dx only when asked.
    public func backward(
        _ outputGradient: Tensor, cache: Cache, parameters: ParameterStore, gradients: inout ParameterStore, context: ComputeContext,
        needsInputGradient: Bool
    ) -> Tensor? {
        var gradient: Tensor? = outputGradient
        for index in layers.indices.reversed() {
            gradient = layers[index].erasedBackward(
                gradient!, cache: cache.caches[index], parameters: parameters, gradients: &gradients, context: context,
                needsInputGradient: index > 0 || needsInputGradient)
        }
        return gradient
    }
}
