#if arch(x86_64)
    extension AVX512Kernels {
        /// Adam: one bias-corrected step over the longest multiple of 16 scalars in `count`, with the
        /// arithmetic of VigilNN's `SIMD8` `AdamRule` lane for lane:
        ///
        ///     g' = g + coupledDecay·θ          m ← β₁m + (1 − β₁)g'          v ← β₂v + (1 − β₂)g'²
        ///     θ ← θ·shrink − stepSize·m / (√v · inverseRootCorrection2 + ε)
        ///
        /// - Returns: How many scalars were updated (the caller finishes the rest).
        @inline(never)
        public static func adamStep(
            parameters p: UnsafeMutablePointer<Float>, gradients g: UnsafePointer<Float>, firstMoment m: UnsafeMutablePointer<Float>,
            secondMoment v: UnsafeMutablePointer<Float>, count: Int, beta1: Float, beta2: Float, stepSize: Float, inverseRootCorrection2: Float,
            epsilon: Float, coupledDecay: Float, shrink: Float
        ) -> Int {
            typealias V = SIMD16<Float>
            let full = count & ~15
            var i = 0
            while i < full {
                var parameter = load(p + i)
                var gradient = load(g + i)
                if coupledDecay != 0 { gradient = gradient.addingProduct(parameter, V(repeating: coupledDecay)) }
                let first = (load(m + i) * beta1).addingProduct(gradient, V(repeating: 1 - beta1))
                let second = (load(v + i) * beta2).addingProduct(gradient * gradient, V(repeating: 1 - beta2))
                parameter *= shrink
                parameter -= stepSize * first / (squareRoot(second) * inverseRootCorrection2 + epsilon)
                store(first, m + i)
                store(second, v + i)
                store(parameter, p + i)
                i += 16
            }
            return full
        }

        /// `√(x + 1e-30)` for finite `x ≥ 0`: the bit-level reciprocal-square-root estimate refined by
        /// two Newton steps, as VigilNN's `VectorMath.squareRoot` computes it.
        @inline(__always)
        static func squareRoot(_ x: SIMD16<Float>) -> SIMD16<Float> {
            let safe = x + 1e-30
            let bits = unsafeBitCast(safe, to: SIMD16<UInt32>.self)
            var y = unsafeBitCast(SIMD16<UInt32>(repeating: 0x5F37_59DF) &- (bits &>> 1), to: SIMD16<Float>.self)
            let half = 0.5 * safe
            y = y * (1.5 - half * y * y)
            y = y * (1.5 - half * y * y)
            return safe * y
        }

        @inline(__always)
        static func load(_ pointer: UnsafePointer<Float>) -> SIMD16<Float> {
            UnsafeRawPointer(pointer).loadUnaligned(as: SIMD16<Float>.self)
        }

        @inline(__always)
        static func load(_ pointer: UnsafeMutablePointer<Float>) -> SIMD16<Float> { load(UnsafePointer(pointer)) }

        @inline(__always)
        static func store(_ value: SIMD16<Float>, _ pointer: UnsafeMutablePointer<Float>) {
            UnsafeMutableRawPointer(pointer).storeBytes(of: value, as: SIMD16<Float>.self)
        }
    }
#endif
