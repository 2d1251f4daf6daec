import Foundation
import GRDB
import Testing
import TuixuanCore
@testable import TuixuanStore

/// Issue 12 "The program owns its schema": an attacker with the sqlite3 shell who changes the schema instead of the rows —
/// a trigger that rides along with an honest act, a redefined or dropped audit view, a dropped index, a deleted or foreign
/// row of grdb_migrations — is stopped before any act and named by the verifier.
@Suite("The schema is the program's")
struct SchemaOwnershipTests {
    func raw(_ db: AppDatabase, _ sql: String) throws {
        try db.writer.writeWithoutTransaction { try $0.execute(sql: sql) }
    }

    @Test("an untouched file has the compiled schema")
    func untouched() throws {
        let fixture = try Fixture()
        #expect(try fixture.db.schemaDifferences().isEmpty)
        #expect(OwnedSchema.objects.count > 300)
    }

    /// The attack: a trigger that, when the next honest act writes a step outcome, edits the count — so the forged change
    /// would be logged inside the honest act's own (signed) event. It is refused before the act runs, and verify names it.
    @Test("a trojan trigger stops every act and is named by verify")
    func trojanTrigger() throws {
        let fixture = try Fixture()
        let election = try fixture.startElection()
        try raw(fixture.db, "CREATE TRIGGER evil AFTER INSERT ON step_outcome BEGIN UPDATE member SET status = 'probationary'; END")
        let added = SchemaDifference(kind: .added, type: "trigger", name: "evil")
        #expect(throws: Refusal.schemaAltered([added])) {
            try fixture.db.assessWeakAndLax(by: "乡指导", election: election, weakAndLax: false, note: "班子团结稳定")
        }
        let report = try fixture.db.verifyAudit()
        #expect(report.problems.map(\.schema) == [added])
        #expect(!report.problems.isEmpty && report.problems[0].describe(.zh).contains("多出触发器 evil"))
        // Dropped again, nothing is left: the act goes through and the trigger never ran.
        try raw(fixture.db, "DROP TRIGGER evil")
        try fixture.db.assessWeakAndLax(by: "乡指导", election: election, weakAndLax: false, note: "班子团结稳定")
        #expect(try fixture.db.verifyAudit().isIntact)
    }

    /// The attack: edit a member and redefine `audit_image_member` so that the view still shows the old row. The verifier reads
    /// the program's own definition, so the edit shows, and the redefined view is named.
    @Test("a redefined audit view neither hides an edit nor passes unnamed")
    func redefinedView() throws {
        let fixture = try Fixture()
        let sql = try fixture.db.writer.read { try String.fetchOne($0, sql: "SELECT sql FROM sqlite_master WHERE name = 'audit_image_member'")! }
        try raw(fixture.db, """
            UPDATE member SET status = 'probationary' WHERE name = '乙';
            DROP VIEW audit_image_member;
            \(sql.replacingOccurrences(of: "'status', member.status", with: "'status', CASE WHEN member.name = '乙' THEN 'full' ELSE member.status END"));
            """)
        let problems = try fixture.db.verifyAudit().problems
        #expect(problems.contains { $0.kind == .schemaAltered && $0.schema == SchemaDifference(kind: .altered, type: "view", name: "audit_image_member") })
        #expect(problems.contains { $0.kind == .rowChanged && $0.table == "member" }, "\(problems.map { $0.describe(.en) })")
    }

    @Test("a dropped audit view or index is named, and edits to that table still show")
    func droppedObjects() throws {
        let fixture = try Fixture()
        try raw(fixture.db, "DROP VIEW audit_image_member; DROP INDEX member_organization; UPDATE member SET phone = '110' WHERE name = '乙'")
        let problems = try fixture.db.verifyAudit().problems
        #expect(Set(problems.compactMap(\.schema)) == [SchemaDifference(kind: .missing, type: "index", name: "member_organization"),
                                                        SchemaDifference(kind: .missing, type: "view", name: "audit_image_member")])
        #expect(problems.contains { $0.kind == .rowChanged && $0.table == "member" })
        #expect(throws: Refusal.self) { try fixture.db.addOrganization(by: "县审核", code: "T3", name: "新镇", level: .township, parentCode: "C", previousCommitteeSize: nil) }
    }

    /// The attack: delete a row of grdb_migrations so that the program runs that migration again, then seals whatever the
    /// attacker left unchained. A gap, or a last migration whose objects are already there, is refused; nothing is run.
    @Test("a deleted or foreign grdb_migrations row: the file is refused, never migrated again", arguments: ["0010_member_name", "the last"])
    func deletedMigrationRow(name given: String) throws {
        let name = given == "the last" ? OwnedSchema.migrationNames.last! : given
        let fixture = try Fixture()
        try raw(fixture.db, "DELETE FROM grdb_migrations WHERE identifier = '\(name)'")
        let before = try fixture.db.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM event")! }
        #expect(throws: Refusal.self) { _ = try AppDatabase(writer: fixture.db.writer, keyring: .test, clock: { Fixture.now }) }
        if name == "0010_member_name" {
            #expect(throws: Refusal.migrationRecordAltered(missing: ["0010_member_name"])) { _ = try AppDatabase(writer: fixture.db.writer, keyring: .test, clock: { Fixture.now }) }
        } else {
            // What the last migration made is already there: the file is not what the migrations before it made.
            do {
                _ = try AppDatabase(writer: fixture.db.writer, keyring: .test, clock: { Fixture.now })
                Issue.record("opened")
            } catch Refusal.schemaAltered(let differences) {
                #expect(!differences.isEmpty)
            }
        }
        #expect(try fixture.db.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM event")! } == before)
    }

    /// A file an earlier release's own binary wrote (its demo: one village through all 32 steps), unpacked to a file of its
    /// own: the newest release fixture whose migrations are behind this program's.
    func olderFile() throws -> DatabaseQueue {
        let releases = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../TuixuanCLITests/Fixtures").standardized
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tuixuan-older-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for release in try FileManager.default.contentsOfDirectory(atPath: releases.path).filter({ $0.hasPrefix("release-") })
            .sorted(by: { $0.compare($1, options: .numeric) == .orderedDescending }) {
            let path = folder.appendingPathComponent("\(release).sqlite").path
            let gunzip = Process()
            gunzip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            gunzip.arguments = ["gzip", "-dc", releases.appendingPathComponent("\(release)/demo.sqlite.gz").path]
            FileManager.default.createFile(atPath: path, contents: nil)
            gunzip.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
            try gunzip.run()
            gunzip.waitUntilExit()
            try #require(gunzip.terminationStatus == 0)
            let queue = try DatabaseQueue(path: path)
            if try queue.read({ try OwnedSchema.recordedMigrations($0) }).count < OwnedSchema.migrationNames.count { return queue }
        }
        Issue.record("no release fixture is older than this program")
        throw CancellationError()
    }

    /// After the demo's last act (2026-12-20).
    static let afterDemo = ISO8601DateFormatter().date(from: "2026-12-21T02:00:00Z")!

    /// Issue 12: "Migrations run only on a file whose recorded migrations are a prefix of the binary's and whose chain
    /// verifies first; never on an unverified file." A migration writes, and what it writes is chained after whatever is there.
    @Test("an older file is upgraded only when its audit verifies; a tampered one is refused and left as it was")
    func upgradeOnlyVerified() throws {
        // Sound: upgraded, and it verifies.
        let sound = try olderFile()
        // Its board lines as the older program's engine wrote them (here: another step count than this engine gives).
        try sound.writeWithoutTransaction { try $0.execute(sql: "UPDATE election_board SET line = replace(line, '\"done\":', '\"done\":1')") }
        let upgraded = try AppDatabase(writer: sound, keyring: .test, clock: { Self.afterDemo })
        #expect(try upgraded.appliedMigrations().last == OwnedSchema.migrationNames.last)
        let report = try upgraded.verifyAudit()
        #expect(report.isIntact, "the board was not rebuilt after the upgrade: \(report.problems.map { $0.describe(.en) })")
        // Tampered: a member's phone changed with the sqlite3 shell, the change log entry taken back with its trigger put back
        // as it was, so the schema is exactly the older program's. Refused, and the file is not touched.
        let tampered = try olderFile()
        let recorded = try tampered.read { try OwnedSchema.recordedMigrations($0) }
        try tampered.writeWithoutTransaction { db in
            try db.execute(sql: """
                UPDATE member SET phone = '110' WHERE id = (SELECT min(id) FROM member);
                DROP TRIGGER audit_change_frozen_delete;
                DELETE FROM audit_change WHERE seq = (SELECT max(seq) FROM audit_change);
                \(try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'audit_change_frozen_delete'")!);
                """)
        }
        let before = try tampered.read { try OwnedSchema.rendered($0) + String(try Int.fetchOne($0, sql: "SELECT count(*) FROM event")!) }
        do {
            _ = try AppDatabase(writer: tampered, keyring: .test, clock: { Self.afterDemo })
            Issue.record("a tampered older file was upgraded")
        } catch Refusal.upgradeNeedsIntactAudit(let problems, let first) {
            #expect(problems >= 1 && first.contains("member"), "\(first)")
        }
        #expect(try tampered.read { try OwnedSchema.rendered($0) + String(try Int.fetchOne($0, sql: "SELECT count(*) FROM event")!) } == before)
        #expect(try tampered.read { try OwnedSchema.recordedMigrations($0) } == recorded)
    }

    @Test("a file from a newer program is refused, naming the versions")
    func newerProgram() throws {
        let fixture = try Fixture()
        try raw(fixture.db, "INSERT INTO grdb_migrations (identifier) VALUES ('0099_future')")
        #expect(throws: Refusal.databaseFromNewerProgram(found: ["0099_future"], known: OwnedSchema.migrationNames.last!)) {
            _ = try AppDatabase(writer: fixture.db.writer, keyring: .test, clock: { Fixture.now })
        }
    }
}

/// Issue 12, "Attack tests in CI": random extra triggers and views, dropped and redefined objects, from a fixed seed. Each
/// one stops acts and is named by verify; put back, the file is the program's again.
@Suite("Schema fuzz")
struct SchemaFuzzTests {
    @Test("random schema changes are each named, by acts and by verify")
    func fuzz() throws {
        let fixture = try Fixture()
        let db = fixture.db
        var random = SeededGenerator(seed: 12)
        let objects = try db.writer.read { try Row.fetchAll($0, sql: "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'grdb_%' AND type <> 'table'") }
        let tables = try db.writer.read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'grdb_%' AND name NOT LIKE 'sqlite_%'") }
        for round in 0..<40 {
            let table = tables.randomElement(using: &random)!
            let victim = objects.randomElement(using: &random)!
            let (type, name, sql): (String, String, String) = (victim["type"], victim["name"], victim["sql"])
            let (attack, undo, expected): (String, String, SchemaDifference) = switch round % 4 {
            case 0: ("CREATE TRIGGER fuzz_\(round) AFTER UPDATE ON \(table) BEGIN SELECT 1; END", "DROP TRIGGER fuzz_\(round)",
                     SchemaDifference(kind: .added, type: "trigger", name: "fuzz_\(round)"))
            case 1: ("CREATE VIEW fuzz_\(round) AS SELECT * FROM \(table)", "DROP VIEW fuzz_\(round)", SchemaDifference(kind: .added, type: "view", name: "fuzz_\(round)"))
            case 2: ("DROP \(type.uppercased()) \(name)", sql, SchemaDifference(kind: .missing, type: type, name: name))
            default: ("DROP \(type.uppercased()) \(name); " + sql.replacingOccurrences(of: " AS ", with: "  AS ").replacingOccurrences(of: " ON ", with: "  ON "),
                      "DROP \(type.uppercased()) \(name); \(sql)", SchemaDifference(kind: .altered, type: type, name: name))
            }
            try db.writer.writeWithoutTransaction { try $0.execute(sql: attack) }
            let differences = try db.schemaDifferences()
            #expect(differences == [expected], "round \(round): \(attack.prefix(80))")
            #expect(throws: Refusal.schemaAltered(differences)) { try db.addGuidanceMember(by: "县审核", election: "1", name: "甲", position: "干事") }
            #expect(try db.verifyAudit().problems.compactMap(\.schema) == differences, "round \(round)")
            try db.writer.writeWithoutTransaction { try $0.execute(sql: undo) }
            #expect(try db.schemaDifferences().isEmpty, "round \(round): undo")
        }
    }
}
