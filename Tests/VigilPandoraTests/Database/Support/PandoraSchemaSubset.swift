import Foundation
import VigilTestSupport

/// `../shared/datasets/pandora/schema_subset.sql`, the shared Pandora test database (absent in a
/// user's clone), loaded into database `pandora` with `@now` pinned to ``now``.
enum PandoraSchemaSubset {
    /// The `@now` the file is loaded with (`specs/pandora.md` §2.5, §8.1).
    static let now: Int64 = 1_700_000_000

    /// The file in `../shared/datasets`; `nil` when it is not there.
    static let path: String? = SharedDatasets.file("pandora/schema_subset.sql")

    /// Creates database `pandora` and loads the file into it.
    static func load(_ path: String, into server: MariaDBTestServer) throws {
        let contents = try String(contentsOfFile: path, encoding: .utf8)
        try server.run("CREATE DATABASE pandora CHARACTER SET utf8mb4;")
        try server.run("SET @now = \(now);\n" + contents, database: "pandora")
    }
}
