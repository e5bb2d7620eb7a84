// swift-tools-version: 6.1
// Vigil's benchmarks (package-benchmark). Run from the repository root with `make bench`,
// or here with `swift package --allow-writing-to-package-directory benchmark`.

import PackageDescription

var settings: [SwiftSetting] = []
#if arch(x86_64)
    settings.append(.unsafeFlags(["-target-cpu", "haswell"]))
#endif

let package = Package(
    name: "VigilBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "Vigil", path: "../"),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "NNBenchmarks",
            dependencies: [
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
    ]
)
