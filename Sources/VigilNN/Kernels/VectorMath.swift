/// Vectorised elementary functions on `SIMD8<Float>` (polynomial approximations, about 1–2 ulp),
/// plus helpers that map them over buffers with a scalar-free tail.
enum VectorMath {
    typealias V = SIMD8<Float>

    /// eˣ, clamped to the finite single-precision range (Cephes' polynomial after range reduction).
    ///
    /// Rounding and the float→integer step use the 1.5·2²³ "magic number": adding it leaves the
    /// rounded integer in the low mantissa bits, which keeps everything in vector registers.
    @inline(__always)
    static func exp(_ x: V) -> V {
        let low = V(repeating: -87.3)
        let high = V(repeating: 88.7)
        var clamped = x.replacing(with: low, where: x .< low)
        clamped = clamped.replacing(with: high, where: clamped .> high)
        let magic = V(repeating: 12_582_912)
        let shifted = clamped.addingProduct(clamped, V(repeating: 0.442_695_04)) + magic
        let n = shifted - magic
        var r = clamped.addingProduct(n, V(repeating: -0.693_359_375))
        r = r.addingProduct(n, V(repeating: 2.121_944_4e-4))
        var p = V(repeating: 1.398_199_95e-3).addingProduct(V(repeating: 1.987_569_15e-4), r)
        p = V(repeating: 8.333_451_9e-3).addingProduct(p, r)
        p = V(repeating: 4.166_579_6e-2).addingProduct(p, r)
        p = V(repeating: 1.666_666_5e-1).addingProduct(p, r)
        p = V(repeating: 5.000_000_1e-1).addingProduct(p, r)
        let result = (r + 1).addingProduct(p, r * r)
        let integer = unsafeBitCast(shifted, to: SIMD8<Int32>.self) &- 0x4B40_0000
        return result * unsafeBitCast((integer &+ 127) &<< 23, to: V.self)
    }

    /// 1 / (1 + e⁻ˣ).
    @inline(__always)
    static func sigmoid(_ x: V) -> V {
        1 / (1 + exp(-x))
    }

    /// tanh x as the rational function x·P(x²)/Q(x²) of degrees 13/6 on [−7.9, 7.9] (the
    /// approximation Eigen uses; within 3e-7 of tanh everywhere, and relative error ≤ 2e-7 near 0).
    @inline(__always)
    static func tanh(_ x: V) -> V {
        let bound = V(repeating: 7.905_311_107_635_498)
        var clamped = x.replacing(with: bound, where: x .> bound)
        clamped = clamped.replacing(with: -bound, where: clamped .< -bound)
        let z = clamped * clamped
        var p = V(repeating: -2.760_768_477_423_55e-16)
        p = V(repeating: 2.000_187_904_824_77e-13).addingProduct(p, z)
        p = V(repeating: -8.604_671_522_137_35e-11).addingProduct(p, z)
        p = V(repeating: 5.122_297_090_371_14e-08).addingProduct(p, z)
        p = V(repeating: 1.485_722_357_179_79e-05).addingProduct(p, z)
        p = V(repeating: 6.372_619_288_754_36e-04).addingProduct(p, z)
        p = V(repeating: 4.893_524_558_917_86e-03).addingProduct(p, z)
        var q = V(repeating: 1.198_258_394_667_02e-06)
        q = V(repeating: 1.185_347_056_866_54e-04).addingProduct(q, z)
        q = V(repeating: 2.268_434_632_439_00e-03).addingProduct(q, z)
        q = V(repeating: 4.893_525_185_543_85e-03).addingProduct(q, z)
        return clamped * p / q
    }

    /// Applies `f` to `count` floats from `source` into `destination` (which may be the same buffer).
    @inline(__always)
    static func map(_ source: UnsafePointer<Float>, _ destination: UnsafeMutablePointer<Float>, count: Int, _ f: (V) -> V) {
        var i = 0
        while i + 8 <= count {
            let v = UnsafeRawPointer(source + i).loadUnaligned(as: V.self)
            UnsafeMutableRawPointer(destination + i).storeBytes(of: f(v), as: V.self)
            i += 8
        }
        if i < count {
            var v = V()
            for j in 0..<(count - i) { v[j] = source[i + j] }
            let r = f(v)
            for j in 0..<(count - i) { destination[i + j] = r[j] }
        }
    }

    /// Applies `f` elementwise to three inputs, writing `count` results to `destination`.
    @inline(__always)
    static func map3(
        _ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ c: UnsafePointer<Float>, _ destination: UnsafeMutablePointer<Float>,
        count: Int, _ f: (V, V, V) -> V
    ) {
        var i = 0
        while i + 8 <= count {
            let r = f(load(a + i), load(b + i), load(c + i))
            UnsafeMutableRawPointer(destination + i).storeBytes(of: r, as: V.self)
            i += 8
        }
        if i < count {
            var va = V(), vb = V(), vc = V()
            for j in 0..<(count - i) {
                va[j] = a[i + j]
                vb[j] = b[i + j]
                vc[j] = c[i + j]
            }
            let r = f(va, vb, vc)
            for j in 0..<(count - i) { destination[i + j] = r[j] }
        }
    }

    @inline(__always)
    static func load(_ p: UnsafePointer<Float>) -> V { UnsafeRawPointer(p).loadUnaligned(as: V.self) }

    @inline(__always)
    static func store(_ v: V, _ p: UnsafeMutablePointer<Float>) { UnsafeMutableRawPointer(p).storeBytes(of: v, as: V.self) }

    /// `y[i] += x[i]`.
    @inline(__always)
    static func add(_ x: UnsafePointer<Float>, into y: UnsafeMutablePointer<Float>, count: Int) {
        var i = 0
        while i + 8 <= count {
            store(load(y + i) + load(x + i), y + i)
            i += 8
        }
        while i < count {
            y[i] += x[i]
            i += 1
        }
    }

    /// Adds every row of a `rows × columns` matrix into `sums` (column sums, accumulated in row order).
    static func addColumnSums(_ matrix: UnsafePointer<Float>, rows: Int, columns: Int, into sums: UnsafeMutablePointer<Float>) {
        for row in 0..<rows { add(matrix + row * columns, into: sums, count: columns) }
    }

    /// Adds `vector` to every row of a `rows × columns` matrix.
    static func addToRows(_ vector: UnsafePointer<Float>, _ matrix: UnsafeMutablePointer<Float>, rows: Int, columns: Int) {
        for row in 0..<rows { add(vector, into: matrix + row * columns, count: columns) }
    }
}

extension VectorMath {
    /// Calls `body(offset, width)` for consecutive chunks of 8 (the last may be narrower); inlined,
    /// so the full-width calls see a constant width and compile to plain vector code.
    @inline(__always)
    static func forEachChunk(_ count: Int, _ body: (_ offset: Int, _ width: Int) -> Void) {
        var offset = 0
        while offset + 8 <= count {
            body(offset, 8)
            offset += 8
        }
        if offset < count { body(offset, count - offset) }
    }

    /// `√(x + 1e-30)` lane by lane, for finite `x ≥ 0`, within a few ulp of the exact root.
    ///
    /// `SIMD8<Float>.squareRoot()` compiles to one scalar square root per lane (eight `vsqrtss`), which
    /// made Adam's update cost more than a Dense layer's forward pass. This refines the classic
    /// reciprocal-square-root bit estimate (relative error ≤ 3.5e-3) with two Newton steps (≤ 1e-9 before rounding), all in vector instructions. The
    /// `1e-30` keeps zero finite; it changes no root above 1e-13 at float precision.
    @inline(__always)
    static func squareRoot(_ x: V) -> V {
        let safe = x + 1e-30
        let bits = unsafeBitCast(safe, to: SIMD8<UInt32>.self)
        var y = unsafeBitCast(SIMD8<UInt32>(repeating: 0x5F37_59DF) &- (bits &>> 1), to: V.self)
        let half = 0.5 * safe
        y = y * (1.5 - half * y * y)
        y = y * (1.5 - half * y * y)
        return safe * y
    }

    /// Loads `count` (≤ 8) floats, zero-filling the rest.
    @inline(__always)
    static func load(_ p: UnsafePointer<Float>, count: Int) -> V {
        if count == 8 { return load(p) }
        var v = V()
        for i in 0..<count { v[i] = p[i] }
        return v
    }

    /// Stores the first `count` (≤ 8) lanes.
    @inline(__always)
    static func store(_ v: V, _ p: UnsafeMutablePointer<Float>, count: Int) {
        if count == 8 {
            store(v, p)
            return
        }
        for i in 0..<count { p[i] = v[i] }
    }

    /// Replaces each of the `count` floats by exp(x − max) / Σ exp, over the first `count` of them.
    static func softmax(_ p: UnsafeMutablePointer<Float>, count: Int) {
        let full = count & ~7
        let lanes = SIMD8<Int32>(0, 1, 2, 3, 4, 5, 6, 7)
        var maxima = V(repeating: -.infinity)
        var i = 0
        while i < full {
            let chunk = load(p + i)
            maxima = maxima.replacing(with: chunk, where: chunk .> maxima)
            i += 8
        }
        if full < count {
            let chunk = load(p + full, count: count - full).replacing(with: -.infinity, where: lanes .>= Int32(count - full))
            maxima = maxima.replacing(with: chunk, where: chunk .> maxima)
        }
        var maximum = maxima[0]
        for lane in 1..<8 { maximum = Swift.max(maximum, maxima[lane]) }
        let shift = V(repeating: maximum)
        var sums = V()
        i = 0
        while i < full {
            let e = exp(load(p + i) - shift)
            sums += e
            store(e, p + i)
            i += 8
        }
        if full < count {
            let e = exp(load(p + full, count: count - full) - shift).replacing(with: 0, where: lanes .>= Int32(count - full))
            sums += e
            store(e, p + full, count: count - full)
        }
        let scale = V(repeating: 1 / sums.sum())
        i = 0
        while i < full {
            store(load(p + i) * scale, p + i)
            i += 8
        }
        if full < count { store(load(p + full, count: count - full) * scale, p + full, count: count - full) }
    }
}

extension VectorMath {
    /// Over `range`: `y = (overwriting ? 0 : y) + Σ weights[s]·sources[s]` with one fused multiply–add
    /// per source in order, then zeroes each source.
    static func weightedSumClearing(
        _ sources: [UnsafeMutablePointer<Float>], weights: [Float], into y: UnsafeMutablePointer<Float>, range: Range<Int>, overwriting: Bool
    ) {
        sources.withUnsafeBufferPointer { sources in
            weights.withUnsafeBufferPointer { weights in
                var i = range.lowerBound
                while i + 8 <= range.upperBound {
                    var sum = overwriting ? V() : load(y + i)
                    for s in 0..<sources.count {
                        sum = sum.addingProduct(V(repeating: weights[s]), load(sources[s] + i))
                        store(V(), sources[s] + i)
                    }
                    store(sum, y + i)
                    i += 8
                }
                while i < range.upperBound {
                    var sum = overwriting ? 0 : y[i]
                    for s in 0..<sources.count {
                        sum = sum.addingProduct(weights[s], sources[s][i])
                        sources[s][i] = 0
                    }
                    y[i] = sum
                    i += 1
                }
            }
        }
    }
}
