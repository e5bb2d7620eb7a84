extension PandoraSeries {
    /// Rebuilds a module's change-compressed history on the request's grid by carrying each stored
    /// value forward until the next one.
    ///
    /// The grid has ``PandoraHistoryRequest/nodeCount`` nodes, `timeInterval` seconds apart, the last
    /// at `now`. Each node takes the value in force there: the newest row at or before it (the row
    /// before the window included), so a node shows exactly what Pandora would have stored had it
    /// kept every report. A node gets no value, and is left out, when no row precedes it or when the
    /// newest one is older than ``PandoraModuleRecord/maximumCarry`` (the module had stopped
    /// reporting). Rows after `now` are ignored.
    ///
    /// ```swift
    /// // Cswap: 3 rows in 10 h (512, 530, 512), on a 300 s grid → 120 points
    /// let series = PandoraSeries(rebuilding: stored, of: cswap, request: request)
    /// ```
    /// - Parameters:
    ///   - history: The rows inside the window, oldest first, and the one before it.
    ///   - module: The module (its ``PandoraModuleRecord/maximumCarry`` applies).
    ///   - request: The window and the grid step; assumed valid (``PandoraHistoryRequest/validate()``).
    public init(rebuilding history: PandoraStoredHistory, of module: PandoraModuleRecord, request: PandoraHistoryRequest) {
        let step = Int64(request.timeInterval)
        let end = request.endSeconds
        let nodeCount = request.nodeCount
        let firstNode = end - Int64(nodeCount - 1) * step
        let rows = history.values
        let carry = module.maximumCarry.map(Int64.init)
        var inForce = history.valueBeforeWindow
        var next = 0
        var values: [Double] = []
        var times: [Int64] = []
        values.reserveCapacity(nodeCount)
        times.reserveCapacity(nodeCount)
        for index in 0..<Int64(nodeCount) {
            let node = firstNode + index * step
            while next < rows.count, rows[next].time <= node {
                inForce = rows[next]
                next += 1
            }
            guard let current = inForce else { continue }
            if let carry, node - current.time > carry { continue }
            values.append(current.value)
            times.append(node)
        }
        let start = request.startSeconds
        let storedRows = rows.count(where: { $0.time > start && $0.time <= end })
        self.init(module: module, values: values, times: times, gridNodes: nodeCount, storedRows: storedRows)
    }
}
