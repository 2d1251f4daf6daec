import Foundation
import Testing
import TuixuanSchema
@testable import TuixuanCore

/// `tuixuan doctor`'s judgements, each from the facts alone (the command line gathers them; tests of the gathering are
/// end-to-end, in InstallationCLITests).
@Suite("Doctor (环境检查)")
struct DoctorTests {
    static let program = ProgramVersion.of(release: "9.9.9", commit: "abc")
    static let mib: Int64 = 1_048_576
    static let gib: Int64 = 1_073_741_824

    struct DiskCase: Sendable, CustomTestStringConvertible {
        var label: String
        var free: Int64?
        var database: Int64
        var status: DoctorStatus
        var testDescription: String { label }
    }

    // Room for the upgrade's copy: 2 × file + 100 MiB (below: problem); comfortable: 4 × file + 1 GiB (below: warning).
    static let diskCases: [DiskCase] = [
        DiskCase(label: "exactly room for the copy", free: 2 * 300 * mib + 100 * mib, database: 300 * mib, status: .warning),
        DiskCase(label: "one byte short of the copy", free: 2 * 300 * mib + 100 * mib - 1, database: 300 * mib, status: .problem),
        DiskCase(label: "exactly comfortable", free: 4 * 300 * mib + gib, database: 300 * mib, status: .ok),
        DiskCase(label: "one byte short of comfortable", free: 4 * 300 * mib + gib - 1, database: 300 * mib, status: .warning),
        DiskCase(label: "no database yet, 99 MiB free", free: 99 * mib, database: 0, status: .problem),
        DiskCase(label: "no database yet, 2 GiB free", free: 2 * gib, database: 0, status: .ok),
        DiskCase(label: "free space unknown", free: nil, database: 0, status: .warning),
    ]

    @Test("Disk space: the copy an upgrade needs, and a comfortable margin", arguments: diskCases)
    func disk(_ row: DiskCase) {
        let finding = Doctor.diskFinding(free: row.free, databaseBytes: row.database)
        #expect(finding.check == .disk)
        #expect(finding.status == row.status)
        #expect((finding.advice != nil) == (row.status == .problem || row.status == .warning && row.free != nil))
    }

    @Test("SQLite: 3.37.0 (STRICT tables) or later", arguments: [
        ("3.37.0", DoctorStatus.ok), ("3.36.99", .problem), ("3.37", .ok), ("3.40.1", .ok), ("3.34.1", .problem), ("4.0.0", .ok), ("2.99.99", .problem),
    ])
    func sqlite(_ version: String, _ status: DoctorStatus) {
        #expect(Doctor.sqliteFinding(version: version).status == status)
    }

    @Test("Database access: each way a file can fail to be usable")
    func database() {
        let cases: [(DatabaseFacts.Access, DoctorStatus, String)] = [
            (.missing, .problem, "不存在"), (.empty, .problem, "空文件"),
            (.unreadable(LocalizedText(zh: "不是数据库", en: "not a database")), .problem, "无法作为数据库读取：不是数据库"),
            (.readOnly(LocalizedText(zh: "只读", en: "read-only")), .problem, "不能写入：只读"),
            (.busy, .warning, "正被另一个程序写入"), (.readWrite, .ok, "可读写"),
            (.damaged(LocalizedText(zh: "第34页有误", en: "page 34")), .problem, "已损坏（SQLite 检查：第34页有误）"),
            (.recoveryPending, .warning, "中断的写入的日志"),
        ]
        for (access, status, words) in cases {
            let finding = Doctor.databaseFinding(DatabaseFacts(path: "/x/county.sqlite", bytes: 1_400_000, access: access))
            #expect(finding.status == status, "\(access)")
            #expect(finding.summary.zh.contains(words), "\(finding.summary.zh)")
            #expect(finding.summary.zh.contains("/x/county.sqlite"))
            #expect((finding.advice == nil) == (status == .ok))
        }
    }

    @Test("An empty database path is named as such")
    func emptyPath() {
        #expect(Doctor.databaseFinding(DatabaseFacts(path: "", bytes: 0, access: .missing)).summary.zh == "没有指定数据库文件（--db 或 TUIXUAN_DB 为空）")
    }

    @Test("Schema: current, older (upgraded at the next act), newer, altered, foreign, not opened")
    func schema() {
        let known = Self.program.schemaVersion
        let names = SchemaFiles.files(in: "migrations").map(\.path)
        func facts(_ recorded: Int, unknown: [String] = [], userVersion: Int? = nil, differences: [String]? = [], access: DatabaseFacts.Access = .readWrite) -> DatabaseFacts {
            DatabaseFacts(path: "/x", bytes: 1, access: access, recordedMigrations: Array(names.prefix(recorded)) + unknown, unknownMigrations: unknown,
                          userVersion: userVersion ?? recorded, schemaDifferences: differences)
        }
        let cases: [(String, DatabaseFacts, DoctorStatus)] = [
            ("current", facts(known), .ok),
            ("one migration behind", facts(known - 1), .warning),
            ("a migration this program does not know", facts(known, unknown: ["9999_future"]), .problem),
            ("a newer header version only", facts(known, userVersion: known + 1), .problem),
            ("the header at this program's version", facts(known, userVersion: known), .ok),
            ("an object added outside the program", facts(known, differences: ["table mine"]), .problem),
            ("no migrations: not ours", facts(0), .problem),
            ("not opened", facts(0, access: .missing), .skipped),
            ("read-only is still read", facts(known, access: .readOnly(LocalizedText(zh: "", en: ""))), .ok),
            ("damaged: not read further", facts(known, access: .damaged(LocalizedText(zh: "", en: ""))), .skipped),
            ("an interrupted write: not read further", facts(known, access: .recoveryPending), .skipped),
        ]
        for (label, facts, status) in cases {
            #expect(Doctor.schemaFinding(facts, program: Self.program).status == status, "\(label)")
        }
        #expect(Doctor.schemaFinding(facts(known - 1), program: Self.program).advice?.zh.contains("自动升级") == true)
        // A record of migrations with a gap is no older file: every command refuses it.
        var gap = facts(known - 1)
        gap.migrationRecordAltered = LocalizedText(zh: "缺少0006", en: "0006 missing")
        #expect(Doctor.schemaFinding(gap, program: Self.program).status == .problem)
        #expect(Doctor.schemaFinding(gap, program: Self.program).summary.zh.contains("版本记录被改动：缺少0006"))
    }

    @Test("Audit: verified, not verified, unsigned before the anchor, the head log")
    func audit() {
        func facts(_ audit: AuditFacts?) -> DatabaseFacts { DatabaseFacts(path: "/x", bytes: 1, access: .readWrite, audit: audit) }
        let head = "202:" + String(repeating: "b", count: 64)
        let intact = AuditFacts(events: 202, head: head, problems: 0, signingAnchored: true, unsignedEvents: 0)
        var broken = intact
        broken.problems = 3
        broken.firstProblem = LocalizedText(zh: "第5号事件的内容已被改动", en: "event #5 was edited")
        var unanchored = intact
        unanchored.signingAnchored = false
        unanchored.unsignedEvents = 12
        var logged = intact
        logged.headsChecked = 7
        var emptyLog = intact
        emptyLog.headsChecked = 0
        var replaced = intact
        replaced.headsChecked = 0
        replaced.replacedLines = 2
        let cases: [(String, AuditFacts?, DoctorStatus, String)] = [
            ("intact, no head log", intact, .ok, "未设链头记录文件"),
            ("intact, heads checked", logged, .ok, "7个链头都在链中"),
            ("head log with none of ours", emptyLog, .warning, "没有本库的链头"),
            ("head log naming this path from another database", replaced, .problem, "可能已被整个替换"),
            ("problems", broken, .problem, "3处不符，第一处：第5号事件的内容已被改动"),
            ("unsigned before the anchor", unanchored, .warning, "12个事件未签名"),
            ("not verified", nil, .skipped, "未检查"),
        ]
        for (label, audit, status, words) in cases {
            let finding = Doctor.auditFinding(facts(audit))
            #expect(finding.status == status, "\(label)")
            #expect(finding.summary.zh.contains(words), "\(label): \(finding.summary.zh)")
        }
        #expect(Doctor.auditFinding(facts(logged)).advice == nil)
    }

    @Test("Printing: weasyprint, a browser, fonts covering Chinese")
    func printing() {
        #expect(Doctor.pdfFinding(weasyprint: nil).status == .warning)
        #expect(Doctor.pdfFinding(weasyprint: "/usr/bin/weasyprint").status == .ok)
        #expect(Doctor.browserFinding([]).status == .warning)
        #expect(Doctor.browserFinding(["/usr/bin/chromium"]).status == .ok)
        #expect(Doctor.fontsFinding(nil).status == .warning)
        #expect(Doctor.fontsFinding([]).status == .problem)
        #expect(Doctor.fontsFinding(["Noto Sans CJK SC"]).status == .ok)
        #expect(Doctor.fontsFinding([]).advice?.zh == "apt-get install fonts-noto-cjk")
    }

    @Test("Every check, once each, in order", arguments: [Language.zh, .en])
    func everyCheck(_ language: Language) {
        let findings = Doctor.findings(database: DatabaseFacts(path: "/x", bytes: 0, access: .missing),
                                       machine: MachineFacts(sqliteVersion: "3.40.1", weasyprint: nil, browsers: [], chineseFonts: nil, freeBytes: nil),
                                       program: Self.program)
        #expect(findings.map(\.check) == DoctorCheck.allCases)
        #expect(findings.allSatisfy { !$0.summary.text(language).isEmpty && !$0.check.describe(language).isEmpty })
    }

    @Test("Byte counts", arguments: [(Int64(0), "0 B"), (999, "999 B"), (1000, "1 KB"), (1_460_000, "1.5 MB"), (9_940_000, "9.9 MB"), (65_300_000_000, "65 GB")])
    func bytes(_ bytes: Int64, _ text: String) {
        #expect(Doctor.byteCount(bytes) == text)
    }

    @Test("The version names the shipped catalogs and rule sets by what their files hold")
    func versionNamesWhatIsShipped() {
        let version = ProgramVersion.of(release: "1.0.0", commit: "c")
        #expect(version.procedures == Procedure.builtIn.map { "\($0.procedure).v\($0.version)" })
        #expect(version.ruleSets == RuleSet.builtIn.keys.sorted())
        #expect(version.schemaVersion == SchemaFiles.files(in: "migrations").filter { $0.path.hasSuffix(".sql") }.count)
        #expect(version.schemaMigration.hasPrefix(String(format: "%04d_", version.schemaVersion)))
        #expect(version.lines(.zh)[0] == "tuixuan 1.0.0")
    }
}
