// swift-tools-version: 6.1
// Vigil's benchmarks (package-benchmark). Run from the repository root with `make bench`,
// or here with `swift package --allow-writing-to-package-directory benchmark`.

import PackageDescription

var settings: [SwiftSetting] = []
/// The FMA peak of AVX-512 code, the yardstick of VigilNN's AVX-512 GEMM kernel.
var avx512Settings: [SwiftSetting] = []
#if arch(x86_64)
    settings.append(.unsafeFlags(["-target-cpu", "haswell"]))
    avx512Settings.append(.unsafeFlags(["-target-cpu", "skylake-avx512"]))
#endif

let package = Package(
    name: "VigilBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "Vigil", path: "../"),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .target(name: "PeakProbeAVX512", path: "Benchmarks/PeakProbeAVX512", swiftSettings: avx512Settings),
        .executableTarget(
            name: "NNBenchmarks",
            dependencies: [
                "PeakProbeAVX512",
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "VigilNN", package: "Vigil"),
            ],
            path: "Benchmarks/NNBenchmarks",
            swiftSettings: settings,
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "StoreBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "VigilCore", package: "Vigil"),
                .product(name: "VigilStore", package: "Vigil"),
            ],
            path: "Benchmarks/StoreBenchmarks",
            swiftSettings: settings,
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "TelemetryBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "VigilCore", package: "Vigil"),
                .product(name: "VigilTelemetry", package: "Vigil"),
            ],
            path: "Benchmarks/TelemetryBenchmarks",
            swiftSettings: settings,
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
