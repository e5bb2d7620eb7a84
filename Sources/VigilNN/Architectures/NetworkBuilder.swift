/// Accumulates layers and their parameter layout while tracking the per-sample shape, so builders
/// can size each layer from the previous one.
struct NetworkBuilder {
    let architecture: String
    let seed: UInt64
    var layout: ParameterLayout
    var layers: [any Layer] = []
    /// The current per-sample shape: `[L, C]` for sequences, `[F]` after flattening.
    var shape: [Int]

    init(architecture: String, seed: UInt64, sampleShape: [Int], layout: ParameterLayout = ParameterLayout()) {
        self.architecture = architecture
        self.seed = seed
        self.shape = sampleShape
        self.layout = layout
    }

    /// The last axis.
    var width: Int { shape.last ?? 1 }
    /// The time axis (the first of a sequence).
    var length: Int { shape.first ?? 1 }

    func error(_ field: String, _ reason: String) -> ArchitectureError {
        ArchitectureError(architecture: architecture, field: field, reason: reason)
    }

    /// Appends a layer, updating the shape (layers added here are sized from it, so they fit).
    mutating func append(_ layer: any Layer) {
        layers.append(layer)
        shape = Array(((try? layer.outputShape(for: [1] + shape)) ?? [1] + shape).dropFirst())
    }

    /// Keeps only the last time step: `[L, C]` → `[C]` (a head reading the last step).
    mutating func lastTimeStep() {
        append(LastSteps(count: 1))
        append(Flatten())
    }

    mutating func dense(_ units: Int, activation: Activation, name: String) {
        append(Dense(inputSize: width, outputSize: units, activation: activation, name: name, layout: &layout))
    }

    mutating func conv(_ filters: Int, kernelSize: Int, dilation: Int, padding: Padding, activation: Activation, name: String) {
        append(
            Conv1D(
                inputChannels: width, outputChannels: filters, kernelSize: kernelSize, dilation: dilation, padding: padding, activation: activation,
                name: name, layout: &layout))
    }

    mutating func gru(_ units: Int, returnsSequences: Bool, name: String) {
        append(GRU(inputSize: width, hiddenSize: units, returnsSequences: returnsSequences, name: name, layout: &layout))
    }

    mutating func dropout(_ rate: Float, index: Int) {
        if rate > 0 { append(Dropout(rate: rate, seed: SeededRandom.mix(seed &+ UInt64(index) &* 0x9E37_79B9))) }
    }

    /// Builds a residual body on a sub-builder sharing this layout.
    mutating func residualBlock(name: String, activation: Activation, _ body: (inout NetworkBuilder) -> Void) -> (ResidualBlock, [Int]) {
        var sub = NetworkBuilder(
            architecture: architecture, seed: SeededRandom.mix(seed ^ ParameterStore.nameHash(name)), sampleShape: shape, layout: layout)
        body(&sub)
        layout = sub.layout
        var projection: Dense?
        if sub.width != width {
            projection = Dense(inputSize: width, outputSize: sub.width, name: "\(name).projection", layout: &layout)
        }
        return (ResidualBlock(Sequential(sub.layers), projection: projection, activation: activation), sub.shape)
    }

    mutating func appendResidual(_ block: (ResidualBlock, [Int]), inputWidth: Int) throws(ArchitectureError) {
        guard block.1.first == shape.first else { throw error("residual block", "the body changes the sequence length") }
        append(block.0)
    }

    /// The finished network, with a linear head to `outputCount` values.
    mutating func finish(outputCount: Int, sampleShape: [Int]) throws(ArchitectureError) -> Network {
        if shape.count > 1 { append(Flatten()) }
        dense(outputCount, activation: .linear, name: "head")
        do {
            return try Network(body: Sequential(layers), layout: layout, sampleShape: sampleShape)
        } catch {
            throw ArchitectureError(architecture: architecture, field: error.layer, reason: error.description)
        }
    }
}
