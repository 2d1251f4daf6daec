import Foundation
import GRDB
import Testing

@Suite("audit verify through the CLI")
struct AuditCLITests {
    @Test("an edit made directly to the file is named, and every act stops until it is examined")
    func directEdit() throws {
        let cli = try CLI()
        try cli.setUpCounty()
        try cli.ok("member", "import", try cli.write("roll.csv", CLI.goodRoll), "--org", "V1", "--operator", "乡指导")
        let intact = try cli.ok("audit", "verify")
        #expect(intact.stdout.contains("核验通过"))

        // As with the sqlite3 shell: make a probationary member a full member.
        let queue = try DatabaseQueue(path: cli.databasePath)
        try queue.writeWithoutTransaction { db in try db.execute(sql: "UPDATE member SET status = 'full' WHERE name = '陆兰'") }
        try queue.close()

        let report = try cli.fails(1, "audit", "verify", "--json")
        let json = try #require(report.json as? [String: Any])
        #expect(json["intact"] as? Bool == false)
        let problems = try #require(json["problems"] as? [[String: Any]])
        #expect(problems.contains { $0["kind"] as? String == "row_changed" && $0["table"] as? String == "member" })
        #expect(problems.contains { $0["kind"] as? String == "unrecorded_changes" })
        let refused = try cli.fails(1, "election", "start", "--org", "V1", "--congress-date", "2026-12-02", "--operator", "乡指导")
        #expect(refused.stderr.contains("audit verify"))
    }
}

@Suite("backup and restore through the CLI")
struct BackupCLITests {
    @Test("a backup restores; a tampered backup is refused and nothing is replaced")
    func backupRestore() throws {
        let cli = try CLI()
        try cli.setUpCounty()
        let backup = cli.path("backup.sqlite")
        let made = try cli.ok("backup", "--out", backup)
        #expect(made.stdout.contains("完整性 ok") && made.stdout.contains("通过"))
        try cli.fails(1, "backup", "--out", backup)   // never overwritten

        try cli.ok("org", "add", "--operator", "县审核", "--code", "T2", "--name", "石桥镇", "--level", "township", "--parent", "C1")
        #expect(try cli.ok("org", "list").stdout.contains("石桥镇"))

        // A tampered copy is refused.
        let tampered = cli.path("tampered.sqlite")
        try FileManager.default.copyItem(atPath: backup, toPath: tampered)
        let queue = try DatabaseQueue(path: tampered)
        try queue.writeWithoutTransaction { db in try db.execute(sql: "UPDATE organization SET name = '假镇' WHERE code = 'T1'; DELETE FROM audit_change WHERE seq > (SELECT changes_to FROM event WHERE changes_to IS NOT NULL ORDER BY id DESC LIMIT 1)") }
        try queue.close()
        let refused = try cli.fails(1, "restore", "--from", tampered)
        #expect(refused.stderr.contains("未通过检查"))
        #expect(try cli.ok("org", "list").stdout.contains("石桥镇"))

        // The good backup is older than the file: restoring it would lose the township added since, so only when told.
        let older = try cli.fails(1, "restore", "--from", backup)
        #expect(older.stderr.contains("--allow-older"))
        #expect(try cli.ok("org", "list").stdout.contains("石桥镇"))
        let head = try cli.ok("audit", "head").stdout.split(separator: "\n").last.map(String.init) ?? ""
        try cli.ok("restore", "--from", backup, "--allow-older")
        // A head written down before the rollback shows it.
        let rolledBack = try cli.fails(1, "audit", "verify", "--head", head)
        #expect(rolledBack.stdout.contains("事件被截去，或数据库被回退、替换"))
        #expect(try !cli.ok("org", "list").stdout.contains("石桥镇"))
        #expect(try cli.ok("audit", "verify").stdout.contains("核验通过"))
    }
}

@Suite("verify says when the record is unsigned")
struct UnsignedWarningCLITests {
    @Test("the record is signed from the first act: only the schema's own first event is unsigned, and verify does not warn")
    func signedFromTheFirstAct() throws {
        let cli = try CLI()
        try cli.setUpCounty()
        let verified = try cli.ok("audit", "verify")
        #expect(verified.stdout.contains("核验通过") && !verified.stderr.contains("未签名"))
        let json = try #require(try cli.ok("audit", "verify", "--json").json as? [String: Any])
        #expect(json["signing_anchored"] as? Bool == true && json["unsigned_events"] as? Int == 1)
        // An act without its operator's key is refused, and so is one by an operator whose key is someone else's.
        let unsigned = try cli.run(["election", "start", "--org", "V1", "--congress-date", "2026-12-02", "--operator", "乡指导"], signing: false)
        #expect(unsigned.status == 1 && unsigned.stderr.contains("须用本人密钥签名"))
        try cli.fails(1, "election", "start", "--org", "V1", "--congress-date", "2026-12-02", "--operator", "乡指导", "--key", cli.keyPath("村书记"))
        // A key file made for one person is not registered for another.
        try cli.ok("key", "create", "--operator", "某人", "--out", cli.path("someone.key"))
        let wrongHolder = try cli.fails(1, "operator", "add", "--operator", "县审核", "--name", "另一人", "--role", "township", "--org", "T1",
                                        "--public-key", cli.path("someone.key"))
        #expect(wrongHolder.stderr.contains("密钥文件是为某人生成的"))
    }
}

@Suite("the head log: heads kept outside the file")
struct HeadLogCLITests {
    @Test("every act appends its head to the head log, reads do not; verify --heads-from passes, then names a rollback; a foreign or garbled log is handled")
    func headLog() throws {
        var cli = try CLI()
        let log = cli.path("heads.tsv")
        cli.environment["TUIXUAN_HEAD_LOG"] = log
        try cli.setUpCounty()
        func lines() throws -> [String] { try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n").map(String.init) }
        #expect(try lines().count == 5)   // init and four more acts
        try cli.ok("org", "list")
        try cli.ok("audit", "verify")
        #expect(try lines().count == 5, "a read moves no head")
        let current = try cli.ok("audit", "head").stdout.split(separator: "\n").last.map(String.init) ?? ""
        #expect(try lines().last?.split(separator: "\t")[1] == current[...])
        let backup = cli.path("backup.sqlite")
        try cli.ok("backup", "--out", backup)
        try cli.ok("org", "add", "--operator", "县审核", "--code", "T2", "--name", "石桥镇", "--level", "township", "--parent", "C1")
        let passed = try cli.ok("audit", "verify", "--heads-from", log)
        #expect(passed.stdout.contains("先前记下的6个链头都在事件链中"))
        // Another database's heads in the same log are not this file's business.
        var other = try CLI()
        other.environment["TUIXUAN_HEAD_LOG"] = log
        try other.ok("init", "--county-code", "C9", "--county-name", "别县", "--reviewer", "别县审核")
        #expect(try cli.ok("audit", "verify", "--heads-from", log, "--json").json.flatMap { ($0 as? [String: Any])?["heads_checked"] as? Int } == 6)
        // Rolled back to the backup: the later heads in the log are missing from the chain.
        try cli.ok("restore", "--from", backup, "--allow-older")
        let rolledBack = try cli.fails(1, "audit", "verify", "--heads-from", log)
        #expect(rolledBack.stdout.contains("事件被截去，或数据库被回退、替换"))
        // A database put in this file's place (another chain start) is named even though its own heads all verify.
        let logged = try String(contentsOfFile: log, encoding: .utf8)
        try FileManager.default.removeItem(atPath: cli.databasePath)
        try FileManager.default.copyItem(atPath: other.databasePath, toPath: cli.databasePath)
        let replaced = try cli.fails(1, "audit", "verify", "--heads-from", log)
        #expect(replaced.stderr.contains("这个文件可能已被整个替换"))
        try logged.write(toFile: log, atomically: true, encoding: .utf8)
        // A line cut short by a power cut: the next act starts a new line, and verify names the torn one and checks the rest.
        try cli.ok("restore", "--from", backup, "--allow-older")
        let whole = try String(contentsOfFile: log, encoding: .utf8)
        let lastLine = whole.dropLast().split(separator: "\n").last!
        try String(whole.dropLast(lastLine.count / 2 + 1)).write(toFile: log, atomically: true, encoding: .utf8)
        try cli.ok("org", "add", "--operator", "县审核", "--code", "T3", "--name", "新桥镇", "--level", "township", "--parent", "C1")
        let afterTear = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(afterTear.count == whole.split(separator: "\n").count + 1 && afterTear.last?.contains("\tevents=") == true)
        let torn = try cli.fails(1, "audit", "verify", "--heads-from", log)   // the rollback to the backup still shows
        #expect(torn.stderr.contains("heads.tsv 第\(afterTear.count - 1)行不是完整的链头记录"))
        #expect(torn.stdout.contains("事件被截去，或数据库被回退、替换"))
        // A file with no head record at all is no head log (exit 3).
        try cli.write("notes.txt", "随手记的一行\n")
        #expect(try cli.fails(3, "audit", "verify", "--heads-from", cli.path("notes.txt")).stderr.contains("不是链头记录文件"))
    }

    @Test("a head log that cannot be written warns loudly; the act has taken effect and is not refused")
    func unwritableHeadLog() throws {
        var cli = try CLI()
        cli.environment["TUIXUAN_HEAD_LOG"] = cli.path("no-such-folder/heads.tsv")
        let made = try cli.ok("init", "--county-code", "C1", "--county-name", "示范县", "--reviewer", "县审核")
        #expect(made.stderr.contains("操作已生效，但链头未能记入"))
        #expect(try cli.ok("org", "list").stdout.contains("示范县"))
    }
}

@Suite("Archive bundles through the CLI")
struct ArchiveCLITests {
    @Test("before init, exporting the trust list is refused with what to do, not a crash")
    func trustListBeforeInit() throws {
        let cli = try CLI()
        // No database yet: the file is not created, and the message says to run init.
        let refused = try cli.fails(4, "trust", "export", "--out", "trust.json")
        #expect(refused.stderr.contains("不存在。新建数据库请先运行 tuixuan init"))
        #expect(!FileManager.default.fileExists(atPath: cli.databasePath))
        #expect(!FileManager.default.fileExists(atPath: cli.path("trust.json")))
    }

    @Test("a bundle is checked with only the trust list; a changed bundle, a foreign trust list and an untraced key are rejected")
    func bundles() throws {
        var cli = try CLI()
        try cli.setUpCounty()
        try cli.ok("operator", "add", "--operator", "县审核", "--name", "新指导", "--role", "township", "--org", "T1")
        try cli.ok("election", "start", "--org", "V1", "--congress-date", "2026-12-02", "--operator", "新指导")
        try cli.ok("trust", "export", "--out", cli.path("trust.json"))
        // The exporter signs: without a key, or without unlocking it, no bundle.
        let export = ["archive", "export", "-e", "V1", "--out", cli.path("bundle.json"), "--operator", "新指导"]
        #expect(try cli.run(export, signing: false).status == 1)
        cli.environment["TUIXUAN_PASSPHRASE"] = "wrong passphrase"
        #expect(try cli.run(export).stderr.contains("口令错误"))
        cli.environment["TUIXUAN_PASSPHRASE"] = CLI.passphrase
        try cli.ok(arguments: export)

        // Checked elsewhere: no database at all, only the two files.
        var elsewhere = try CLI()
        elsewhere.environment["TUIXUAN_DB"] = elsewhere.path("absent.sqlite")
        try FileManager.default.copyItem(atPath: cli.path("bundle.json"), toPath: elsewhere.path("bundle.json"))
        try FileManager.default.copyItem(atPath: cli.path("trust.json"), toPath: elsewhere.path("trust.json"))
        let sound = try elsewhere.ok("archive", "verify", "bundle.json", "--trust", "trust.json")
        #expect(sound.stdout.contains("归档包核验通过"))
        #expect(!FileManager.default.fileExists(atPath: elsewhere.path("absent.sqlite")))

        // A changed bundle.
        let text = try String(contentsOfFile: elsewhere.path("bundle.json"), encoding: .utf8)
        try elsewhere.write("changed.json", text.replacingOccurrences(of: "2026-12-02", with: "2026-12-03"))
        let changed = try elsewhere.fails(1, "archive", "verify", "changed.json", "--trust", "trust.json", "--json")
        let problems = try #require((changed.json as? [String: Any])?["problems"] as? [String])
        #expect(problems.contains { $0.contains("digest") })
        #expect(problems.contains { $0.contains("edited") })

        // Another county's trust list traces nothing.
        let trustText = try String(contentsOfFile: elsewhere.path("trust.json"), encoding: .utf8)
        var otherList = try #require(try JSONSerialization.jsonObject(with: Data(trustText.utf8)) as? [String: Any])
        otherList["keys"] = [["operatorName": "别县审核", "publicKey": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="]]
        try elsewhere.write("other-trust.json", String(decoding: try JSONSerialization.data(withJSONObject: otherList), as: UTF8.self))
        let untraced = try elsewhere.fails(1, "archive", "verify", "bundle.json", "--trust", "other-trust.json", "--json")
        let untracedProblems = try #require((untraced.json as? [String: Any])?["problems"] as? [String])
        #expect(untracedProblems.contains { $0.contains("does not trace back") })
    }
}

@Suite("The county imports townships' bundles")
struct CountyImportCLITests {
    @Test("a township's bundle is checked against the trust list and kept; duplicates and changed bundles are refused")
    func countyImport() throws {
        // The township's laptop.
        let township = try CLI()
        try township.setUpCounty()
        try township.ok("election", "start", "--org", "V1", "--congress-date", "2026-12-02", "--operator", "乡指导")
        try township.ok("trust", "export", "--out", township.path("trust.json"))
        try township.ok("archive", "export", "-e", "V1", "--out", township.path("bundle.json"), "--operator", "乡指导")

        // The county's database: its own reviewer, the trust list imported.
        let county = try CLI()
        try county.ok("init", "--county-code", "C1", "--county-name", "示范县", "--reviewer", "县汇总")
        try county.ok("trust", "import", township.path("trust.json"), "--operator", "县汇总")
        let imported = try county.ok("archive", "import", township.path("bundle.json"), "--operator", "县汇总")
        #expect(imported.stdout.contains("已核验并导入"))
        try county.fails(1, "archive", "import", township.path("bundle.json"), "--operator", "县汇总")
        let list = try #require(try county.ok("archive", "list", "--json").json as? [[String: Any]])
        #expect(list.count == 1)
        #expect(list.first?["organization_code"] as? String == "V1")
        #expect(list.first?["total"] as? Int == 32)
        // The county keeps the village file's head, for audit verify --head on that file later.
        let head = try township.ok("audit", "head").stdout.split(separator: "\n").last.map(String.init)
        #expect(head != nil && list.first?["head"] as? String == head)

        let text = try String(contentsOfFile: township.path("bundle.json"), encoding: .utf8)
        try county.write("changed.json", text.replacingOccurrences(of: "红旗村", with: "白旗村"))
        let refused = try county.fails(1, "archive", "import", county.path("changed.json"), "--operator", "县汇总")
        #expect(refused.stderr.contains("未导入"))
        #expect(try county.ok("audit", "verify").stdout.contains("核验通过"))
    }
}
