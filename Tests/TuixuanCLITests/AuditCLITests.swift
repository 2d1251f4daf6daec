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
        try queue.writeWithoutTransaction { db in try db.execute(sql: "UPDATE organization SET name = '假镇' WHERE code = 'T1'; DELETE FROM pending_change") }
        try queue.close()
        let refused = try cli.fails(1, "restore", "--from", tampered)
        #expect(refused.stderr.contains("未通过检查"))
        #expect(try cli.ok("org", "list").stdout.contains("石桥镇"))

        // The good backup restores the state it was taken in, and verifies.
        try cli.ok("restore", "--from", backup)
        #expect(try !cli.ok("org", "list").stdout.contains("石桥镇"))
        #expect(try cli.ok("audit", "verify").stdout.contains("核验通过"))
    }
}
