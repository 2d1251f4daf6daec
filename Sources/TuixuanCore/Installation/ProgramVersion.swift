import TuixuanSchema

/// What a build of the program carries, as `tuixuan --version` and `tuixuan version --json` tell it: the release, the
/// commit, the database structure it writes and the procedures and rule sets compiled into it. An office that reports a
/// problem quotes this, and a county that receives a village's file knows which program wrote it.
public struct ProgramVersion: Sendable, Codable, Equatable {
    /// The release number (the package's VERSION file).
    public var version: String
    /// The commit the program was built from ("unknown" outside a git checkout).
    public var commit: String
    /// 数据库结构版本: the number of migrations the program applies (a file's `PRAGMA user_version` after an upgrade).
    public var schemaVersion: Int
    /// The last migration's name (`0027_old_images`).
    public var schemaMigration: String
    /// The procedure catalogs shipped (`2018-county.v6`, `grading.v1`, …), in file order.
    public var procedures: [String]
    /// The rule sets shipped (`1990`, `2020`).
    public var ruleSets: [String]

    /// The version of this build: `release` and `commit` come from the build (TuixuanBuildInfo), the rest from Schema/.
    public static func of(release: String, commit: String) -> ProgramVersion {
        let migrations = SchemaFiles.files(in: "migrations").filter { $0.path.hasSuffix(".sql") }
            .map { String($0.path.dropFirst("migrations/".count).dropLast(".sql".count)) }
        return ProgramVersion(
            version: release, commit: commit, schemaVersion: migrations.count, schemaMigration: migrations.last ?? "",
            // Named by their files (`procedures/NAME.vN.json`, `rulesets/ID.json`), which a test holds to their contents:
            // the version is printed before every command's parse, so nothing is decoded for it.
            procedures: SchemaFiles.files(in: "procedures").map { String($0.path.dropFirst("procedures/".count).dropLast(".json".count)) },
            ruleSets: SchemaFiles.files(in: "rulesets").map { String($0.path.dropFirst("rulesets/".count).dropLast(".json".count)) })
    }

    /// The lines `tuixuan --version` prints.
    public func lines(_ language: Language) -> [String] {
        let zh = language == .zh
        return [
            "tuixuan \(version)",
            (zh ? "提交：" : "commit: ") + commit,
            (zh ? "数据库结构：第\(schemaVersion)版（\(schemaMigration)）" : "schema: version \(schemaVersion) (\(schemaMigration))"),
            (zh ? "程序定义：" : "procedures: ") + procedures.joined(separator: zh ? "、" : ", "),
            (zh ? "规则集：" : "rule sets: ") + ruleSets.joined(separator: zh ? "、" : ", "),
        ]
    }
}
