// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Tuixuan",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tuixuan", targets: ["tuixuan"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // Build-time tool: turns the readable files under Schema/ into Swift string literals,
        // so the `tuixuan` binary carries its migrations, step catalogs and rule sets with it.
        .executableTarget(name: "SchemaEmbedder", path: "Sources/SchemaEmbedder"),
        .plugin(
            name: "EmbedSchema",
            capability: .buildTool(),
            dependencies: ["SchemaEmbedder"],
            path: "Plugins/EmbedSchema"
        ),
        // The release number (VERSION) and the commit (.git), compiled in for `tuixuan --version`. No logic.
        .executableTarget(name: "BuildInfoEmbedder", path: "Sources/BuildInfoEmbedder"),
        .plugin(
            name: "EmbedBuildInfo",
            capability: .buildTool(),
            dependencies: ["BuildInfoEmbedder"],
            path: "Plugins/EmbedBuildInfo"
        ),
        .target(
            name: "TuixuanBuildInfo",
            path: "Sources/TuixuanBuildInfo",
            plugins: ["EmbedBuildInfo"]
        ),
        // The text of Schema/, compiled in. No logic.
        .target(
            name: "TuixuanSchema",
            path: "Sources/TuixuanSchema",
            plugins: ["EmbedSchema"]
        ),
        // Pure domain: procedure catalog and engine, election rules, parsers. No I/O, no GRDB.
        .target(
            name: "TuixuanCore",
            dependencies: ["TuixuanSchema"],
            path: "Sources/TuixuanCore"
        ),
        // One SQLite setting Swift cannot reach (sqlite3_config is variadic).
        .target(
            name: "SQLiteTuning",
            path: "Sources/SQLiteTuning",
            linkerSettings: [.linkedLibrary("sqlite3")]
        ),
        // Persistence: GRDB records, migrations from Schema/, one transaction per business act.
        .target(
            name: "TuixuanStore",
            dependencies: [
                "TuixuanCore",
                "TuixuanSchema",
                "SQLiteTuning",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CryptoExtras", package: "swift-crypto"),
            ],
            path: "Sources/TuixuanStore"
        ),
        // Excel workbooks (.xlsx) read as the importers read CSV: ZIPFoundation for the container, Foundation's XML parser
        // for the parts (no hand-written ZIP or deflate).
        .target(
            name: "TuixuanSpreadsheet",
            dependencies: [
                "TuixuanCore",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            path: "Sources/TuixuanSpreadsheet"
        ),
        // The command-line program: parses arguments, calls the libraries, formats output.
        .executableTarget(
            name: "tuixuan",
            dependencies: [
                "TuixuanCore",
                "TuixuanStore",
                "TuixuanSpreadsheet",
                "TuixuanBuildInfo",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/tuixuan"
        ),
        // The benchmark's floor: Foundation + GRDB opening the file and running one query (Scripts/bench.sh).
        .executableTarget(
            name: "tuixuan-floor",
            dependencies: [.product(name: "GRDB", package: "GRDB.swift")],
            path: "Scripts/bench/floor"
        ),
        .testTarget(
            name: "TuixuanCoreTests",
            dependencies: ["TuixuanCore"],
            path: "Tests/TuixuanCoreTests"
        ),
        .testTarget(
            name: "TuixuanStoreTests",
            dependencies: ["TuixuanStore", "TuixuanCore", .product(name: "GRDB", package: "GRDB.swift")],
            path: "Tests/TuixuanStoreTests"
        ),
        .testTarget(
            name: "TuixuanCLITests",
            dependencies: ["tuixuan", "TuixuanSpreadsheet", "TuixuanStore", .product(name: "GRDB", package: "GRDB.swift"),
                           .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            path: "Tests/TuixuanCLITests",
            exclude: ["Golden", "Fixtures"]
        ),
    ]
)
