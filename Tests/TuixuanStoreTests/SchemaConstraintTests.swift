import Foundation
import GRDB
import Testing
import TuixuanCore
@testable import TuixuanStore

/// Every UNIQUE key and CHECK of the schema, forced one by one inside an act as a program bug (or
/// a forged request) would: each comes back as a typed refusal naming the record in the user's
/// words, never as a raw database error, and nothing is written.
@Suite("Every constraint of the schema")
struct SchemaConstraintTests {
    struct Column {
        var name: String
        var isPrimaryKey: Bool
        var type: String
    }

    func tables(_ db: AppDatabase) throws -> [String] {
        try db.writer.read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name") }
    }

    @Test("every table has a name in the user's words for the refusals to use")
    func nouns() throws {
        let db = try Fixture().db
        for table in try tables(db) {
            #expect(schemaTableNoun(table) != nil, "no noun for \(table): add it to SchemaNouns.swift")
        }
    }

    /// The congress fixture, with one row seeded into each table it leaves empty.
    func populated() throws -> AppDatabase {
        let (db, election) = try AuditTests().recorded()
        _ = election
        try db.seed { db in
            let member = try Int64.fetchOne(db, sql: "SELECT id FROM member WHERE name = '甲'")!
            let other = try Int64.fetchOne(db, sql: "SELECT id FROM member WHERE name = '乙'")!
            let round = try Int64.fetchOne(db, sql: "SELECT min(id) FROM voting_round")!
            let key = String(repeating: "A", count: 43) + "="
            let digest = String(repeating: "b", count: 64)
            let statements: [String] = [
                "INSERT INTO step_record (election_id, step, kind, dated, summary, sha256) VALUES (1, 1, 'document', '2026-10-01', '文件', '\(digest)')",
                "INSERT INTO guidance_member (election_id, name, position) VALUES (1, '组长', '副书记')",
                "INSERT INTO registration (election_id, member_id, intention, notified_via, notified_on, updated_at) VALUES (1, \(member), 'attend', 'phone', '2026-10-01', 'now')",
                "INSERT INTO attendance_exclusion (election_id, member_id, reason, detail, proposed_by, proposed_at) VALUES (1, \(other), 'bedridden', '卧床', 1, 'now')",
                "INSERT INTO filing (election_id, subject, figure, filed_on, reference, operator_id, recorded_at) VALUES (1, 'expectedAttendance', 8, '2026-10-01', NULL, 1, 'now')",
                "INSERT INTO outgoing_member (election_id, member_id, post) VALUES (1, \(member), 'secretary')",
                "INSERT INTO recommendation_round (election_id, kind, held_on, max_names, ballots, void_ballots, recorded_by, recorded_at) VALUES (1, 'members', '2026-10-01', 3, 10, 1, 1, 'now')",
                "INSERT INTO recommendation_count (round_id, member_id, count) VALUES (1, \(member), 5)",
                "INSERT INTO recommendation_rejection (round_id, line, column_label, value, reason_zh, reason_en) VALUES (1, 2, '推荐人选1', '外人', '不是本村党员', 'not a member')",
                "INSERT INTO township_recommendation (election_id, member_id, posts) VALUES (1, \(member), 'member')",
                "INSERT INTO nominee_finding (election_id, member_id, kind, code, source, detail, recorded_by, recorded_at) VALUES (1, \(member), 'disqualifying', 1, '来源', '事实', 1, 'now')",
                "INSERT INTO nominee_sanction (election_id, member_id, effect_until, detail) VALUES (1, \(member), '2027-01-01', '处分')",
                "INSERT INTO nominee_decision (election_id, member_id, kind, township_by, township_at) VALUES (1, \(member), 'age_exception', 1, 'now')",
                "INSERT INTO structure_acknowledgement (election_id, stage, kind, reason, acknowledged_by, acknowledged_at) VALUES (1, 'prospective', 'no_woman', '说明', 1, 'now')",
                "INSERT INTO vetting_answer (election_id, department, member_id, clear, detail, recorded_by, recorded_at) VALUES (1, '纪委', \(member), 0, '有线索', 1, 'now')",
                "INSERT INTO publicity (election_id, start_on, days, place, recorded_by, recorded_at) VALUES (1, '2026-10-01', 5, '公示栏', 1, 'now')",
                "INSERT INTO objection (election_id, member_id, received_on, summary, resolution, resolution_reason, resolved_by, resolved_at, recorded_by, recorded_at) VALUES (1, \(member), '2026-10-02', '反映', 'dismissed', '不属实', 1, 'now', 1, 'now')",
                "INSERT INTO pledge (election_id, member_id, signed_on, published_on, recorded_by, recorded_at) VALUES (1, \(member), '2026-10-01', '2026-10-02', 1, 'now')",
                "INSERT INTO reconciliation (round_id, place, ballot, note, decided_by) VALUES (\(round), 'A1/B1', NULL, '复核', 1)",
                "INSERT INTO result_review (election_id, outcome, reason, result_digest, reviewed_by, reviewed_at) VALUES (1, 'reviewed', '审核', 'x', 1, 'now')",
                "INSERT INTO tally_sheet (round_id, count, entered_by) VALUES (\(round), '{}', 1)",
                "INSERT INTO ballot_draft (round_id, entry, position, ballot, typed_by) VALUES (\(round), 'B', 999, '{}', 1)",
                "INSERT INTO seat_reduction (election_id, seats_from, seats_to, votes_for, present, decided_on, recorded_by, recorded_at) VALUES (1, 4, 3, 5, 8, '2026-10-01', 1, 'now')",
                "INSERT INTO nominee_proposal (election_id, post, member_id, reason, county_told_on, votes_before, proposed_by, proposed_at) VALUES (1, 'secretary', \(member), '研究', '2026-10-01', 0, 1, 'now')",
                "INSERT INTO congress_adjournment (election_id, sitting, reason, note, present, expected, adjourned_on, reconvene_on, rounds_before, recorded_by, recorded_at) VALUES (1, 1, 'no_quorum', '不足', 5, 8, '2026-10-01', '2026-10-08', 0, 1, 'now')",
                "INSERT INTO adjourned_attendance (election_id, sitting, member_id) VALUES (1, 1, \(member))",
                "INSERT INTO further_round_limit (election_id, max_rounds) VALUES (1, 1)",
                "INSERT INTO staff_teller (election_id, name, position) VALUES (1, '王会计', '乡财政所')",
                "INSERT INTO exit_audit (election_id, member_id, audited_on, auditor, problems, handling, handled_on, recorded_by, recorded_at) VALUES (1, \(member), '2026-10-01', '农经站', '账目不清', '已整改', '2026-10-02', 1, 'now')",
                "INSERT INTO counselling_talk (election_id, member_id, talked_on, talked_by, note, treatment, recorded_by, recorded_at) VALUES (1, \(member), '2026-12-05', '乡党委书记', '谈心', '按月发放离任补贴', 1, 'now')",
                "INSERT INTO archive_filing (election_id, bundle_sha256, head_event, head_hash, signatures, filed_on, filed_by, filed_at) VALUES (1, '\(digest)', 1, '\(digest)', 0, '2026-12-18', 1, 'now')",
                "INSERT INTO nominee_health (election_id, member_id, fit, basis, attested_on, recorded_by, recorded_at) VALUES (1, \(member), 1, '体检报告', '2026-10-01', 1, 'now')",
                "INSERT INTO list_completion (election_id, member_id, reason, publicity_start, publicity_days, publicity_place, proposed_by, proposed_at, approved_on, approved_by, approved_at) VALUES (1, \(member), '取消资格后补足', '2026-10-01', 5, '公开栏', 1, 'now', '2026-10-07', 1, 'now')",
                "INSERT INTO member_attribute (member_id, kind, code, recorded_by, recorded_at) VALUES (\(member), 'post', 'womens_federation_chair', 1, 'now')",
                "INSERT INTO situation_report (election_id, kind, occurred_on, summary, reported_by, reported_at, handled_on, handling, handled_by) VALUES (1, 'emerging_problem', '2026-10-01', '有人串联拉票', 1, 'now', '2026-10-02', '约谈劝阻', 1)",
                "INSERT INTO staff_pledge (election_id, guidance_member_id, signed_on, recorded_by, recorded_at) VALUES (1, (SELECT max(id) FROM guidance_member), '2026-10-01', 1, 'now')",
                "INSERT INTO term_review (election_id, member_id, reviewed_on, satisfied, basically_satisfied, dissatisfied, recorded_by, recorded_at) VALUES (1, \(member), '2026-10-01', 30, 5, 1, 1, 'now')",
                "INSERT INTO secretary_assessment (election_id, member_id, found, note, assessed_on, assessed_by, recorded_at) VALUES (1, \(member), '', '研判', '2026-10-01', 1, 'now')",
                "INSERT INTO candidacy_revocation (election_id, member_id, kind, finding_id, reason, county_told_on, decided_by, decided_at) VALUES (1, \(member), 'void', (SELECT max(id) FROM nominee_finding), '查实贿选', '2026-10-01', 1, 'now')",
                "INSERT INTO operator_key (operator_id, public_key, registered_at) SELECT id, '\(key)', 'now' FROM operator WHERE role = 'township' LIMIT 1",
                "INSERT INTO trust_anchor (public_key, operator_name, county_code, imported_at) VALUES ('\(key)', '某', 'C', 'now')",
                "INSERT INTO archived_election (bundle_sha256, county_code, organization_code, organization_name, title, procedure, done, total, summary, bundle, imported_by, imported_at) VALUES ('\(digest)', 'C', 'V9', '某村', '某', '2018-county@3', 32, 32, '{}', '{}', 1, 'now')",
                "INSERT INTO step_due (township_id, step, due_on, set_by) VALUES ((SELECT id FROM organization WHERE parent_id IS NOT NULL LIMIT 1), 31, '2027-01-01', 1)",
                "INSERT INTO calendar_import (year, sha256, source, imported_by, imported_at) VALUES (2027, '\(digest)', '2027年节假日.csv', 1, 'now')",
                "INSERT INTO calendar_day (import_id, day, kind, name) VALUES (1, '2027-01-01', 'holiday', '元旦')",
                "INSERT INTO procedure_case (organization_id, catalog_id, kind, year, opened_by, opened_at) VALUES ((SELECT organization_id FROM election WHERE id = 1), 1, 'grading', 2026, 1, 'now')",
                "INSERT INTO case_step_outcome (case_id, step, outcome, happened_on, operator_id, recorded_at) VALUES (1, 1, 'completed', '2026-03-25', 1, 'now')",
                "INSERT INTO case_step_record (case_id, step, kind, dated, summary, sha256) VALUES (1, 1, 'document', '2026-03-25', '自评报告', '\(digest)')",
                "INSERT INTO grading_grade (case_id, stage, grade, score_tenths, decided_on, recorded_by, recorded_at) VALUES (1, 'initial', 'poor', 555, '2026-09-10', 1, 'now')",
                "INSERT INTO grading_area_score (grade_id, area, tenths) VALUES (1, 'leadership', 110)",
                "INSERT INTO grading_objection (case_id, filed_on, filed_by, summary, recorded_by, recorded_at) VALUES (1, '2026-10-08', '党支部', '异议', 1, 'now')",
                "INSERT INTO grading_objection_decision (objection_id, decided_on, upheld, grade, reason, decided_by, decided_at) VALUES (1, '2026-10-09', 0, NULL, '维持原评价', 1, 'now')",
                "INSERT INTO grading_rating_sheet (case_id, entry, ballots, entered_by, entered_at) VALUES (1, 'A', '[\"good\"]', 1, 'now')",
                "INSERT INTO rectification_team (case_id, name, position, role, sent_on, recorded_by, recorded_at) VALUES (1, '陈志强', '副书记', 'leader', '2026-05-05', 1, 'now')",
                "INSERT INTO rectification_problem (case_id, source, summary, found_on, recorded_by, recorded_at) VALUES (1, 'visits', '问题', '2026-05-10', 1, 'now')",
                "INSERT INTO rectification_measure (problem_id, measure, responsible, due_on, recorded_by, recorded_at) VALUES (1, '措施', '刘洋', '2026-09-30', 1, 'now')",
                "INSERT INTO rectification_progress (measure_id, reported_on, done, new_due_on, note, recorded_by, recorded_at) VALUES (1, '2026-09-01', 0, '2026-11-30', '未达', 1, 'now')",
                "INSERT INTO rectification_assessment (case_id, assessed_on, satisfied, basically_satisfied, dissatisfied, recorded_by, recorded_at) VALUES (1, '2026-10-19', 30, 8, 2, 1, 'now')",
                "INSERT INTO election_rectification_decision (election_id, decided_on, reason, decided_by, decided_at) VALUES (1, '2026-10-15', '同步换届', 1, 'now')",
                "INSERT INTO bulk_insert (tbl, scope, first, last, rows, sha256) VALUES ('ballot_entry', '[1,\"A\"]', 1, 1, 1, '\(digest)')",
            ]
            // Rows the checks that tie two columns need: a skipped step (with its reason), and an entry of a round still open
            // (entries of closed rounds are frozen before any check is looked at).
            try db.execute(sql: "INSERT INTO step_outcome (election_id, step, outcome, happened_on, reason, operator_id, recorded_at) VALUES (1, 30, 'skipped', '2026-10-01', '不适用', 1, 'now')")
            try db.execute(sql: """
                INSERT INTO voting_round (election_id, number, kind, body, seats, candidates, expected, present, state, opened_at)
                VALUES (1, 99, 'further', 'congress', 1, '["甲"]', 9, 8, 'open', 'now')
                """)
            try db.execute(sql: "INSERT INTO ballot_entry (round_id, entry, position, ballot, entered_by) VALUES (?, 'A', 1, '{}', 1)", arguments: [db.lastInsertedRowID])
            for sql in statements {
                let table = sql.split(separator: " ")[2]
                if try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)")! == 0 {
                    do { try db.execute(sql: sql) } catch { Issue.record("seeding \(table): \(error)") }
                }
            }
            // A grading's skipped step, for the check that ties a skip to its reason.
            try db.execute(sql: "INSERT INTO case_step_outcome (case_id, step, outcome, happened_on, reason, operator_id, recorded_at) VALUES (1, 9, 'skipped', '2026-12-10', '无须复核', 1, 'now')")
        }
        return db
    }

    /// The outcome of one forced write: a typed refusal, or a raw error (a failure of the guarantee).
    enum Outcome {
        case refused(Refusal)
        case written
        case raw(Error)
    }

    struct RolledBack: Error {}

    /// Runs the write inside an act; one the schema accepts is rolled back, so each attempt starts from the same file.
    func attempt(_ db: AppDatabase, _ sql: String, _ arguments: StatementArguments = []) -> Outcome {
        do {
            try db.act { db -> Void in
                try db.execute(sql: sql, arguments: arguments)
                throw RolledBack()
            }
            return .written
        } catch is RolledBack {
            return .written
        } catch let refusal as Refusal {
            return .refused(refusal)
        } catch {
            return .raw(error)
        }
    }

    @Test("each table's keys and checks, forced inside an act: a typed refusal naming the record, nothing written")
    func forced() throws {
        let db = try populated()
        let before = try db.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM audit_change")! }
        let events = try db.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM event")! }
        var uncovered: [String] = []
        for table in try tables(db) where !["audit_change", "event", "grdb_migrations"].contains(table) {
            let (columns, sql, indexes, samples) = try db.writer.read { conn -> ([Column], String, [[String]], [Int64]) in
                let columns = try Row.fetchAll(conn, sql: "SELECT name, pk, type FROM pragma_table_info(?)", arguments: [table]).map {
                    Column(name: $0["name"], isPrimaryKey: ($0["pk"] as Int) > 0, type: $0["type"])
                }
                let sql = try String.fetchOne(conn, sql: "SELECT sql FROM sqlite_master WHERE name = ?", arguments: [table])!
                let indexes = try String.fetchAll(conn, sql: "SELECT name FROM pragma_index_list(?) WHERE \"unique\" = 1 AND partial = 0", arguments: [table]).map { index in
                    try String.fetchAll(conn, sql: "SELECT name FROM pragma_index_info(?) ORDER BY seqno", arguments: [index])
                }
                // The first and the last row: a check that ties two columns may only be forced from one of them.
                // A table WITHOUT ROWID (attendance, migration 0022) is sampled by its place in key order instead.
                if sql.contains("WITHOUT ROWID") {
                    let count = try Int64.fetchOne(conn, sql: "SELECT count(*) FROM \(table)")!
                    return (columns, sql, indexes, count == 0 ? [] : Array(Set([1, count])).sorted())
                }
                return (columns, sql, indexes, try Int64.fetchAll(conn, sql: "SELECT min(rowid) FROM \(table) UNION SELECT max(rowid) FROM \(table)").filter { $0 > 0 })
            }
            guard let rowid = samples.first else { uncovered.append(table); continue }
            let names = columns.map(\.name)
            let list = names.joined(separator: ", ")
            let keys = columns.filter(\.isPrimaryKey)
            func row(_ sample: Int64) -> String {
                guard sql.contains("WITHOUT ROWID") else { return "rowid = \(sample)" }
                let key = keys.map(\.name).joined(separator: ", ")
                return "(\(key)) = (SELECT \(key) FROM \(table) ORDER BY \(key) LIMIT 1 OFFSET \(sample - 1))"
            }
            let integerKey = keys.count == 1 && keys[0].type == "INTEGER" ? keys[0].name : nil
            func copy(replacing column: String? = nil, dropKey: Bool = false, from rowid: Int64 = rowid) -> String {
                let values = names.map { name in name == column ? "?" : (dropKey && name == integerKey ? "NULL" : name) }
                return "INSERT INTO \(table) (\(list)) SELECT \(values.joined(separator: ", ")) FROM \(table) WHERE \(row(rowid))"
            }
            // The key: the same row again (a table with no key, such as the notes on rejected recommendation
            // ballots, takes it).
            switch keys.isEmpty && indexes.isEmpty ? .refused(.constraintViolated(.frozen("no key"))) : attempt(db, copy()) {
            case .refused(.constraintViolated(.duplicate(let named, _))): #expect(named == table)
            case .refused(.constraintViolated(.frozen)): break   // a trigger that freezes the table stops it first
            case let other: Issue.record("\(table): a duplicate row gave \(other)")
            }
            // Each other UNIQUE key: the same row under a new integer key.
            if integerKey != nil {
                for index in indexes {
                    switch attempt(db, copy(dropKey: true)) {
                    case .refused(.constraintViolated(.duplicate(let named, let columns))):
                        #expect(named == table && indexes.contains(columns), "\(table): \(columns) is not one of its keys")
                    case .refused(.constraintViolated(.frozen)): break
                    case .written:
                        // NULLs are distinct under UNIQUE: a row without the key's value duplicates nothing.
                        let hasNull = try db.writer.read { conn in
                            try Bool.fetchOne(conn, sql: "SELECT \(index.map { "\($0) IS NULL" }.joined(separator: " OR ")) FROM \(table) WHERE \(row(rowid))")
                        }
                        #expect(hasNull == true, "\(table): a duplicate of the key \(index) was written")
                    case let other: Issue.record("\(table): a duplicate of the key \(index) gave \(other)")
                    }
                }
            }
            // Each CHECK: one column at a time given a value no rule allows.
            let checks = sql.components(separatedBy: "CHECK (").count - 1
            var failedChecks: Set<String> = []
            for sample in samples {
              for column in names {
                for bad in [DatabaseValue.null, (-1).databaseValue, 1.databaseValue, "".databaseValue, "\u{1}nicht".databaseValue, "{".databaseValue,
                            1_000_000.databaseValue] {
                    switch attempt(db, copy(replacing: column, from: sample), [bad]) {
                    case .refused(.constraintViolated(.valueNotAllowed(let named, let check))):
                        #expect(named == nil || named == table)
                        failedChecks.insert(check)
                    case .refused(.constraintViolated): break
                    case .refused(let other): Issue.record("\(table).\(column): \(other) is not a constraint refusal")
                    case .written: break   // a value the schema allows (the act is rolled back)
                    case .raw(let error): Issue.record("\(table).\(column): a raw error reached the caller: \(error)")
                    }
                }
              }
            }
            #expect(failedChecks.count == checks, "\(table): \(failedChecks.count) of its \(checks) checks were forced: \(failedChecks.sorted())")
        }
        #expect(uncovered.isEmpty, "tables with no row to force: \(uncovered)")
        // Nothing was written by any of it.
        #expect(try db.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM audit_change")! } == before)
        #expect(try db.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM event")! } == events)
    }

    @Test("the partial keys (one chief scrutineer, one key per operator) are refused as duplicates too")
    func partialKeys() throws {
        let db = try populated()
        let chief = attempt(db, "INSERT INTO congress_officer (election_id, member_id, duty) SELECT 1, id, 'chief_scrutineer' FROM member WHERE name = '丙'")
        guard case .refused(.constraintViolated(.duplicate("congress_officer", ["election_id"]))) = chief else {
            Issue.record("a second chief scrutineer gave \(chief)")
            return
        }
        let key = attempt(db, "INSERT INTO operator_key (operator_id, public_key, registered_at) SELECT id, ?, 'now' FROM operator WHERE role = 'township' LIMIT 1", [String(repeating: "B", count: 43) + "="])
        guard case .refused(.constraintViolated(.duplicate("operator_key", ["operator_id"]))) = key else {
            Issue.record("a second key for one operator gave \(key)")
            return
        }
    }
}
