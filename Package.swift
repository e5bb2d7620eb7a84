// swift-tools-version: 6.1
// Vigil: self-hosted anomaly detection for telemetry, logs and event streams.
// Targets depend one way, top to bottom (see docs/architecture.md):
//   vigil (CLI) → VigilPandora, VigilEval, VigilTelemetry, VigilFormats, VigilStore, VigilNN → VigilCore
//   (VigilTelemetry → VigilNN; VigilPandora → VigilTelemetry, CMariaDB, SwiftNIO)
//   (VigilNN → VigilNNKernelsAVX512, its AVX-512 kernels, which import nothing)

import PackageDescription

/// Swift 6 mode with strict concurrency and explicit imports.
let languageSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

/// Settings shared by every target. Numeric kernels need FMA and AVX2: without `-target-cpu`,
/// `SIMD.addingProduct` lowers to libm `fmaf` calls and GEMM runs 60× slower (specs/swift-style.md
/// §4.4). x86_64 only; arm64 has FMA.
var sharedSettings = languageSettings
#if arch(x86_64)
    sharedSettings.append(.unsafeFlags(["-target-cpu", "haswell"]))
#endif

/// The numeric engine is optimised even in debug builds, so the test suite trains real networks
/// in seconds rather than minutes.
let debugOptimized: [SwiftSetting] = [.unsafeFlags(["-O"], .when(configuration: .debug))]
let numericSettings: [SwiftSetting] = sharedSettings + debugOptimized

/// VigilNN's AVX-512 kernels (GEMM micro-kernel, Adam update) are built for `skylake-avx512`
/// (AVX-512 F/CD/BW/DQ/VL) in a target of their own; VigilNN calls them only when the processor
/// reports those extensions (docs/nn.md). On other architectures the target compiles to nothing.
var avx512Settings: [SwiftSetting] = languageSettings + debugOptimized
#if arch(x86_64)
    avx512Settings.append(.unsafeFlags(["-target-cpu", "skylake-avx512"]))
#endif

let package = Package(
    name: "Vigil",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "vigil", targets: ["vigil"]),
        .library(name: "VigilCore", targets: ["VigilCore"]),
        .library(name: "VigilNN", targets: ["VigilNN"]),
        .library(name: "VigilStore", targets: ["VigilStore"]),
        .library(name: "VigilFormats", targets: ["VigilFormats"]),
        .library(name: "VigilTelemetry", targets: ["VigilTelemetry"]),
        .library(name: "VigilEval", targets: ["VigilEval"]),
        .library(name: "VigilPandora", targets: ["VigilPandora"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .target(name: "VigilCore", swiftSettings: sharedSettings),
        .target(name: "VigilNNKernelsAVX512", swiftSettings: avx512Settings),
        .target(name: "VigilNN", dependencies: ["VigilNNKernelsAVX512"], swiftSettings: numericSettings),
        .target(
            name: "VigilStore",
            dependencies: [
                "VigilCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: numericSettings
        ),
        .target(
            name: "VigilFormats",
            dependencies: [
                "VigilCore",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: sharedSettings
        ),
        .target(name: "VigilTelemetry", dependencies: ["VigilCore", "VigilNN"], swiftSettings: numericSettings),
        .target(name: "VigilEval", dependencies: ["VigilCore"], swiftSettings: numericSettings),
        .systemLibrary(name: "CMariaDB", pkgConfig: "libmariadb", providers: [.apt(["libmariadb-dev"])]),
        .target(
            name: "VigilPandora",
            dependencies: [
                "VigilCore", "VigilTelemetry", "CMariaDB",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: sharedSettings
        ),
        .executableTarget(
            name: "vigil",
            dependencies: [
                "VigilCore", "VigilNN", "VigilStore", "VigilFormats", "VigilTelemetry", "VigilEval", "VigilPandora",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: sharedSettings
        ),
        .target(name: "VigilTestSupport", path: "Tests/VigilTestSupport", swiftSettings: sharedSettings),
        .testTarget(name: "VigilCoreTests", dependencies: ["VigilCore"], swiftSettings: sharedSettings),
        .testTarget(name: "VigilNNTests", dependencies: ["VigilNN"], swiftSettings: numericSettings),
        .testTarget(
            name: "VigilStoreTests",
            dependencies: ["VigilStore", "VigilCore", "VigilTestSupport", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: sharedSettings
        ),
        .testTarget(name: "VigilFormatsTests", dependencies: ["VigilTestSupport", "VigilFormats", "VigilCore"], swiftSettings: sharedSettings),
        .testTarget(name: "VigilTelemetryTests", dependencies: ["VigilTelemetry", "VigilCore"], swiftSettings: numericSettings),
        .testTarget(name: "VigilEvalTests", dependencies: ["VigilTestSupport", "VigilEval", "VigilCore"], swiftSettings: sharedSettings),
        .testTarget(
            name: "VigilPandoraTests",
            dependencies: [
                "VigilPandora", "VigilCore", "VigilTelemetry", "VigilTestSupport",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            swiftSettings: sharedSettings
        ),
        .testTarget(
            name: "VigilCLITests",
            dependencies: ["VigilCore", "VigilStore", "VigilFormats", "VigilTestSupport"],
            swiftSettings: sharedSettings
        ),
    ]
)
