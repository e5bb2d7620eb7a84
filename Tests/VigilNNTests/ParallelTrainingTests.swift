import Foundation
import Synchronization
import Testing

@testable import VigilNN

/// The machinery of data-parallel training: the fused sum of shard gradients, the trainer's
/// persistent shard stores, and the worker pool that runs the shards.
struct ParallelTrainingTests {
    static func layout(_ count: Int) -> ParameterLayout {
        var layout = ParameterLayout()
        _ = layout.register("w", shape: [count], initializer: .constant(0))
        return layout
    }

    @Test(arguments: [false, true])
    func fusedShardSumEqualsWeightedAdditionInShardOrderAndClearsTheStores(overwriting: Bool) {
        let count = 1_001
        let layout = Self.layout(count)
        var generator = SeededRandom(seed: 21)
        let shards = (0..<3).map { _ in GEMMTests.random(count, &generator) }
        let start = GEMMTests.random(count, &generator)
        let weights: [Float] = [0.3, 0.5, 0.2]
        var workspaces = ShardGradients(layout: layout)
        workspaces.withStores(count: 3) { stores in
            for (index, values) in shards.enumerated() { stores[index] = ParameterStore(layout: layout, scalars: values) }
        }
        var gradients = ParameterStore(layout: layout, scalars: start)
        workspaces.sum(weights: weights, into: &gradients, overwriting: overwriting, threads: 2)
        // The unfused computation: y += w·x for each shard in order, one fused multiply–add each.
        var expected = overwriting ? [Float](repeating: 0, count: count) : start
        for (weight, values) in zip(weights, shards) {
            for i in 0..<count { expected[i] = expected[i].addingProduct(weight, values[i]) }
        }
        #expect(gradients.scalars.map(\.bitPattern) == expected.map(\.bitPattern))
        workspaces.withStores(count: 3) { stores in
            for index in 0..<3 { #expect(stores[index].scalars.allSatisfy { $0 == 0 }) }
        }
    }

    @Test func trainerStepsWithPersistentStoresMatchFreshAccumulation() throws {
        let network = try ForecasterArchitecture.dense(DenseForecasterConfiguration(layerMultipliers: [0.5]))
            .makeNetwork(windowLength: 8, inputCount: 3, outputCount: 2)
        let parameters = network.initialParameters(seed: 4)
        var generator = SeededRandom(seed: 9)
        var workspaces = ShardGradients(layout: network.layout)
        var reused = ParameterStore(layout: network.layout, scalars: GEMMTests.random(network.layout.scalarCount, &generator))
        for step in 0..<3 {
            let input = Tensor(shape: [12, 8, 3], scalars: GEMMTests.random(12 * 24, &generator))
            let targets = Tensor(shape: [12, 2], scalars: GEMMTests.random(24, &generator))
            let context = ComputeContext.training(step: UInt64(step), threads: 2)
            var fresh = ParameterStore(zerosFor: network.layout)
            let expectedLoss = network.accumulateGradients(
                input: input, targets: targets, loss: .meanSquaredError, parameters: parameters, gradients: &fresh, context: context, shards: 3)
            let loss = network.gradientStep(
                input: input, targets: targets, loss: .meanSquaredError, parameters: parameters, gradients: &reused, overwriting: true,
                workspaces: &workspaces, context: context, shards: 3)
            #expect(loss.bitPattern == expectedLoss.bitPattern)
            #expect(reused.scalars.map(\.bitPattern) == fresh.scalars.map(\.bitPattern))
        }
    }

    @Test func workerPoolRunsEveryPartOnceAndRefusesNestedRegions() {
        let parts = 37
        let counts = Mutex([Int](repeating: 0, count: parts))
        let nestedRefused = Mutex(0)
        let regions = 50
        for round in 0..<regions {
            if round == 25 { Thread.sleep(forTimeInterval: 0.002) }  // Past the spin: the workers sleep and must be woken.
            // Another test's region may hold the pool: then nothing runs, and the round is retried.
            while !WorkerPool.shared.run(
                parts: parts, threads: 2,
                { part in
                    counts.withLock { $0[part] += 1 }
                    if part == 0 && !WorkerPool.shared.run(parts: 1, threads: 2, { _ in }) { nestedRefused.withLock { $0 += 1 } }
                })
            {
                Thread.sleep(forTimeInterval: 0.000_1)
            }
        }
        #expect(counts.withLock { $0 } == [Int](repeating: regions, count: parts))
        #expect(nestedRefused.withLock { $0 } == regions)
    }

    @Test func parallelForEachCoversEveryPartEvenWhenThePoolIsBusy() {
        let hits = Mutex([Int](repeating: 0, count: 64))
        Parallel.forEach(parts: 8, threads: 2) { outer in
            Parallel.forEach(parts: 8, threads: 2) { inner in hits.withLock { $0[outer * 8 + inner] += 1 } }
        }
        #expect(hits.withLock { $0 } == [Int](repeating: 1, count: 64))
    }
}
