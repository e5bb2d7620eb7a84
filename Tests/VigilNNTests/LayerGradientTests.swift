import Testing

@testable import VigilNN

/// Finite-difference checks of every layer's backward pass, with respect to inputs and parameters.
struct LayerGradientTests {
    @Test(arguments: Activation.allCases)
    func denseWithEachActivation(_ activation: Activation) {
        var layout = ParameterLayout()
        let layer = Dense(inputSize: 7, outputSize: 5, activation: activation, name: "dense", layout: &layout)
        let parameters = ParameterStore(initializing: layout, seed: 3)
        var check = GradientCheck()
        if activation == .relu { check.step = 1e-3 }
        let failures = check.failures(layer, input: GradientCheck.randomTensor([2, 3, 7], seed: 5), parameters: parameters)
        #expect(failures.isEmpty, "\(failures.prefix(5))")
    }

    @Test(arguments: Activation.allCases)
    func standaloneActivation(_ activation: Activation) {
        var check = GradientCheck()
        if activation == .relu { check.step = 1e-3 }
        let failures = check.failures(
            ActivationLayer(activation), input: GradientCheck.randomTensor([3, 11], seed: 8, scale: 2),
            parameters: ParameterStore(zerosFor: ParameterLayout()))
        #expect(failures.isEmpty, "\(failures.prefix(5))")
    }

    struct ConvCase: Sendable, CustomTestStringConvertible {
        let kernel: Int, stride: Int, dilation: Int
        let padding: Padding
        var testDescription: String { "k\(kernel) s\(stride) d\(dilation) \(padding)" }
    }

    @Test(arguments: [
        ConvCase(kernel: 3, stride: 1, dilation: 2, padding: .causal), ConvCase(kernel: 3, stride: 2, dilation: 1, padding: .same),
        ConvCase(kernel: 2, stride: 2, dilation: 3, padding: .valid),
        ConvCase(kernel: 3, stride: 1, dilation: 1, padding: .explicit(left: 2, right: 1)),
        ConvCase(kernel: 1, stride: 1, dilation: 1, padding: .valid),
    ])
    func conv1D(_ shape: ConvCase) {
        var layout = ParameterLayout()
        let layer = Conv1D(
            inputChannels: 3, outputChannels: 4, kernelSize: shape.kernel, stride: shape.stride, dilation: shape.dilation, padding: shape.padding,
            activation: .tanh, name: "conv", layout: &layout)
        let parameters = ParameterStore(initializing: layout, seed: 4)
        let failures = GradientCheck().failures(layer, input: GradientCheck.randomTensor([2, 9, 3], seed: 6), parameters: parameters)
        #expect(failures.isEmpty, "\(failures.prefix(5))")
    }

    @Test func conv1DComputesTheCausalDilatedSum() throws {
        var layout = ParameterLayout()
        let layer = Conv1D(inputChannels: 1, outputChannels: 1, kernelSize: 2, dilation: 2, padding: .causal, name: "c", layout: &layout)
        var parameters = ParameterStore(zerosFor: layout)
        parameters.setTensor(Tensor(shape: [2, 1, 1], scalars: [10, 1]), at: layer.weight)
        let y = layer(Tensor(shape: [1, 4, 1], scalars: [1, 2, 3, 4]), parameters: parameters)
        // y[t] = 10·x[t−2] + x[t], with zeros before the start.
        #expect(y.scalars == [1, 2, 13, 24])
        #expect(try layer.outputShape(for: [5, 4, 1]) == [5, 4, 1])
    }

    @Test func maxPool() {
        var check = GradientCheck()
        check.step = 1e-3
        let failures = check.failures(
            MaxPool1D(window: 3, stride: 2), input: GradientCheck.randomTensor([2, 9, 3], seed: 7),
            parameters: ParameterStore(zerosFor: ParameterLayout()))
        #expect(failures.isEmpty, "\(failures.prefix(5))")
        let y = MaxPool1D(window: 2)(Tensor(shape: [1, 4, 1], scalars: [1, 5, 3, 2]), parameters: ParameterStore(zerosFor: ParameterLayout()))
        #expect(y.scalars == [5, 3])
    }

    @Test(arguments: [true, false])
    func gru(returnsSequences: Bool) {
        var layout = ParameterLayout()
        let layer = GRU(inputSize: 3, hiddenSize: 5, returnsSequences: returnsSequences, name: "gru", layout: &layout)
        let parameters = ParameterStore(initializing: layout, seed: 9)
        let failures = GradientCheck().failures(layer, input: GradientCheck.randomTensor([3, 6, 3], seed: 10), parameters: parameters)
        #expect(failures.isEmpty, "\(failures.prefix(5))")
    }

    @Test func gruSplitsTheBatchAcrossThreadsWithoutChangingResults() {
        var layout = ParameterLayout()
        let layer = GRU(inputSize: 4, hiddenSize: 12, returnsSequences: true, name: "gru", layout: &layout)
        let parameters = ParameterStore(initializing: layout, seed: 9)
        let x = GradientCheck.randomTensor([37, 5, 4], seed: 1)
        var results: [([Float], [Float], [Float])] = []
        for threads in [1, 2] {
            let context = ComputeContext.training(step: 0, threads: threads)
            let (y, cache) = layer.forward(x, parameters: parameters, context: context)
            var gradients = ParameterStore(zerosFor: layout)
            let dx = layer.backward(y, cache: cache, parameters: parameters, gradients: &gradients, context: context)
            results.append((y.scalars, dx.scalars, gradients.scalars))
        }
        #expect(results[0].0 == results[1].0 && results[0].1 == results[1].1 && results[0].2 == results[1].2)
    }

    @Test(arguments: [false, true])
    func attention(isCausal: Bool) {
        var layout = ParameterLayout()
        let layer = MultiHeadSelfAttention(modelSize: 8, headCount: 2, isCausal: isCausal, name: "attention", layout: &layout)
        let parameters = ParameterStore(initializing: layout, seed: 11)
        let failures = GradientCheck().failures(layer, input: GradientCheck.randomTensor([2, 5, 8], seed: 12), parameters: parameters)
        #expect(failures.isEmpty, "\(failures.prefix(5))")
    }

    @Test func causalAttentionIgnoresTheFuture() {
        var layout = ParameterLayout()
        let layer = MultiHeadSelfAttention(modelSize: 4, headCount: 2, isCausal: true, name: "a", layout: &layout)
        let parameters = ParameterStore(initializing: layout, seed: 1)
        let x = GradientCheck.randomTensor([1, 4, 4], seed: 2)
        var changed = x
        changed.withUnsafeMutableBufferPointer { $0[15] += 5 }
        let a = layer(x, parameters: parameters)
        let b = layer(changed, parameters: parameters)
        #expect(Array(a.scalars[0..<12]) == Array(b.scalars[0..<12]))
        #expect(a.scalars[12..<16] != b.scalars[12..<16])
    }

    @Test func layerNorm() {
        var layout = ParameterLayout()
        let layer = LayerNorm(size: 6, name: "norm", layout: &layout)
        var parameters = ParameterStore(initializing: layout, seed: 1)
        parameters.setTensor(GradientCheck.randomTensor([6], seed: 2), at: layer.gain)
        parameters.setTensor(GradientCheck.randomTensor([6], seed: 3), at: layer.offset)
        let failures = GradientCheck().failures(layer, input: GradientCheck.randomTensor([4, 6], seed: 13, scale: 3), parameters: parameters)
        #expect(failures.isEmpty, "\(failures.prefix(5))")
    }

    @Test(arguments: [PositionalEncoding.Kind.learned, .sinusoidal])
    func positionalEncoding(_ kind: PositionalEncoding.Kind) {
        var layout = ParameterLayout()
        let layer = PositionalEncoding(kind: kind, maximumLength: 6, modelSize: 4, name: "positions", layout: &layout)
        let parameters = ParameterStore(initializing: layout, seed: 1)
        let failures = GradientCheck().failures(layer, input: GradientCheck.randomTensor([2, 5, 4], seed: 14), parameters: parameters)
        #expect(failures.isEmpty, "\(failures.prefix(5))")
        let zeros = layer(Tensor(shape: [1, 2, 4]), parameters: parameters)
        if kind == .sinusoidal { #expect(zeros.scalars == [0, 1, 0, 1, Float(0.841_470_98), Float(0.540_302_3), Float(0.009_999_833), 0.99995]) }
    }

    @Test func dropoutMasksScaleAndRepeatPerStep() {
        let layer = Dropout(rate: 0.5, seed: 42)
        let failures = GradientCheck().failures(
            layer, input: GradientCheck.randomTensor([4, 10], seed: 15), parameters: ParameterStore(zerosFor: ParameterLayout()))
        #expect(failures.isEmpty, "\(failures.prefix(5))")
        let ones = Tensor(shape: [1000], repeating: 1)
        let empty = ParameterStore(zerosFor: ParameterLayout())
        let a = layer.forward(ones, parameters: empty, context: .training(step: 1)).output
        let b = layer.forward(ones, parameters: empty, context: .training(step: 1)).output
        let c = layer.forward(ones, parameters: empty, context: .training(step: 2)).output
        #expect(a == b && a != c)
        #expect(Set(a.scalars) == [0, 2])
        #expect(abs(a.scalars.filter { $0 == 0 }.count - 500) < 60)
        #expect(layer(ones, parameters: empty) == ones)
    }

    @Test func residualBlockWithProjection() {
        var layout = ParameterLayout()
        let body = Sequential([
            Conv1D(inputChannels: 3, outputChannels: 4, kernelSize: 2, dilation: 2, padding: .causal, activation: .elu, name: "c0", layout: &layout),
            Conv1D(inputChannels: 4, outputChannels: 4, kernelSize: 2, dilation: 2, padding: .causal, activation: .elu, name: "c1", layout: &layout),
        ])
        let block = ResidualBlock(body, projection: Dense(inputSize: 3, outputSize: 4, name: "skip", layout: &layout), activation: .gelu)
        let parameters = ParameterStore(initializing: layout, seed: 16)
        let failures = GradientCheck().failures(block, input: GradientCheck.randomTensor([2, 6, 3], seed: 17), parameters: parameters)
        #expect(failures.isEmpty, "\(failures.prefix(5))")
    }

    @Test func identityResidualBlockAndSequentialHead() {
        var layout = ParameterLayout()
        let network = Sequential([
            ResidualBlock(Sequential([Dense(inputSize: 4, outputSize: 4, activation: .selu, name: "d", layout: &layout)])),
            LayerNorm(size: 4, name: "n", layout: &layout), LastSteps(count: 1), Flatten(),
            Dense(inputSize: 4, outputSize: 2, activation: .sigmoid, name: "h", layout: &layout),
        ])
        let parameters = ParameterStore(initializing: layout, seed: 18)
        let failures = GradientCheck().failures(network, input: GradientCheck.randomTensor([3, 5, 4], seed: 19), parameters: parameters)
        #expect(failures.isEmpty, "\(failures.prefix(5))")
    }

    @Test func lastStepsKeepsTheTrailingSteps() {
        let failures = GradientCheck().failures(
            LastSteps(count: 3), input: GradientCheck.randomTensor([2, 5, 2], seed: 3), parameters: ParameterStore(zerosFor: ParameterLayout()))
        #expect(failures.isEmpty)
        let y = LastSteps(count: 2)(Tensor(shape: [1, 3, 1], scalars: [1, 2, 3]), parameters: ParameterStore(zerosFor: ParameterLayout()))
        #expect(y == Tensor(shape: [1, 2, 1], scalars: [2, 3]))
    }

    @Test func flattenAndShapes() throws {
        let failures = GradientCheck().failures(
            Flatten(), input: GradientCheck.randomTensor([2, 3, 4], seed: 1), parameters: ParameterStore(zerosFor: ParameterLayout()))
        #expect(failures.isEmpty)
        var layout = ParameterLayout()
        let dense = Dense(inputSize: 4, outputSize: 2, name: "d", layout: &layout)
        #expect(throws: ShapeError.self) { try dense.outputShape(for: [3, 5]) }
        #expect(try Sequential([Flatten(), Dense(inputSize: 12, outputSize: 2, name: "x", layout: &layout)]).outputShape(for: [7, 3, 4]) == [7, 2])
    }

    @Test(arguments: Loss.allCases)
    func lossGradients(_ loss: Loss) {
        let predictions = GradientCheck.randomTensor([5, 3], seed: 20)
        let targets = GradientCheck.randomTensor([5, 3], seed: 21)
        let (value, gradient) = loss.evaluate(predictions: predictions, targets: targets)
        #expect(abs(value - loss.value(predictions: predictions, targets: targets)) < 1e-6)
        let step: Float = 1e-3
        for index in 0..<predictions.count {
            var plus = predictions
            var minus = predictions
            plus.withUnsafeMutableBufferPointer { $0[index] += step }
            minus.withUnsafeMutableBufferPointer { $0[index] -= step }
            let numeric =
                (Double(loss.value(predictions: plus, targets: targets)) - Double(loss.value(predictions: minus, targets: targets)))
                / Double(2 * step)
            #expect(abs(numeric - Double(gradient.scalars[index])) < 2e-3, "element \(index)")
        }
        let exact = loss.evaluate(predictions: Tensor(shape: [2], scalars: [1, 3]), targets: Tensor(shape: [2], scalars: [0, 1]))
        #expect(exact.value == (loss == .meanSquaredError ? 2.5 : 1.5))
    }
}
