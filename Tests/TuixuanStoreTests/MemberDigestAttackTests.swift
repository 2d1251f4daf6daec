import Foundation
import GRDB
import Testing
import TuixuanCore
@testable import TuixuanStore

/// Issue 15, members audited by digest (migration 0026): the attack review's findings, each as the attacker did it — with
/// the sqlite3 shell, triggers dropped and put back as they were so the schema is the program's — and what must follow.
@Suite("Members by digest, attacked")
struct MemberDigestAttackTests {
    static let columns = "organization_id, name, gender, birth_date, id_number, education, joined_date, status, discipline, probation_start, probation_end, away, phone, created_at, updated_at"

    /// SQL run outside the program; the named triggers dropped first and put back after, exactly as they were.
    func outside(_ db: AppDatabase, without triggers: [String] = [], _ sql: String) throws {
        try db.writer.writeWithoutTransaction { conn in
            let kept = try triggers.compactMap { try String.fetchOne(conn, sql: "SELECT sql FROM sqlite_master WHERE name = ?", arguments: [$0]) }
            for name in triggers { try conn.execute(sql: "DROP TRIGGER IF EXISTS \(name)") }
            try conn.execute(sql: sql)
            for definition in kept { try conn.execute(sql: definition) }
        }
        #expect(try db.schemaDifferences().isEmpty)
    }

    /// A member like 甲, planted at `id` under another name.
    func plant(_ name: String, id: Int64) -> String {
        "INSERT INTO member (id, \(Self.columns)) SELECT \(id), organization_id, '\(name)', gender, birth_date, NULL, education, joined_date, status, discipline, probation_start, probation_end, away, phone, created_at, updated_at FROM member WHERE name = '甲'"
    }

    func reimport(_ db: AppDatabase, _ extra: [Member] = [], phoneOf name: String? = nil, phone: String = "13900000000") throws {
        var roll = Fixture.defaultRoll + extra
        if let name, let index = roll.firstIndex(where: { $0.name == name }) { roll[index].phone = phone }
        _ = try db.importRoll(by: "乡指导", organizationCode: Fixture.village, ParsedRoll(members: roll.enumerated().map { ($0.offset + 2, $0.element) }, warnings: []))
    }

    func problems(_ db: AppDatabase) throws -> [AuditProblem] { try db.verifyAudit().problems }

    @Test("a member planted with the insert trigger dropped, then updated by an honest re-import, is still named as added")
    func plantedThenUpdated() throws {
        let db = try Fixture().db
        try outside(db, without: ["audit_member_insert"], plant("庚", id: 0))
        #expect(try problems(db).contains { $0.kind == .rowAdded && $0.table == "member" && $0.key == "[0]" })
        try reimport(db, [Fixture.member("庚")], phoneOf: "庚")
        let found = try problems(db)
        #expect(found.contains { $0.kind == .rowAdded && $0.table == "member" && $0.key == "[0]" }, "laundered: \(found.map { $0.describe(.en) })")
    }

    @Test("a logged member edited outside the program, then updated by an honest re-import, is still named as changed")
    func editedThenUpdated() throws {
        let db = try Fixture().db
        try reimport(db, phoneOf: "甲")   // 甲 is now checked by its logged image
        let id = try db.writer.read { try Int64.fetchOne($0, sql: "SELECT id FROM member WHERE name = '甲'")! }
        try outside(db, without: ["audit_member_update"], "UPDATE member SET organization_id = (SELECT id FROM organization WHERE code = 'V2') WHERE id = \(id)")
        try db.writer.writeWithoutTransaction { try $0.execute(sql: "UPDATE member SET organization_id = (SELECT id FROM organization WHERE code = 'V1') WHERE id = \(id)") }
        // (Put back, through the trigger: the log now has entries no event records. Taken back too, as a careful attacker would.)
        try outside(db, without: ["audit_change_frozen_delete"], "DELETE FROM audit_change WHERE seq > (SELECT max(changes_to) FROM event)")
        try outside(db, without: ["audit_member_update"], "UPDATE member SET away = 1 WHERE id = \(id)")
        #expect(try problems(db).contains { $0.kind == .rowChanged && $0.key == "[\(id)]" })
        try reimport(db, phoneOf: "甲", phone: "13700000000")   // the re-import sets phone, not away: the edit would survive
        let found = try problems(db)
        #expect(found.contains { $0.kind == .rowChanged && $0.table == "member" && $0.key == "[\(id)]" }, "laundered: \(found.map { $0.describe(.en) })")
    }

    @Test("INSERT OR REPLACE over a member, or a member at a chosen id below the mark: the next act refuses, verify names it")
    func replaceStopsActs() throws {
        let db = try Fixture().db
        try outside(db, "INSERT OR REPLACE INTO member (id, \(Self.columns)) SELECT id, organization_id, name, gender, birth_date, id_number, education, joined_date, 'probationary', discipline, probation_start, probation_end, away, phone, created_at, updated_at FROM member WHERE name = '乙'")
        #expect(throws: Refusal.unrecordedChanges) { try reimport(db) }
        #expect(try problems(db).contains { $0.kind == .unrecordedChanges })
        let other = try Fixture().db
        try outside(other, plant("庚", id: -5))
        #expect(throws: Refusal.unrecordedChanges) { try reimport(other) }
    }

    @Test("the high-water mark deleted, raised or lowered: acts refuse and verify says the file holds changes no event records")
    func markAltered() throws {
        for sql in ["DELETE FROM bulk_high_water WHERE tbl = 'member'", "UPDATE bulk_high_water SET high_rowid = high_rowid + 100 WHERE tbl = 'member'",
                    "UPDATE bulk_high_water SET high_rowid = high_rowid - 1 WHERE tbl = 'member'"] {
            let db = try Fixture().db
            try outside(db, sql)
            #expect(throws: Refusal.unrecordedChanges, "\(sql)") { try reimport(db, [Fixture.member("庚")]) }
            #expect(try problems(db).contains { $0.kind == .unrecordedChanges }, "\(sql)")
        }
    }

    /// The second attack review: the member with the highest id deleted and the mark lowered to match, so that the next
    /// honest import gives its id to a new member and records a run claiming it. Named, whether the deleted member was
    /// last recorded by a logged update or by the run that imported it.
    @Test("the top member deleted and the mark lowered: the next import's run claims the id, and verify still names the loss",
          arguments: [true, false])
    func topMemberReused(updatedFirst: Bool) throws {
        let db = try Fixture().db
        if updatedFirst { try reimport(db, phoneOf: "己") }
        let top = try db.writer.read { try Int64.fetchOne($0, sql: "SELECT max(id) FROM member")! }
        try outside(db, without: ["audit_change_frozen_delete"], """
            DELETE FROM member WHERE id = \(top); DELETE FROM audit_change WHERE seq > (SELECT max(changes_to) FROM event);
            UPDATE bulk_high_water SET high_rowid = \(top - 1) WHERE tbl = 'member'
            """)
        #expect(try problems(db).contains { $0.table == "member" })
        _ = try db.importRoll(by: "外乡指导", organizationCode: Fixture.otherVillage, ParsedRoll(members: [(2, Fixture.member("新人"))], warnings: []))
        #expect(try db.writer.read { try String.fetchOne($0, sql: "SELECT name FROM member WHERE id = \(top)") } == "新人")
        let found = try problems(db)
        #expect(found.contains { $0.table == "member" && ($0.key == "[\(top)]" || $0.key?.hasPrefix("#") == true) }, "laundered: \(found.map { $0.describe(.en) })")
    }

    @Test("a member at the highest possible id (SQLite then picks ids at random): an import neither traps nor claims ids it never wrote")
    func highestID() throws {
        let db = try Fixture().db
        try outside(db, without: ["audit_member_insert"], plant("庚", id: Int64.max) + "; UPDATE bulk_high_water SET high_rowid = \(Int64.max) WHERE tbl = 'member'")
        try reimport(db, (0..<5).map { Fixture.member("新\($0)") })
        let found = try problems(db)
        #expect(found.contains { $0.kind == .rowAdded && $0.key == "[\(Int64.max)]" }, "\(found.map { $0.describe(.en) })")
        #expect(found.allSatisfy { $0.key == "[\(Int64.max)]" }, "the five imported members are recorded: \(found.map { $0.describe(.en) })")
    }
}

/// Migration 0027: every audited table's update logs the row as it was, so an honest act that updates a row never makes
/// an edit made outside the program to one of its other columns part of the record.
@Suite("Edits outside the program survive no honest update")
struct OldImagesTests {
    @Test("the congress date moved with the sqlite3 shell, then the township records its weak-and-lax assessment: verify still names the election")
    func congressDateLaundered() throws {
        let fixture = try Fixture()
        let election = try fixture.startElection()
        let id = try fixture.db.writer.read { try Int64.fetchOne($0, sql: "SELECT id FROM election")! }
        try MemberDigestAttackTests().outside(fixture.db, without: ["audit_election_update"], "UPDATE election SET congress_date = '2026-11-01' WHERE id = \(id)")
        #expect(try fixture.db.verifyAudit().problems.contains { $0.kind == .rowChanged && $0.table == "election" })
        try fixture.db.assessWeakAndLax(by: "乡指导", election: election, weakAndLax: false, note: "班子团结稳定")
        let found = try fixture.db.verifyAudit().problems
        #expect(found.contains { $0.kind == .rowChanged && $0.table == "election" && $0.key == "[\(id)]" }, "laundered: \(found.map { $0.describe(.en) })")
    }

    @Test("an organization's creation time edited, then the organization renamed by an import: verify still names it")
    func organizationLaundered() throws {
        let fixture = try Fixture()
        let id = try fixture.db.writer.read { try Int64.fetchOne($0, sql: "SELECT id FROM organization WHERE code = 'V1'")! }
        try MemberDigestAttackTests().outside(fixture.db, without: ["audit_organization_update"], "UPDATE organization SET created_at = '2020-01-01T00:00:00Z' WHERE id = \(id)")
        _ = try fixture.db.importOrganizations(by: "县审核", OrganizationList(rows: [
            OrganizationRow(line: 2, code: "V1", name: "红旗新村", level: .village, parentCode: "T", previousCommitteeSize: 3),
        ], issues: [], codes: [:]))
        #expect(try fixture.db.organization(code: "V1").name == "红旗新村")
        let found = try fixture.db.verifyAudit().problems
        #expect(found.contains { $0.kind == .rowChanged && $0.table == "organization" && $0.key == "[\(id)]" }, "laundered: \(found.map { $0.describe(.en) })")
    }
}
