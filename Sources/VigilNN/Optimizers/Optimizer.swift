/// An optimisation rule: a per-parameter state plus a pure update applied in one fused pass over the
/// flat parameter buffer.
///
/// ```swift
/// let adam = Adam(learningRate: 1e-3)
/// var state = adam.makeState(for: layout)
/// adam.update(&parameters, gradients: gradients, state: &state)
/// ```
public protocol Optimizer: Sendable {
    /// What the rule keeps between steps (moments, step count).
    associatedtype State: Sendable

    /// The initial state for a network's parameters.
    func makeState(for layout: ParameterLayout) -> State

    /// Applies one step.
    /// - Parameters:
    ///   - parameters: Updated in place.
    ///   - gradients: dL/dθ with the same layout.
    ///   - state: The rule's state, advanced by one step.
    func update(_ parameters: inout ParameterStore, gradients: ParameterStore, state: inout State)
}
