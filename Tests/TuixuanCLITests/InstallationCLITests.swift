import Foundation
import GRDB
import Testing
import TuixuanCore
@testable import TuixuanStore

/// Issue 18, "Shipping it": `tuixuan --version` and `tuixuan doctor`, driven through the real binary. Each check the doctor
/// makes is seen here on a machine or a file where it fails, and where it passes.
@Suite("Installation: version and doctor")
struct InstallationCLITests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Runs a program of the system (git, gzip, chattr), returning its status and output.
    @discardableResult
    static func system(_ arguments: [String], in folder: URL? = nil) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    /// The doctor's findings by check, from --json.
    static func checks(_ output: CLI.Output) -> [String: [String: Any]] {
        let checks = (output.json as? [String: Any])?["checks"] as? [[String: Any]] ?? []
        return Dictionary(uniqueKeysWithValues: checks.map { ($0["check"] as! String, $0) })
    }

    static func status(_ output: CLI.Output, _ check: String) -> String? { checks(output)[check]?["status"] as? String }

    @Test("--version: the release from VERSION, the commit HEAD names, the schema and the catalogs carried")
    func version() throws {
        let cli = try CLI()
        let text = try cli.ok("--version").stdout
        let release = try String(contentsOf: Self.repository.appendingPathComponent("VERSION"), encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        let head = try Self.system(["git", "rev-parse", "HEAD"], in: Self.repository)
        let migrations = try FileManager.default.contentsOfDirectory(atPath: Self.repository.appendingPathComponent("Schema/migrations").path).filter { $0.hasSuffix(".sql") }.sorted()
        #expect(text.hasPrefix("tuixuan \(release)\n"))
        if head.status == 0 {
            #expect(text.contains("提交：\(head.output.trimmingCharacters(in: .whitespacesAndNewlines))"))
        } else {
            #expect(text.contains("提交：unknown"))
        }
        #expect(text.contains("数据库结构：第\(migrations.count)版（\(migrations.last!.dropLast(4))）"))
        #expect(text.contains("程序定义：2018-county.v1、") && text.contains("grading.v1") && text.contains("rectification.v1"))
        #expect(try cli.ok("--version", "--lang", "en").stdout.contains("schema: version \(migrations.count)"))
        let json = try #require(try cli.ok("version", "--json").json as? [String: Any])
        #expect(Set(json.keys) == ["version", "commit", "schema_version", "schema_migration", "procedures", "rule_sets"])
        #expect(json["version"] as? String == release)
        #expect(json["schema_version"] as? Int == migrations.count)
        #expect((json["procedures"] as? [String])?.contains("2018-county.v6") == true)
    }

    /// The README's first session, as written (the lines between its ```sh and ```).
    static func firstSession() throws -> String {
        let readme = try String(contentsOf: repository.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.range(of: "## A first session"))
        let rest = readme[section.upperBound...]
        let open = try #require(rest.range(of: "```sh\n"))
        let close = try #require(rest[open.upperBound...].range(of: "\n```\n"))
        return String(rest[open.upperBound..<close.lowerBound])
    }

    @Test("the README's first session runs as written, line by line, with tuixuan on the PATH (CI runs it again with the installed package)")
    func readmeFirstSession() throws {
        let cli = try CLI()
        let script = try Self.firstSession()
        #expect(script.hasPrefix("mkdir first-session && cd first-session\n"))
        #expect(script.contains("tuixuan doctor") && script.contains("tuixuan audit verify"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", "set -e -o pipefail\n" + script]
        process.currentDirectoryURL = cli.folder
        // As a user's shell has it: the program on the PATH, a passphrase for key create (typed at a terminal otherwise),
        // the real clock (the session's congress date is a month from today).
        process.environment = ["PATH": CLI.binary.deletingLastPathComponent().path + ":/usr/bin:/bin", "HOME": cli.folder.path,
                               "TUIXUAN_PASSPHRASE": "first session passphrase", "LANG": "C.UTF-8"]
        let log = cli.folder.appendingPathComponent("session.log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        let output = try String(contentsOf: log, encoding: .utf8)
        #expect(process.terminationStatus == 0, "\(output.suffix(2000))")
        #expect(output.contains("核验通过"))
        #expect(output.contains("环境检查") && output.contains("✓ 数据库结构：数据库结构为最新"))
        #expect(FileManager.default.fileExists(atPath: cli.folder.appendingPathComponent("first-session/county.sqlite").path))
    }

    @Test("doctor on a healthy database: every check passes, the file is not touched, exit 0")
    func healthy() throws {
        var cli = try CLI()
        try cli.setUpCounty()
        try cli.ok("org", "list")
        let log = cli.path("heads.log")
        try cli.ok("org", "add", "--operator", "县审核", "--code", "V2", "--name", "东升村", "--level", "village", "--parent", "T1", "--previous-size", "3", "--head-log", log)
        cli.environment["TUIXUAN_HEAD_LOG"] = log
        cli.environment["PATH"] = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let before = try cli.databaseBytes()
        let report = try cli.ok("doctor", "--json")
        for check in ["database", "schema", "audit", "sqlite"] { #expect(Self.status(report, check) == "ok", "\(check): \(Self.checks(report)[check] ?? [:])") }
        #expect((Self.checks(report)["audit"]?["summary"] as? String)?.contains("链头记录文件中本库的1个链头都在链中") == true)
        #expect((report.json as? [String: Any])?["problems"] as? Int == 0)
        #expect(try cli.databaseBytes() == before)
        let text = try cli.ok("doctor").stdout
        #expect(text.contains("✓ 数据库：数据库 ") && text.contains("可读写"))
        #expect(text.contains("✓ 数据库结构：数据库结构为最新"))
        #expect(try cli.ok("doctor", "--lang", "en").stdout.contains("✓ schema: the schema is current"))
    }

    @Test("doctor without a database: named as missing, the checks that need it skipped, exit 1, no file made")
    func missing() throws {
        let cli = try CLI()
        let report = try cli.fails(1, "doctor", "--json")
        #expect(Self.status(report, "database") == "problem")
        #expect(Self.status(report, "schema") == "skipped" && Self.status(report, "audit") == "skipped")
        #expect((Self.checks(report)["database"]?["advice"] as? String)?.contains("tuixuan init") == true)
        #expect(!FileManager.default.fileExists(atPath: cli.databasePath))
        // Not a database at all: a spreadsheet saved under the database's name.
        try "姓名,性别\n".write(toFile: cli.databasePath, atomically: true, encoding: .utf8)
        let foreign = try cli.fails(1, "doctor", "--json")
        #expect(Self.status(foreign, "database") == "problem")
        #expect((Self.checks(foreign)["database"]?["summary"] as? String)?.contains("无法作为数据库读取") == true)
        // An SQLite file that is not tuixuan's.
        try FileManager.default.removeItem(atPath: cli.databasePath)
        let other = try DatabaseQueue(path: cli.databasePath)
        try other.write { try $0.execute(sql: "CREATE TABLE t(x)") }
        try other.close()
        let notOurs = try cli.fails(1, "doctor", "--json")
        #expect(Self.status(notOurs, "database") == "ok" && Self.status(notOurs, "schema") == "problem")
        #expect((Self.checks(notOurs)["schema"]?["summary"] as? String)?.contains("不是 tuixuan 的数据库") == true)
    }

    @Test("doctor on a file another program is writing: busy, a warning, exit 0")
    func busy() throws {
        let cli = try CLI()
        try cli.setUpCounty()
        let holder = try DatabaseQueue(path: cli.databasePath)
        try holder.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            defer { try? db.execute(sql: "ROLLBACK") }
            let report = try cli.ok("doctor", "--json")
            #expect(Self.status(report, "database") == "warning")
            #expect((Self.checks(report)["database"]?["summary"] as? String)?.contains("正被另一个程序写入") == true)
        }
        try holder.close()
    }

    @Test("doctor on a file that cannot be written: read-only, named, exit 1; read as it is, no -wal or -shm left for its owner")
    func readOnly() throws {
        let cli = try CLI()
        try cli.setUpCounty()
        // As root, permissions do not stop a write: the file is made immutable instead (what a write-protected disk does).
        let root = getuid() == 0
        let made = root ? try Self.system(["chattr", "+i", cli.databasePath]) : (status: chmod(cli.databasePath, 0o444), output: "")
        try #require(made.status == 0, "cannot make the file read-only here: \(made.output)")
        defer { if root { _ = try? Self.system(["chattr", "-i", cli.databasePath]) } else { chmod(cli.databasePath, 0o644) } }
        try #require(DoctorAttackCLITests.sideFiles(cli.databasePath).isEmpty)
        let report = try cli.fails(1, "doctor", "--json")
        #expect(DoctorAttackCLITests.sideFiles(cli.databasePath).isEmpty, "the attack review found -wal and -shm left, owned by the doctor's user")
        #expect(Self.status(report, "database") == "problem")
        #expect((Self.checks(report)["database"]?["summary"] as? String)?.contains("可以读取，但不能写入") == true)
        #expect(Self.status(report, "schema") == "ok" && Self.status(report, "audit") == "ok", "what can be read is still checked")
    }

    @Test("doctor on an older file: a warning that the next act upgrades it with a copy; the doctor itself upgrades nothing")
    func older() throws {
        let cli = try CLI(now: "2026-12-21T09:00:00+08:00")
        try Release.unpackOlder(to: cli.databasePath)
        let before = try cli.databaseBytes()
        let report = try cli.ok("doctor", "--json")
        #expect(Self.status(report, "schema") == "warning")
        #expect((Self.checks(report)["schema"]?["advice"] as? String)?.contains("下一次操作时自动升级") == true)
        #expect(Self.status(report, "audit") == "ok", "verified against the schema its migrations made")
        #expect(try cli.databaseBytes() == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: cli.folder.path).filter { $0.contains("before-") }.isEmpty)
        // A file from a newer program.
        let newer = try DatabaseQueue(path: cli.databasePath)
        try newer.writeWithoutTransaction { try $0.execute(sql: "PRAGMA user_version = 999") }
        try newer.close()
        let refused = try cli.fails(1, "doctor", "--json")
        #expect(Self.status(refused, "schema") == "problem")
        #expect((Self.checks(refused)["schema"]?["advice"] as? String)?.contains("安装新版 tuixuan") == true)
    }

    @Test("doctor on a file changed outside the program: the schema or the audit says so, exit 1")
    func tampered() throws {
        let cli = try CLI()
        try cli.setUpCounty()
        let queue = try DatabaseQueue(path: cli.databasePath)
        try queue.write { try $0.execute(sql: "UPDATE organization SET name = '改名村' WHERE code = 'V1'") }
        let edited = try cli.fails(1, "doctor", "--json")
        #expect(Self.status(edited, "schema") == "ok" && Self.status(edited, "audit") == "problem")
        #expect((Self.checks(edited)["audit"]?["summary"] as? String)?.contains("审计核验未通过") == true)
        try queue.write { try $0.execute(sql: "CREATE TABLE notes(x)") }
        try queue.close()
        let altered = try cli.fails(1, "doctor", "--json")
        #expect(Self.status(altered, "schema") == "problem" && Self.status(altered, "audit") == "skipped")
        #expect((Self.checks(altered)["schema"]?["summary"] as? String)?.contains("table notes") == true)
    }

    @Test("doctor with a head log the file was rolled back behind: the audit names the missing head, exit 1")
    func rolledBack() throws {
        var cli = try CLI()
        try cli.setUpCounty()
        let log = cli.path("heads.log")
        let copy = cli.path("earlier.sqlite")
        try FileManager.default.copyItem(atPath: cli.databasePath, toPath: copy)
        try cli.ok("org", "add", "--operator", "县审核", "--code", "V2", "--name", "东升村", "--level", "village", "--parent", "T1", "--previous-size", "3", "--head-log", log)
        try FileManager.default.removeItem(atPath: cli.databasePath)
        try FileManager.default.copyItem(atPath: copy, toPath: cli.databasePath)
        cli.environment["TUIXUAN_HEAD_LOG"] = log
        let report = try cli.fails(1, "doctor", "--json")
        #expect(Self.status(report, "audit") == "problem")
        #expect((Self.checks(report)["audit"]?["summary"] as? String)?.contains("事件链中已没有先前记下的链头") == true)
    }

    @Test("doctor on a bare machine: no weasyprint, no browser, no fc-list — warnings with what to install, exit 0")
    func bareMachine() throws {
        var cli = try CLI()
        try cli.setUpCounty()
        let empty = cli.folder.appendingPathComponent("empty-bin")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        cli.environment["PATH"] = empty.path
        let report = try cli.ok("doctor", "--json")
        #expect(Self.status(report, "pdf") == "warning" && Self.status(report, "browser") == "warning" && Self.status(report, "fonts") == "warning")
        #expect((Self.checks(report)["pdf"]?["advice"] as? String)?.contains("apt-get install weasyprint") == true)
        #expect((Self.checks(report)["fonts"]?["advice"] as? String)?.contains("fonts-noto-cjk") == true)
        #expect((report.json as? [String: Any])?["warnings"] as? Int == 3)
    }

    @Test("doctor with fontconfig but no font covering Chinese: a problem, exit 1; with the system's fonts, as fc-list says")
    func fonts() throws {
        var cli = try CLI()
        try cli.setUpCounty()
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/fc-list") else {
            Issue.record("fontconfig is not installed: .ci/run installs it")
            return
        }
        let config = try cli.write("fonts.conf", "<?xml version=\"1.0\"?>\n<fontconfig><cachedir>\(cli.folder.path)/fc-cache</cachedir></fontconfig>\n")
        cli.environment["FONTCONFIG_FILE"] = config
        let none = try cli.fails(1, "doctor", "--json")
        #expect(Self.status(none, "fonts") == "problem")
        #expect((Self.checks(none)["fonts"]?["summary"] as? String)?.contains("汉字会显示为方框") == true)
        cli.environment["FONTCONFIG_FILE"] = nil
        let system = try Self.system(["fc-list", ":lang=zh", "family"]).output.split(separator: "\n").count
        let report = try cli.run(["doctor", "--json"])
        #expect(Self.status(report, "fonts") == (system > 0 ? "ok" : "problem"))
    }

    @Test("doctor's disk check reads the disk that holds the database")
    func disk() throws {
        let cli = try CLI()
        try cli.setUpCounty()
        let report = try cli.run(["doctor", "--json", "--lang", "en"])
        let free = try #require(try FileManager.default.attributesOfFileSystem(forPath: cli.folder.path)[.systemFreeSize] as? NSNumber).int64Value
        let summary = try #require(Self.checks(report)["disk"]?["summary"] as? String)
        let expected = Doctor.diskFinding(free: free, databaseBytes: Int64(try cli.databaseBytes().count))
        #expect(Self.status(report, "disk") == expected.status.rawValue)
        #expect(summary.hasSuffix("free on the database's disk") || summary.contains("less than"), "\(summary)")
        let shown = String(summary.prefix { $0 != " " })
        #expect(Double(shown) != nil, "the free space leads the line: \(summary)")
    }
}

/// The attack review of the doctor (issue 18): each finding, reproduced as the reviewer did, now answered.
@Suite("Doctor: attack review")
struct DoctorAttackCLITests {
    static let status = InstallationCLITests.status
    static func summary(_ output: CLI.Output, _ check: String) -> String { InstallationCLITests.checks(output)[check]?["summary"] as? String ?? "" }

    static func sha(_ path: String) throws -> String {
        try InstallationCLITests.system(["sha256sum", path]).output.split(separator: " ").first.map(String.init) ?? ""
    }

    static func sideFiles(_ path: String) -> [String] {
        ["-wal", "-shm", "-journal"].filter { FileManager.default.fileExists(atPath: path + $0) }
    }

    @Test("a trigger named like GRDB's record (GRDBxevil) is an altered schema to the doctor, to audit verify and to every act")
    func triggerNamedLikeGRDB() throws {
        let cli = try CLI()
        try cli.setUpCounty()
        let queue = try DatabaseQueue(path: cli.databasePath)
        try queue.write { try $0.execute(sql: "CREATE TRIGGER GRDBxevil AFTER INSERT ON organization BEGIN UPDATE organization SET name = '篡改' WHERE id = new.id; END") }
        try queue.close()
        let report = try cli.fails(1, "doctor", "--json")
        #expect(Self.status(report, "schema") == "problem")
        #expect(Self.summary(report, "schema").contains("GRDBxevil"))
        #expect(try cli.run(["audit", "verify"]).status != 0)
        let act = try cli.run(["org", "add", "--operator", "县审核", "--code", "V2", "--name", "东升村", "--level", "village", "--parent", "T1", "--previous-size", "3"])
        #expect(act.status != 0, "an act refuses a file with a planted trigger")
    }

    @Test("a write-ahead log left beside a copied file: the doctor reads it and leaves the file and the log as they were")
    func hotLog() throws {
        let cli = try CLI()
        try cli.setUpCounty()
        let copy = cli.path("copy.sqlite")
        // A reader holding a snapshot keeps the act's pages in the log; the file and its log are copied as they are then.
        let holder = try DatabaseQueue(path: cli.databasePath)
        try holder.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN DEFERRED")
            _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM event")
            try cli.ok("org", "add", "--operator", "县审核", "--code", "V2", "--name", "东升村", "--level", "village", "--parent", "T1", "--previous-size", "3")
            try FileManager.default.copyItem(atPath: cli.databasePath, toPath: copy)
            try FileManager.default.copyItem(atPath: cli.databasePath + "-wal", toPath: copy + "-wal")
            try db.execute(sql: "ROLLBACK")
        }
        try holder.close()
        let walBytes = try #require(try FileManager.default.attributesOfItem(atPath: copy + "-wal")[.size] as? Int)
        try #require(walBytes > 0, "the copy has a log with the act in it")
        let (file, log) = (try Self.sha(copy), try Self.sha(copy + "-wal"))
        let report = try cli.ok("doctor", "--db", copy, "--json")
        #expect(Self.status(report, "database") == "ok" && Self.status(report, "audit") == "ok")
        #expect(try Self.sha(copy) == file, "the log was not folded into the file")
        #expect(FileManager.default.fileExists(atPath: copy + "-wal"))
        #expect(try Self.sha(copy + "-wal") == log)
        // The act in the log was seen: the chain the doctor verified ends with it.
        #expect(Self.summary(report, "audit").contains(try cli.ok("audit", "head", "--json").json.flatMap { ($0 as? [String: Any])?["last_event"] as? Int }.map { "链头 \($0):" } ?? "?"))
    }

    @Test("a journal left by an interrupted write: reported, not rolled back by the doctor")
    func interruptedWrite() throws {
        let cli = try CLI()
        try cli.setUpCounty()
        try "journal".write(toFile: cli.databasePath + "-journal", atomically: true, encoding: .utf8)
        let before = try cli.databaseBytes()
        let report = try cli.ok("doctor", "--json")
        #expect(Self.status(report, "database") == "warning" && Self.status(report, "schema") == "skipped")
        #expect(Self.summary(report, "database").contains("中断的写入"))
        #expect(try cli.databaseBytes() == before && FileManager.default.fileExists(atPath: cli.databasePath + "-journal"))
    }

    @Test("a damaged index: SQLite's own check finds it, exit 1 (it was 'all well' before)")
    func damagedIndex() throws {
        let cli = try CLI()
        try cli.setUpCounty()
        let queue = try DatabaseQueue(path: cli.databasePath)
        let (page, size) = try queue.read { db in
            (try Int.fetchOne(db, sql: "SELECT rootpage FROM sqlite_master WHERE type = 'index' AND tbl_name = 'organization' AND sql IS NOT NULL ORDER BY name LIMIT 1")!,
             try Int.fetchOne(db, sql: "PRAGMA page_size")!)
        }
        try queue.close()
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: cli.databasePath))
        try handle.seek(toOffset: UInt64((page - 1) * size + 8))
        try handle.write(contentsOf: Data(repeating: 0xEE, count: 64))
        try handle.close()
        let report = try cli.fails(1, "doctor", "--json")
        #expect(Self.status(report, "database") == "problem")
        #expect(Self.summary(report, "database").contains("已损坏"))
    }

    @Test("a file replaced whole at the head log's path: a problem, as audit verify --heads-from says")
    func replacedWhole() throws {
        var cli = try CLI()
        try cli.setUpCounty()
        let log = cli.path("heads.log")
        try cli.ok("org", "add", "--operator", "县审核", "--code", "V2", "--name", "东升村", "--level", "village", "--parent", "T1", "--previous-size", "3", "--head-log", log)
        try FileManager.default.removeItem(atPath: cli.databasePath)
        try cli.ok("init", "--county-code", "C1", "--county-name", "示范县", "--reviewer", "县审核")
        cli.environment["TUIXUAN_HEAD_LOG"] = log
        let report = try cli.fails(1, "doctor", "--json")
        #expect(Self.status(report, "audit") == "problem")
        #expect(Self.summary(report, "audit").contains("可能已被整个替换"))
    }

    @Test("a migration record with a row deleted is a problem, not an 'older file' (every command refuses it)")
    func migrationRecordGap() throws {
        let cli = try CLI()
        try cli.setUpCounty()
        let queue = try DatabaseQueue(path: cli.databasePath)
        try queue.write { try $0.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = ?", arguments: [OwnedSchema.migrationNames[5]]) }
        try queue.close()
        let report = try cli.fails(1, "doctor", "--json")
        #expect(Self.status(report, "schema") == "problem")
        #expect(Self.summary(report, "schema").contains("版本记录被改动"))
        #expect(try cli.run(["org", "list"]).status != 0)
    }

    @Test("an fc-list that fails, or leaves a child holding its output: 'cannot check', never 'no font', never a hang")
    func misbehavingFontList() throws {
        var cli = try CLI()
        try cli.setUpCounty()
        let bin = cli.folder.appendingPathComponent("fake-bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let fcList = bin.appendingPathComponent("fc-list").path
        cli.environment["PATH"] = bin.path + ":/usr/bin:/bin"
        try "#!/bin/sh\nexit 1\n".write(toFile: fcList, atomically: true, encoding: .utf8)
        chmod(fcList, 0o755)
        let failed = try cli.run(["doctor", "--json"])
        #expect(Self.status(failed, "fonts") == "warning")
        #expect(Self.summary(failed, "fonts").contains("无法检查字体"))
        try "#!/bin/sh\necho 'Noto Sans CJK SC,Noto Sans CJK SC Regular'\n(sleep 3) &\nexit 0\n".write(toFile: fcList, atomically: true, encoding: .utf8)
        let child = try cli.run(["doctor", "--json"])
        #expect(Self.status(child, "fonts") == "ok")
        // A folder named like a tool is no tool.
        try FileManager.default.createDirectory(at: bin.appendingPathComponent("weasyprint"), withIntermediateDirectories: true)
        cli.environment["PATH"] = bin.path
        #expect(Self.status(try cli.run(["doctor", "--json"]), "pdf") == "warning")
    }

    @Test("links: a link to the database is measured as its target; a dangling one is missing, and nothing is created")
    func links() throws {
        let cli = try CLI()
        try cli.setUpCounty()
        let link = cli.path("link.sqlite")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: cli.databasePath)
        let report = try cli.ok("doctor", "--db", link, "--json", "--lang", "en")
        let size = Doctor.byteCount(Int64(try cli.databaseBytes().count))
        #expect(Self.summary(report, "database").contains("(\(size))"))
        // On another disk: its free space is the target's disk's, not the link's (the review found the link's folder used).
        let shm = URL(fileURLWithPath: "/dev/shm/tuixuan-doctor-\(UUID().uuidString).sqlite").path
        try FileManager.default.copyItem(atPath: cli.databasePath, toPath: shm)
        defer { try? FileManager.default.removeItem(atPath: shm) }
        let farLink = cli.path("far-link.sqlite")
        try FileManager.default.createSymbolicLink(atPath: farLink, withDestinationPath: shm)
        let far = try cli.ok("doctor", "--db", farLink, "--json", "--lang", "en")
        let free = try #require(try FileManager.default.attributesOfFileSystem(forPath: "/dev/shm")[.systemFreeSize] as? NSNumber).int64Value
        let here = try #require(try FileManager.default.attributesOfFileSystem(forPath: cli.folder.path)[.systemFreeSize] as? NSNumber).int64Value
        try #require(Doctor.byteCount(free) != Doctor.byteCount(here), "/dev/shm and the test folder must differ in free space to tell them apart")
        #expect(Self.summary(far, "disk").hasPrefix(Doctor.byteCount(free) + " free"), "\(Self.summary(far, "disk"))")
        let dangling = cli.path("dangling.sqlite")
        let target = cli.path("never-made.sqlite")
        try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: target)
        let missing = try cli.fails(1, "doctor", "--db", dangling, "--json")
        #expect(Self.status(missing, "database") == "problem")
        #expect(!FileManager.default.fileExists(atPath: target), "the doctor made no file at the link's target")
    }

    @Test("another program holding the file in exclusive mode: busy, a warning, not 'damaged, restore a backup'")
    func exclusiveLock() throws {
        let cli = try CLI()
        try cli.setUpCounty()
        let holder = try DatabaseQueue(path: cli.databasePath)
        try holder.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA locking_mode = EXCLUSIVE")
            try db.execute(sql: "BEGIN EXCLUSIVE")
            defer { try? db.execute(sql: "ROLLBACK") }
            let report = try cli.run(["doctor", "--json"])
            #expect(Self.status(report, "database") == "warning", "\(InstallationCLITests.checks(report)["database"] ?? [:])")
        }
        try holder.close()
    }
}
