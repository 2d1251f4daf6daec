import Foundation
import GRDB
import Testing
import TuixuanCore
@testable import TuixuanStore

@Suite("The audit chain")
struct AuditTests {
    /// An election with members, a step done, an approval, and a closed round of ballots.
    func recorded() throws -> (AppDatabase, String) {
        let (db, election) = try CongressStoreTests().atCongress()
        try db.allowSeatsAbovePreviousTerm(by: "乡指导", election: election, committee: 4, reference: "县组批〔2026〕9号")
        _ = try db.adoptMethod(by: "村书记", election: election, thresholdBase: nil, quorumComparison: nil, secretaryMode: .indirect, adoptedOn: Fixture.day)
        try db.appointOfficers(by: "村书记", election: election, chief: "丁", scrutineers: [], tellers: ["己"])
        _ = try db.checkIn(by: "村书记", election: election, members: ["甲", "乙", "丙", "丁", "戊", "己", "辛", "壬"])
        _ = try db.openRound(by: "村书记", election: election, kind: .committee)
        let stack = ["○×○○", "○-○○", "○×○○", "○○×○", "○×○○", "×○○○", "○×-○", "○○○○"].map { row in
            BallotEntry(marks: row.map { Mark(reading: $0 == "-" ? "" : String($0)) })
        }
        for ballot in stack { _ = try db.enterBallot(by: "计票员A", election: election, round: nil, entry: .A, ballot: ballot) }
        try db.importEntry(by: "计票员B", election: election, round: nil, entry: .B, ballots: stack)
        _ = try db.closeRound(by: "丁", election: election, round: nil, issued: 8, returned: 8)
        return (db, election)
    }

    /// Runs SQL as someone with the file and the sqlite3 shell would: triggers that stand in the way dropped first, and put
    /// back afterwards so that the schema is the program's again (the schema check would name them otherwise).
    func tamper(_ db: AppDatabase, _ sql: String) throws {
        try db.writer.writeWithoutTransaction { conn in
            let triggers = try Row.fetchAll(conn, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name NOT LIKE 'audit_%'")
            for trigger in triggers { try conn.execute(sql: "DROP TRIGGER \(trigger["name"] as String)") }
            try conn.execute(sql: sql)
            for trigger in triggers where try !conn.triggerExists(trigger["name"]) { try conn.execute(sql: trigger["sql"]) }
        }
    }

    /// Issue 12, "Unaudited state: election_board.line … change without notice": the board is a cache the reviewers read.
    @Test("an edited board line (32 of 32 done) is named; the untouched board passes")
    func boardEdited() throws {
        let (db, _) = try recorded()
        #expect(try db.verifyAudit().isIntact)
        try tamper(db, "UPDATE election_board SET line = json_set(line, '$.done', 32, '$.notDone', json('[]'), '$.blocked', json('[]'))")
        let problems = try db.verifyAudit().problems
        #expect(problems.map(\.kind) == [.boardAltered] && problems[0].table == "election_board", "\(problems.map { $0.describe(.en) })")
    }

    @Test("an untouched record verifies: every row accounted for, every event chained")
    func intact() throws {
        let (db, _) = try recorded()
        let report = try db.verifyAudit()
        #expect(report.isIntact, "\(report.problems.map { $0.describe(.en) })")
        #expect(report.eventsChecked > 20 && report.rowsChecked > 50)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var label: String
        var sql: String
        var kind: AuditProblem.Kind
        var table: String?
        var testDescription: String { label }
    }

    static let cases: [Case] = [
        Case(label: "a member's status edited", sql: "UPDATE member SET status = 'probationary' WHERE name = '乙'", kind: .rowChanged, table: "member"),
        Case(label: "a ballot edited", sql: "UPDATE ballot_entry SET ballot = replace(ballot, 'no', 'yes') WHERE entry = 'A' AND position = 1", kind: .rowChanged, table: "ballot_entry"),
        Case(label: "a ballot added to an entry", sql: "INSERT INTO ballot_entry (round_id, entry, position, ballot, entered_by) SELECT round_id, 'B', 9, ballot, entered_by FROM ballot_entry WHERE entry = 'B' AND position = 1", kind: .rowAdded, table: "ballot_entry"),
        Case(label: "a ballot deleted and put back changed", sql: "DELETE FROM ballot_entry WHERE entry = 'B' AND position = 2; INSERT INTO ballot_entry (round_id, entry, position, ballot, entered_by) SELECT round_id, 'B', 2, replace(ballot, 'no', 'yes'), entered_by FROM ballot_entry WHERE entry = 'B' AND position = 1", kind: .rowChanged, table: "ballot_entry"),
        Case(label: "a counted ballot deleted", sql: "DELETE FROM counted_ballot WHERE position = 3", kind: .rowDeleted, table: "counted_ballot"),
        Case(label: "a tally edited", sql: "UPDATE round_result SET count = replace(count, '\"yes\":7', '\"yes\":9')", kind: .rowChanged, table: "round_result"),
        Case(label: "a step marked done", sql: "INSERT INTO step_outcome (election_id, step, outcome, happened_on, operator_id, recorded_at) VALUES (1, 19, 'completed', '2026-10-01', 1, 'now')", kind: .rowAdded, table: "step_outcome"),
        Case(label: "an approval forged", sql: "INSERT INTO approval (election_id, subject, step, level, operator_id, approved_at) VALUES (1, 'result', 27, 'township', 2, 'now')", kind: .rowAdded, table: "approval"),
        Case(label: "an approval deleted", sql: "DELETE FROM approval WHERE subject = 'seatsAbovePreviousTerm'", kind: .rowDeleted, table: "approval"),
    ]

    @Test("each kind of direct edit is named at the right place, even with the audit trail cleaned up", arguments: cases)
    func tampering(_ c: Case) throws {
        let (db, _) = try recorded()
        try tamper(db, c.sql + "; DELETE FROM audit_change WHERE seq > (SELECT changes_to FROM event WHERE changes_to IS NOT NULL ORDER BY id DESC LIMIT 1)")
        let report = try db.verifyAudit()
        #expect(!report.isIntact)
        #expect(report.problems.contains { $0.kind == c.kind && (c.table == nil || $0.table == c.table) }, "\(report.problems.map { $0.describe(.en) })")
    }

    @Test("a direct edit with the audit triggers left in place shows as unrecorded changes, and stops every act")
    func unrecorded() throws {
        let (db, election) = try recorded()
        try tamper(db, "UPDATE member SET away = 1 WHERE name = '甲'")
        let kinds = Set(try db.verifyAudit().problems.map(\.kind))
        #expect(kinds.contains(.unrecordedChanges) && kinds.contains(.rowChanged))
        // The next act must not sweep the stranger's change into its own event.
        #expect(throws: Refusal.unrecordedChanges) {
            try db.addGuidanceMember(by: "乡指导", election: election, name: "新组员", position: "干事")
        }
    }

    @Test("an edited event, a deleted event and reordered events break the chain at the right event")
    func chain() throws {
        var (db, _) = try recorded()
        try tamper(db, "UPDATE event SET detail = '{}' WHERE id = 10")
        #expect(try db.verifyAudit().problems.first.map { ($0.kind, $0.eventID) } ?? (.rowAdded, nil) == (.eventEdited, 10))

        (db, _) = try recorded()
        try tamper(db, "DELETE FROM event WHERE id = 12")
        let deleted = try db.verifyAudit().problems
        #expect(deleted.contains { $0.kind == .chainBroken && $0.eventID == 13 })

        (db, _) = try recorded()
        try tamper(db, "UPDATE event SET id = -1 WHERE id = 14; UPDATE event SET id = 14 WHERE id = 15; UPDATE event SET id = 15 WHERE id = -1")
        let reordered = try db.verifyAudit().problems
        #expect(reordered.contains { $0.kind == .eventEdited && $0.eventID == 14 })
        #expect(reordered.contains { $0.kind == .chainBroken && $0.eventID == 14 })
    }

    @Test("a database written before auditing is sealed: its existing rows enter the chain in a genesis event")
    func genesis() throws {
        let queue = try DatabaseQueue(configuration: AppDatabase.configuration())
        try AppDatabase.migrator(upTo: "0003_congress").migrate(queue)
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO organization (id, code, name, level, created_at) VALUES (1, 'C', '示范县', 'county', 'now');
                INSERT INTO operator (id, name, role, organization_id, created_at) VALUES (1, '县审核', 'county', 1, 'now');
                INSERT INTO event (occurred_at, operator_id, organization_id, kind, detail) VALUES ('now', 1, 1, 'database.initialized', '{}');
                """)
        }
        let db = try AppDatabase(writer: queue, keyring: .test, clock: { Fixture.now })
        let report = try db.verifyAudit()
        #expect(report.isIntact, "\(report.problems.map { $0.describe(.en) })")
        #expect(report.eventsChecked == 2 && report.rowsChecked == 2)
        try db.addOrganization(by: "县审核", code: "T", name: "城关镇", level: .township, parentCode: "C", previousCommitteeSize: nil)
        #expect(try db.verifyAudit().isIntact)
    }

    /// The digest of a bulk insert as someone outside the program computes it: the rows' audit images through the file's own
    /// view, joined as `pk 0x1F row 0x1E`, hashed by the system's sha256sum (no code of the program's).
    func outsidersDigest(_ db: AppDatabase, _ sql: String) throws -> String {
        let bytes = try db.writer.read { conn in
            try Row.fetchAll(conn, sql: sql).map { "\($0[0] as String)\u{1F}\($0[1] as String)\u{1E}" }.joined()
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(bytes.utf8))
        try input.fileHandleForWriting.close()
        let digest = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).prefix(64)
        process.waitUntilExit()
        return String(digest)
    }

    /// Issue 15: "Rows that are only ever inserted in bulk … should not be written twice. Record in the event a streamed SHA-256
    /// over the canonical bytes of the rows it inserted, in order, plus their key range; verify recomputes it from the table."
    @Test("ballots are audited by digest: no image per ballot in the log, the digest recomputable from outside; an undone ballot and a replaced entry still verify")
    func bulkDigest() throws {
        let (db, election) = try recorded()
        let logged = try db.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM audit_change WHERE tbl IN ('ballot_entry', 'counted_ballot')")! }
        #expect(logged == 0, "ballots inserted in bulk are not copied into the change log")
        // The images the digest is taken over are the audit views' own, text for text.
        for table in BulkTable.allCases {
            try db.writer.read { conn in
                let view = try Row.fetchAll(conn, sql: "SELECT pk, row FROM audit_image_\(table.rawValue) ORDER BY pk").map { [$0[0] as String, $0[1] as String] }
                var mine: [[String]] = []
                for run in try Row.fetchAll(conn, sql: "SELECT DISTINCT scope FROM bulk_insert WHERE tbl = ?", arguments: [table.rawValue]) {
                    mine += try Row.fetchAll(conn, sql: table.imagesSQL, arguments: [run[0] as String, 1, Int.max]).map { [$0[1] as String, $0[2] as String] }
                }
                #expect(!view.isEmpty && mine.sorted { $0[0] < $1[0] } == view, "\(table.rawValue)")
            }
        }
        // Entry B (8 ballots imported in one act) and the counted stack: recomputed with sqlite and sha256sum, as recorded.
        let recordedB = try db.writer.read { try String.fetchOne($0, sql: "SELECT sha256 FROM bulk_insert WHERE tbl = 'ballot_entry' AND json_extract(scope, '$[1]') = 'B'")! }
        #expect(try outsidersDigest(db, "SELECT pk, row FROM audit_image_ballot_entry WHERE json_extract(pk, '$[1]') = 'B' ORDER BY json_extract(pk, '$[2]')") == recordedB)
        let recordedStack = try db.writer.read { try String.fetchOne($0, sql: "SELECT sha256 FROM bulk_insert WHERE tbl = 'counted_ballot'")! }
        #expect(try outsidersDigest(db, "SELECT pk, row FROM audit_image_counted_ballot ORDER BY json_extract(pk, '$[1]')") == recordedStack)

        // Ballots deleted by acts after their insert (undone, an entry replaced) are checked against the deletes' logged images.
        let (open, openElection) = try CongressStoreTests().atCongress()
        _ = try open.adoptMethod(by: "村书记", election: openElection, thresholdBase: nil, quorumComparison: nil, secretaryMode: .indirect, adoptedOn: Fixture.day)
        try open.appointOfficers(by: "村书记", election: openElection, chief: "丁", scrutineers: [], tellers: ["己"])
        _ = try open.checkIn(by: "村书记", election: openElection, members: ["甲", "乙", "丙", "丁", "戊", "己", "辛", "壬"])
        _ = try open.openRound(by: "村书记", election: openElection, kind: .committee)
        let yes = BallotEntry(marks: Array(repeating: Mark(reading: "○"), count: 4)), no = BallotEntry(marks: Array(repeating: Mark(reading: "×"), count: 4))
        for ballot in [yes, no, yes] { _ = try open.enterBallot(by: "计票员A", election: openElection, round: nil, entry: .A, ballot: ballot) }
        _ = try open.undoLastBallot(by: "计票员A", election: openElection, round: nil, entry: .A)
        _ = try open.enterBallot(by: "计票员A", election: openElection, round: nil, entry: .A, ballot: no)
        try open.importEntry(by: "计票员B", election: openElection, round: nil, entry: .B, ballots: [yes, yes, yes])
        try open.importEntry(by: "计票员B", election: openElection, round: nil, entry: .B, ballots: [no, yes])
        let report = try open.verifyAudit()
        #expect(report.isIntact, "\(report.problems.map { $0.describe(.en) })")
        // An undone ballot's logged image rewritten: the digest of the act that entered it no longer holds, at that act.
        try tamper(open, "DROP TRIGGER audit_change_frozen_update; UPDATE audit_change SET row = replace(row, 'yes', 'no') WHERE tbl = 'ballot_entry' AND op = 'delete' AND json_extract(pk, '$[2]') = 3")
        let problems = try open.verifyAudit().problems
        #expect(problems.contains { $0.kind == .changeLogEdited }, "\(problems.map { $0.describe(.en) })")

        // A ballot added with the sqlite3 shell (no trigger logs an insert now): named by verify, and every act stops.
        let (added, addedElection) = try recorded()
        _ = addedElection
        try tamper(added, "INSERT INTO ballot_entry (round_id, entry, position, ballot, entered_by) SELECT round_id, 'A', 99, ballot, entered_by FROM ballot_entry WHERE position = 1 AND entry = 'A'")
        let found = try added.verifyAudit().problems
        #expect(found.contains { $0.kind == .rowAdded && $0.table == "ballot_entry" && $0.key?.hasSuffix(",99]") == true }, "\(found.map { $0.describe(.en) })")
        #expect(throws: Refusal.unrecordedChanges) {
            try added.addGuidanceMember(by: "乡指导", election: election, name: "新组员", position: "干事")
        }
    }

    /// The fourth attack review (of the ballot digests): each way it found past the first version, now named or refused.
    @Test("ballot digests against the attack review: a deletion beside an edit, a log entry before the first event, a delete logged outside any event, a slot an undo left, a dropped table")
    func bulkDigestAttacks() throws {
        func kinds(_ db: AppDatabase) throws -> [AuditProblem] { try db.verifyAudit().problems }
        let cleanUp = "DELETE FROM audit_change WHERE seq > (SELECT changes_to FROM event WHERE changes_to IS NOT NULL ORDER BY id DESC LIMIT 1);"
        // A: one counted ballot deleted and the others edited: the deletion must not hide the edits (the run is named too).
        var (db, election) = try recorded()
        try tamper(db, "DELETE FROM counted_ballot WHERE position = 8; UPDATE counted_ballot SET ballot = replace(ballot, '\"yes\"', '\"no\"') WHERE position < 8;" + cleanUp)
        var problems = try kinds(db)
        #expect(problems.contains { $0.kind == .rowDeleted && $0.table == "counted_ballot" } && problems.contains { $0.kind == .rowChanged && $0.table == "counted_ballot" },
                "\(problems.map { $0.describe(.en) })")
        // B: an entry slipped into the log before the first event's range: named, never a crash, and no act runs.
        (db, election) = try recorded()
        try tamper(db, "INSERT INTO audit_change (seq, tbl, op, pk, row) VALUES (-1, 'counted_ballot', 'delete', '[]', NULL); INSERT INTO audit_change (seq, tbl, op, pk, row) VALUES (0, 'counted_ballot', 'delete', 'not json', NULL)")
        problems = try kinds(db)
        #expect(problems.contains { $0.kind == .unrecordedChanges }, "\(problems.map { $0.describe(.en) })")
        #expect(throws: Refusal.unrecordedChanges) { try db.addGuidanceMember(by: "乡指导", election: election, name: "新组员", position: "干事") }
        // C: a counted ballot deleted with the log's trigger left in place (its entry past the last event): the ballot is named
        // as missing, not taken back from that entry.
        (db, election) = try recorded()
        try tamper(db, "DELETE FROM counted_ballot WHERE position = 5")
        problems = try kinds(db)
        #expect(problems.contains { $0.kind == .rowDeleted && $0.table == "counted_ballot" && $0.key == "[1,5]" } || problems.contains { $0.kind == .rowDeleted && $0.table == "counted_ballot" },
                "\(problems.map { $0.describe(.en) })")
        // E: a ballot table dropped: the schema is named, verify does not fail.
        (db, election) = try recorded()
        try db.writer.writeWithoutTransaction { try $0.execute(sql: "DROP TABLE counted_ballot") }
        problems = try kinds(db)
        #expect(problems.contains { $0.kind == .schemaAltered }, "\(problems.map { $0.describe(.en) })")
        // D: the slot an undone ballot leaves below the old mark: a ballot put there with the sqlite3 shell stops the next act.
        let (open, openElection) = try CongressStoreTests().atCongress()
        _ = try open.adoptMethod(by: "村书记", election: openElection, thresholdBase: nil, quorumComparison: nil, secretaryMode: .indirect, adoptedOn: Fixture.day)
        try open.appointOfficers(by: "村书记", election: openElection, chief: "丁", scrutineers: [], tellers: ["己"])
        _ = try open.checkIn(by: "村书记", election: openElection, members: ["甲", "乙", "丙", "丁", "戊", "己", "辛", "壬"])
        _ = try open.openRound(by: "村书记", election: openElection, kind: .committee)
        let yes = BallotEntry(marks: Array(repeating: Mark(reading: "○"), count: 4))
        for _ in 0..<3 { _ = try open.enterBallot(by: "计票员A", election: openElection, round: nil, entry: .A, ballot: yes) }
        _ = try open.undoLastBallot(by: "计票员A", election: openElection, round: nil, entry: .A)
        try open.writer.writeWithoutTransaction { try $0.execute(sql: "INSERT INTO ballot_entry (round_id, entry, position, ballot, entered_by) SELECT round_id, entry, 3, ballot, entered_by FROM ballot_entry WHERE position = 1") }
        #expect(throws: Refusal.unrecordedChanges) { _ = try open.enterBallot(by: "计票员A", election: openElection, round: nil, entry: .A, ballot: yes) }
    }

    @Test("the change log an event records cannot be edited, shortened or padded without it showing at that event")
    func changeLog() throws {
        func eventOf(_ db: AppDatabase, table: String) throws -> (event: Int64, seq: Int64) {
            try db.writer.read { conn in
                let row = try Row.fetchOne(conn, sql: """
                    SELECT e.id, c.seq FROM audit_change c JOIN event e ON c.seq BETWEEN e.changes_from AND e.changes_to
                    WHERE c.tbl = ? ORDER BY c.seq DESC LIMIT 1
                    """, arguments: [table])!
                return (row[0], row[1])
            }
        }
        let drop = "DROP TRIGGER audit_change_frozen_update; DROP TRIGGER audit_change_frozen_delete; "
        // Edited: a counted ballot changed, and the digest of its run recomputed (anyone can) into the bulk record and the
        // record's image in the log, so that the table, the record and the log agree.
        var (db, _) = try recorded()
        var target = try eventOf(db, table: "bulk_insert")
        let cleanUp = "DELETE FROM audit_change WHERE seq > (SELECT changes_to FROM event WHERE changes_to IS NOT NULL ORDER BY id DESC LIMIT 1);"
        try tamper(db, drop + "UPDATE counted_ballot SET ballot = replace(ballot, '\"no\"', '\"yes\"') WHERE position = 1;" + cleanUp)
        let forged = try outsidersDigest(db, "SELECT pk, row FROM audit_image_counted_ballot ORDER BY json_extract(pk, '$[1]')")
        try tamper(db, """
            UPDATE bulk_insert SET sha256 = '\(forged)' WHERE tbl = 'counted_ballot';
            UPDATE audit_change SET row = (SELECT row FROM audit_image_bulk_insert WHERE pk = audit_change.pk) WHERE tbl = 'bulk_insert';
            \(cleanUp)
            """)
        var problems = try db.verifyAudit().problems
        #expect(problems.contains { $0.kind == .changeLogEdited && $0.eventID == target.event }, "\(problems.map { $0.describe(.en) })")
        #expect(!problems.contains { $0.kind == .rowChanged }, "the log was made to agree with the table: only its digest tells; \(problems.map { $0.describe(.en) })")
        // Removed: an entry of the log deleted.
        (db, _) = try recorded()
        target = try eventOf(db, table: "organization")
        try tamper(db, drop + "DELETE FROM audit_change WHERE seq = \(target.seq)")
        problems = try db.verifyAudit().problems
        #expect(problems.contains { $0.kind == .changeLogEdited && $0.eventID == target.event })
        // The frozen triggers refuse both while in place.
        (db, _) = try recorded()
        #expect(throws: (any Error).self) { try db.writer.write { try $0.execute(sql: "UPDATE audit_change SET row = NULL WHERE seq = 1") } }
        #expect(throws: (any Error).self) { try db.writer.write { try $0.execute(sql: "DELETE FROM audit_change WHERE seq = 1") } }
        #expect(try db.verifyAudit().isIntact)
    }

    /// Issue 15 (migration 0026): a roll import records its new members by digest, one run of at most 64 ids. A later act's
    /// update of one of them is logged with the row as it was, so the run's digest still checks against what was inserted,
    /// and the member is checked from then on by its logged image: an edit of it names the member, an edit of one never
    /// updated names its run.
    @Test("members imported by digest, one updated by a re-import: intact; an edit names the member, or the run of one never updated")
    func memberUpdatedAfterDigest() throws {
        let fixture = try Fixture()
        let db = fixture.db
        let (runs, ids) = try db.writer.read { conn in
            (try Row.fetchAll(conn, sql: "SELECT first, last FROM bulk_insert WHERE tbl = 'member'").map { [$0["first"] as Int64, $0["last"] as Int64] },
             try Dictionary(uniqueKeysWithValues: Row.fetchAll(conn, sql: "SELECT name, id FROM member").map { ($0["name"] as String, $0["id"] as Int64) }))
        }
        #expect(runs == [[ids["甲"]!, ids["己"]!]], "the six members of the import are one run")
        // Anyone can recompute it, as trust.md shows: the member view's texts, in order of id, through sha256sum.
        #expect(try outsidersDigest(db, "SELECT pk, row FROM audit_image_member ORDER BY json_extract(pk, '$[0]')")
                == db.writer.read { try String.fetchOne($0, sql: "SELECT sha256 FROM bulk_insert WHERE tbl = 'member'") })
        var roll = Fixture.defaultRoll
        roll[0].phone = "13900000000"
        _ = try db.importRoll(by: "乡指导", organizationCode: Fixture.village, ParsedRoll(members: roll.enumerated().map { ($0.offset + 2, $0.element) }, warnings: []))
        #expect(try db.writer.read { try String.fetchOne($0, sql: "SELECT phone FROM member WHERE name = '甲'") } == "13900000000")
        #expect(try db.verifyAudit().isIntact, "the update is logged with the row as the import inserted it")

        let cleanUp = "; DELETE FROM audit_change WHERE seq > (SELECT changes_to FROM event WHERE changes_to IS NOT NULL ORDER BY id DESC LIMIT 1)"
        try tamper(db, "UPDATE member SET phone = '110' WHERE name IN ('甲', '乙')" + cleanUp)
        let problems = try db.verifyAudit().problems
        #expect(Set(problems.filter { $0.kind == .rowChanged && $0.table == "member" }.compactMap(\.key)) == ["[\(ids["甲"]!)]", "#\(ids["甲"]!)–#\(ids["己"]!)"],
                "\(problems.map { $0.describe(.en) })")
    }

    @Test("events written before the change log keep their inline changes: an upgraded database verifies, and edits to their rows still show")
    func upgradeToChangeLog() throws {
        let queue = try DatabaseQueue(configuration: AppDatabase.configuration())
        try AppDatabase.migrator(upTo: "0008_board").migrate(queue)
        // As the program wrote events before 0009: the genesis sealed, the captured changes moved into the event, chained.
        try queue.write { db in
            let genesis = AuditRecord(row: try Row.fetchOne(db, sql: "SELECT * FROM event WHERE id = 1")!, previousHash: nil)
            try db.execute(sql: "UPDATE event SET hash = ? WHERE id = 1", arguments: [genesis.hash])
            try db.execute(sql: """
                INSERT INTO organization (id, code, name, level, created_at) VALUES (1, 'C', '示范县', 'county', 'now');
                INSERT INTO operator (id, name, role, organization_id, created_at) VALUES (1, '县审核', 'county', 1, 'now');
                """)
            var previous = try String.fetchOne(db, sql: "SELECT hash FROM event ORDER BY id DESC LIMIT 1")
            let changes = try String.fetchOne(db, sql: """
                SELECT json_group_array(json_object('tbl', tbl, 'op', op, 'pk', json(pk), 'row', json(row))) FROM (SELECT * FROM pending_change ORDER BY seq)
                """)!
            try db.execute(sql: "DELETE FROM pending_change")
            for (id, kind) in [(Int64(2), "database.initialized")] {
                let record = AuditRecord(id: id, occurredAt: "now", operatorID: 1, organizationID: 1, electionID: nil, kind: kind, step: nil,
                                         detail: "{}", changes: .inline(changes), previousHash: previous)
                try db.execute(sql: """
                    INSERT INTO event (id, occurred_at, operator_id, organization_id, kind, detail, changes, prev_hash, hash) VALUES (?, 'now', 1, 1, ?, '{}', ?, ?, ?)
                    """, arguments: [id, kind, changes, previous, record.hash])
                previous = record.hash
            }
        }
        let db = try AppDatabase(writer: queue, keyring: .test, clock: { Fixture.now })
        let upgraded = try db.verifyAudit()
        #expect(upgraded.isIntact, "\(upgraded.problems.map { $0.describe(.en) })")
        try db.addOrganization(by: "县审核", code: "T", name: "城关镇", level: .township, parentCode: "C", previousCommitteeSize: nil)
        let report = try db.verifyAudit()
        #expect(report.isIntact && report.eventsChecked == 3 && report.rowsChecked == 3, "\(report.problems.map { $0.describe(.en) })")
        let forms = try queue.read { conn in try Row.fetchAll(conn, sql: "SELECT changes IS NOT NULL, changes_digest IS NOT NULL FROM event ORDER BY id") }
        #expect(forms.map { [$0[0] as Bool, $0[1] as Bool] } == [[true, false], [true, false], [false, true]])
        // A row recorded only in an inline event, edited outside the program.
        try tamper(db, "UPDATE operator SET role = 'township' WHERE id = 1")
        #expect(try db.verifyAudit().problems.contains { $0.kind == .rowChanged && $0.table == "operator" && $0.eventID == 2 })
    }
}
