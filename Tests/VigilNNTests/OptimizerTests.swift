import Foundation
import Testing

@testable import VigilNN

/// Adam and AdamW against steps computed by hand, and gradient clipping.
struct OptimizerTests {
    static func singleParameter(_ value: Float) -> ParameterStore {
        var layout = ParameterLayout()
        _ = layout.register("w", shape: [1], initializer: .constant(value))
        return ParameterStore(initializing: layout, seed: 0)
    }

    static func gradient(_ value: Float, layout: ParameterLayout) -> ParameterStore {
        ParameterStore(layout: layout, scalars: [value])
    }

    /// The textbook update, in Double.
    static func handAdam(_ p: Double, gradients: [Double], lr: Double, decoupled: Double = 0) -> Double {
        var (p, m, v) = (p, 0.0, 0.0)
        for (index, g) in gradients.enumerated() {
            let t = Double(index + 1)
            p *= 1 - lr * decoupled
            m = 0.9 * m + 0.1 * g
            v = 0.999 * v + 0.001 * g * g
            let mHat = m / (1 - pow(0.9, t))
            let vHat = v / (1 - pow(0.999, t))
            p -= lr * mHat / (vHat.squareRoot() + 1e-8)
        }
        return p
    }

    @Test func adamMatchesHandComputedSteps() {
        var parameters = Self.singleParameter(0.5)
        let adam = Adam(learningRate: 0.1)
        var state = adam.makeState(for: parameters.layout)
        let steps: [Float] = [0.3, -1.2, 2.0]
        for g in steps { adam.update(&parameters, gradients: Self.gradient(g, layout: parameters.layout), state: &state) }
        let expected = Self.handAdam(0.5, gradients: steps.map(Double.init), lr: 0.1)
        #expect(abs(Double(parameters.scalars[0]) - expected) < 1e-6)
        #expect(state.step == 3)
        // The first bias-corrected step moves by exactly lr·sign(g).
        var fresh = Self.singleParameter(1)
        var freshState = adam.makeState(for: fresh.layout)
        adam.update(&fresh, gradients: Self.gradient(7, layout: fresh.layout), state: &freshState)
        #expect(abs(fresh.scalars[0] - 0.9) < 1e-6)
    }

    @Test func adamWDecaysTheWeightsDecoupled() {
        var parameters = Self.singleParameter(2)
        let adamW = Adam.adamW(learningRate: 0.01, weightDecay: 0.5)
        var state = adamW.makeState(for: parameters.layout)
        let steps: [Float] = [0.1, 0.1]
        for g in steps { adamW.update(&parameters, gradients: Self.gradient(g, layout: parameters.layout), state: &state) }
        let expected = Self.handAdam(2, gradients: [0.1, 0.1], lr: 0.01, decoupled: 0.5)
        #expect(abs(Double(parameters.scalars[0]) - expected) < 1e-6)
        // With a zero gradient only the decay acts.
        var decayed = Self.singleParameter(2)
        var decayState = adamW.makeState(for: decayed.layout)
        adamW.update(&decayed, gradients: Self.gradient(0, layout: decayed.layout), state: &decayState)
        #expect(abs(decayed.scalars[0] - 2 * (1 - 0.005)) < 1e-6)
    }

    @Test func coupledWeightDecayEntersTheGradient() {
        var parameters = Self.singleParameter(1)
        let adam = Adam(learningRate: 0.1, weightDecay: .l2(1))
        var state = adam.makeState(for: parameters.layout)
        adam.update(&parameters, gradients: Self.gradient(-0.5, layout: parameters.layout), state: &state)
        // g + wd·p = 0.5 > 0, so the first step moves down by lr.
        #expect(abs(parameters.scalars[0] - 0.9) < 1e-6)
    }

    @Test func fusedLoopMatchesScalarRuleOnALargeBuffer() {
        var layout = ParameterLayout()
        _ = layout.register("big", shape: [70_001], initializer: .uniform(bound: 1))
        var parameters = ParameterStore(initializing: layout, seed: 3)
        let start = parameters.scalars
        var gradients = ParameterStore(initializing: layout, seed: 4)
        gradients.withUnsafeMutableBufferPointer { buffer in for i in buffer.indices { buffer[i] *= 0.5 } }
        let adam = Adam(learningRate: 0.01)
        var state = adam.makeState(for: layout)
        adam.update(&parameters, gradients: gradients, state: &state)
        for index in [0, 7, 8, 35_000, 70_000] {
            let expected = Self.handAdam(Double(start[index]), gradients: [Double(gradients.scalars[index])], lr: 0.01)
            #expect(abs(Double(parameters.scalars[index]) - expected) < 1e-6)
        }
    }

    @Test func clippingRescalesToTheGlobalNorm() {
        var layout = ParameterLayout()
        _ = layout.register("a", shape: [2], initializer: .constant(0))
        _ = layout.register("b", shape: [1], initializer: .constant(0))
        var gradients = ParameterStore(layout: layout, scalars: [3, 0, 4])
        #expect(gradients.globalNorm == 5)
        let before = gradients.clipGlobalNorm(to: 1)
        #expect(before == 5)
        #expect(zip(gradients.scalars, [0.6, 0, 0.8]).allSatisfy { abs($0 - $1) < 1e-6 })
        let small = gradients.clipGlobalNorm(to: 10)
        #expect(abs(small - 1) < 1e-6)
        #expect(zip(gradients.scalars, [0.6, 0, 0.8]).allSatisfy { abs($0 - $1) < 1e-6 })
    }
}
