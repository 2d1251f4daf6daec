import Foundation
import GRDB
import Testing
import TuixuanCore
@testable import TuixuanStore

@Suite("Schema")
struct SchemaTests {
    @Test("the migrated schema matches the golden file (TUIXUAN_RECORD=1 re-records it)")
    func golden() throws {
        let db = try AppDatabase.inMemory(keyring: .test)
        let schema = try db.renderedSchema()
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Schema/schema.sql")
        if ProcessInfo.processInfo.environment["TUIXUAN_RECORD"] == "1" {
            try schema.write(to: url, atomically: true, encoding: .utf8)
        }
        let golden = try String(contentsOf: url, encoding: .utf8)
        #expect(schema == golden, "schema changed: add a migration under Schema/migrations and re-record with TUIXUAN_RECORD=1")
        #expect(try db.appliedMigrations() == ["0001_foundation", "0002_candidacy", "0003_congress", "0004_audit", "0005_signatures", "0006_archives", "0007_due_dates", "0008_board", "0009_change_log", "0010_member_name", "0011_nominee_proposal", "0012_adjournment", "0013_revocation", "0014_secretary_assessment", "0015_staff_teller", "0016_outgoing_reviews", "0017_follow_up", "0018_nominee_health", "0019_list_completion", "0020_staff_pledge", "0021_profile_and_reports", "0022_attendance_unordered", "0023_ballot_draft", "0024_organization_health", "0025_bulk_digest", "0026_member_digest", "0027_old_images"])
    }

    @Test("upgrading a 0001 database keeps its operators, and their references, through the operator table rebuild")
    func upgradeFrom0001() throws {
        let queue = try DatabaseQueue(configuration: AppDatabase.configuration())
        try AppDatabase.migrator(upTo: "0001_foundation").migrate(queue)
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO organization (id, code, name, level, created_at) VALUES (1, 'C', '示范县', 'county', 'now');
                INSERT INTO operator (id, name, role, organization_id, created_at) VALUES (7, '县审核', 'county', 1, 'now');
                INSERT INTO event (occurred_at, operator_id, organization_id, kind, detail) VALUES ('now', 7, 1, 'database.initialized', '{}');
                """)
        }
        let db = try AppDatabase(writer: queue, keyring: .test, clock: { Fixture.now })
        #expect(try db.appliedMigrations() == ["0001_foundation", "0002_candidacy", "0003_congress", "0004_audit", "0005_signatures", "0006_archives", "0007_due_dates", "0008_board", "0009_change_log", "0010_member_name", "0011_nominee_proposal", "0012_adjournment", "0013_revocation", "0014_secretary_assessment", "0015_staff_teller", "0016_outgoing_reviews", "0017_follow_up", "0018_nominee_health", "0019_list_completion", "0020_staff_pledge", "0021_profile_and_reports", "0022_attendance_unordered", "0023_ballot_draft", "0024_organization_health", "0025_bulk_digest", "0026_member_digest", "0027_old_images"])
        #expect(try db.operators().map(\.name) == ["县审核"])
        let (violations, eventOperator) = try queue.read { db in
            (try Row.fetchAll(db, sql: "PRAGMA foreign_key_check"), try Int.fetchOne(db, sql: "SELECT operator_id FROM event"))
        }
        #expect(violations.isEmpty)
        #expect(eventOperator == 7)
        // Signing begins in an older file with the reviewer registering his own key; then the new roles are accepted.
        try db.registerKey(by: "县审核", for: "县审核", publicKey: testPublicKey("县审核"))
        try db.addOrganization(by: "县审核", code: "T", name: "城关镇", level: .township, parentCode: "C", previousCommitteeSize: nil)
        try db.addOperator(by: "县审核", name: "乡书记", role: .townshipSecretary, organizationCode: "T")
        try db.addOperator(by: "县审核", name: "副部长", role: .countyDeputyHead, organizationCode: "C")
    }

    @Test("the event log, step outcomes, approvals and pinned catalogs refuse updates and deletes", arguments: [
        "UPDATE event SET kind = 'x'", "DELETE FROM event",
        "UPDATE step_outcome SET reason = 'x'", "DELETE FROM step_outcome",
        "UPDATE approval SET figure = 1", "DELETE FROM approval",
        "UPDATE procedure_catalog SET content = '{}'", "DELETE FROM procedure_catalog",
    ])
    func appendOnly(sql: String) throws {
        let fixture = try Fixture()
        let election = try fixture.startElection()
        try fixture.db.assessWeakAndLax(by: "乡指导", election: election, weakAndLax: false, note: "班子团结稳定")
        try fixture.db.completeStep(by: "乡指导", election: election, step: 1, happenedOn: Fixture.day, records: [
            StepRecordInput(kind: .document, dated: Fixture.day, sha256: String(repeating: "a", count: 64))])
        try fixture.db.skipStep(by: "乡指导", election: election, step: 2, happenedOn: Fixture.day, reason: "不属于软弱涣散")
        try fixture.db.seed { db in
            try db.execute(sql: "INSERT INTO approval (election_id, subject, step, level, operator_id, approved_at) VALUES (1, 'step', 8, 'township', 1, 'now')")
        }
        #expect(throws: DatabaseError.self) {
            try fixture.db.writer.write { db in try db.execute(sql: sql) }
        }
    }
}

@Suite("Organizations and operators")
struct OrganizationStoreTests {
    @Test("a township operator cannot act for another township's village")
    func scope() throws {
        let fixture = try Fixture()
        #expect(throws: Refusal.outOfScope(operatorName: "外乡指导", organization: "红旗村")) {
            _ = try fixture.db.startElection(by: "外乡指导", organizationCode: Fixture.village, title: nil, congressDate: CivilDate(year: 2026, month: 12, day: 2)!)
        }
    }

    @Test("a village operator cannot register operators; a township cannot register a county reviewer")
    func registration() throws {
        let fixture = try Fixture()
        #expect(throws: Refusal.roleNotAllowed(.village, allowed: [.county, .township])) {
            try fixture.db.addOperator(by: "村书记", name: "新人", role: .teller, organizationCode: Fixture.village)
        }
        #expect(throws: Refusal.outOfScope(operatorName: "乡指导", organization: "示范县")) {
            try fixture.db.addOperator(by: "乡指导", name: "新县审核", role: .county, organizationCode: "C")
        }
        #expect(throws: Refusal.roleAtWrongLevel(.teller, organization: "城关镇", level: .township)) {
            try fixture.db.addOperator(by: "县审核", name: "错位", role: .teller, organizationCode: "T")
        }
    }

    @Test("an organization list is checked whole against the database before anything is written")
    func importAllOrNothing() throws {
        let fixture = try Fixture()
        let before = try fixture.count("organization")
        let rows = [
            OrganizationRow(line: 2, code: "V3", name: "新村", level: .village, parentCode: "T", previousCommitteeSize: 3),
            OrganizationRow(line: 3, code: "V4", name: "错村", level: .village, parentCode: "C", previousCommitteeSize: 3),
        ]
        expectRefusal(where: { $0.importIssues.map { "\($0.line):\($0.column ?? "")" } == ["3:上级代码"] }) { _ = try fixture.db.importOrganizations(by: "县审核", rows) }
        #expect(try fixture.count("organization") == before)
    }

    @Test("the database is initialized once")
    func initOnce() throws {
        let fixture = try Fixture()
        #expect(throws: Refusal.alreadyInitialized) { try fixture.db.initialize(countyCode: "X", countyName: "另一县", reviewerName: "某人") }
    }
}

@Suite("Rolls")
struct RollStoreTests {
    /// A roll import keeps statement journals in memory and a larger page cache for its own act only: afterwards the
    /// connection is as it was, so later work in the same process (`audit verify`'s replay tables) stays on disk.
    @Test("a roll import's connection settings last for the import only, whether it writes or is refused")
    func bulkSettingsScoped() throws {
        let fixture = try Fixture()
        func settings(of database: AppDatabase = fixture.db) throws -> [Int] {
            try database.writer.read { db in [try Int.fetchOne(db, sql: "PRAGMA temp_store")!, try Int.fetchOne(db, sql: "PRAGMA cache_size")!] }
        }
        let fresh = try settings(of: AppDatabase.inMemory())
        #expect(try settings() == fresh, "after the fixture's own import")
        var stranger = Fixture.member("庚")
        stranger.idNumber = "33052119680412001X"
        _ = try fixture.db.importRoll(by: "乡指导", organizationCode: Fixture.village, ParsedRoll(members: [(2, stranger)], warnings: []))
        #expect(try settings() == fresh, "after an import that wrote")
        #expect(throws: (any Error).self) {
            try fixture.db.importRoll(by: "乡指导", organizationCode: "nowhere", ParsedRoll(members: [(2, stranger)], warnings: []))
        }
        #expect(try settings() == fresh, "after a refused import")
    }

    @Test("re-importing the same roll writes nothing, not even an event")
    func idempotent() throws {
        let fixture = try Fixture()
        let events = try fixture.count("event")
        let report = try fixture.db.importRoll(by: "乡指导", organizationCode: Fixture.village,
                                               ParsedRoll(members: Fixture.defaultRoll.enumerated().map { ($0.offset + 2, $0.element) }, warnings: []))
        #expect(!report.written)
        #expect(report.unchanged == Fixture.defaultRoll.count)
        #expect(try fixture.count("event") == events)
    }

    @Test("a person already on another village's roll is refused and nothing is written")
    func crossVillage() throws {
        let fixture = try Fixture()
        var person = Fixture.member("庚")
        person.idNumber = "33052119680412001X"
        _ = try fixture.db.importRoll(by: "县审核", organizationCode: Fixture.otherVillage, ParsedRoll(members: [(2, person)], warnings: []))
        let members = try fixture.count("member")
        expectRefusal(where: { $0.importIssues.map { "\($0.line):\($0.column ?? "")" } == ["3:身份证号"] }) {
            _ = try fixture.db.importRoll(by: "县审核", organizationCode: Fixture.village, ParsedRoll(members: [(2, Fixture.member("辛")), (3, person)], warnings: []))
        }
        #expect(try fixture.count("member") == members)
    }
}

@Suite("Elections and steps")
struct ElectionStoreTests {
    @Test("an election is pinned to its catalog version; a new version applies only to new elections")
    func pinning() throws {
        let fixture = try Fixture()
        let newest = Procedure.builtIn.filter { $0.procedure == "2018-county" }.map(\.version).max()!
        let first = try fixture.startElection()
        #expect(try fixture.db.status(election: first).procedure.reference == "2018-county@\(newest)")
        var text = Procedure.builtInText(procedure: "2018-county", version: newest)!
        text = text.replacingOccurrences(of: "\"version\": \(newest),", with: "\"version\": \(newest + 1),")
            .replacingOccurrences(of: "\"zh\": \"调查摸底\"", with: "\"zh\": \"调查摸底（新版）\"")
        try fixture.db.registerCatalog(by: "县审核", text: text)
        #expect(try fixture.db.status(election: first).procedure.step(1)?.title.zh == "调查摸底")

        // The same version with other content is refused.
        let altered = text.replacingOccurrences(of: "调查摸底（新版）", with: "调查摸底（又改）")
        #expect(throws: Refusal.catalogVersionTaken("2018-county@\(newest + 1)")) { try fixture.db.registerCatalog(by: "县审核", text: altered) }

        let second = try fixture.db.startElection(by: "县审核", organizationCode: Fixture.otherVillage, title: nil, congressDate: CivilDate(year: 2026, month: 12, day: 2)!)
        let status = try fixture.db.status(election: String(second))
        #expect(status.procedure.reference == "2018-county@\(newest + 1)")
        #expect(status.procedure.step(1)?.title.zh == "调查摸底（新版）")
        #expect(try fixture.db.status(election: first).procedure.reference == "2018-county@\(newest)")
    }

    @Test("an older version can still be chosen explicitly, and keeps its own steps")
    func olderVersion() throws {
        let fixture = try Fixture()
        #expect(throws: Refusal.olderProcedureNeedsCounty(chosen: "2018-county@1", newest: Procedure.builtIn.filter { $0.procedure == "2018-county" }.map(\.version).max()!)) {
            _ = try fixture.db.startElection(by: "乡指导", organizationCode: Fixture.village, title: nil, congressDate: CivilDate(year: 2026, month: 12, day: 2)!, version: 1)
        }
        let id = try fixture.db.startElection(by: "县审核", organizationCode: Fixture.village, title: nil,
                                              congressDate: CivilDate(year: 2026, month: 12, day: 2)!, version: 1)
        let status = try fixture.db.status(election: String(id))
        #expect(status.procedure.reference == "2018-county@1")
        #expect(status.procedure.step(11)?.conditions == [])
        #expect(status.procedure.plan == nil)
    }

    @Test("one unfinished election per village")
    func oneAtATime() throws {
        let fixture = try Fixture()
        _ = try fixture.startElection()
        #expect(throws: Refusal.electionUnfinished(organization: "红旗村", election: 1)) { _ = try fixture.startElection() }
    }

    @Test("a refused completion writes nothing")
    func refusedWritesNothing() throws {
        let fixture = try Fixture()
        let election = try fixture.startElection()
        let events = try fixture.count("event")
        expectRefusal(where: { $0.blockers == [.roleNotAllowed(role: .township, allowed: [.county]), .prerequisiteMissing(step: 1, title: LocalizedText(zh: "调查摸底", en: "Survey the organization")), .prerequisiteMissing(step: 2, title: LocalizedText(zh: "集中整顿", en: "Rectify a weak and lax organization")), .recordMissing(.document)] }) {
            try fixture.db.completeStep(by: "乡指导", election: election, step: 4, happenedOn: Fixture.day, records: [])
        }
        #expect(try fixture.count("event") == events)
        #expect(try fixture.count("step_outcome") == 0)
    }

    @Test("acts cannot be dated in the future")
    func futureDates() throws {
        let fixture = try Fixture()
        let election = try fixture.startElection()
        try fixture.db.assessWeakAndLax(by: "乡指导", election: election, weakAndLax: false, note: "班子团结稳定")
        #expect(throws: Refusal.dateInFuture(CivilDate(year: 2026, month: 10, day: 21)!, today: Fixture.day)) {
            try fixture.db.skipStep(by: "乡指导", election: election, step: 2, happenedOn: Fixture.day.adding(days: 1), reason: "经研判不属于软弱涣散")
        }
    }

    @Test("nor before the steps they rest on: step 2 on the day of step 1 passes, the day before is refused")
    func datesAfterPrerequisites() throws {
        let fixture = try Fixture()
        let election = try fixture.startElection()
        try fixture.db.assessWeakAndLax(by: "乡指导", election: election, weakAndLax: false, note: "班子团结稳定")
        try fixture.db.completeStep(by: "乡指导", election: election, step: 1, happenedOn: Fixture.day.adding(days: -3),
                                    records: [StepRecordInput(kind: .document, dated: Fixture.day.adding(days: -3), summary: "摸底", sha256: String(repeating: "a", count: 64))])
        #expect(throws: Refusal.stepBlocked(step: 2, title: LocalizedText(zh: "集中整顿", en: "Rectify a weak and lax organization"), blockers: [
            .dateBeforePrerequisite(step: 1, happenedOn: Fixture.day.adding(days: -3), date: Fixture.day.adding(days: -4)),
        ])) {
            try fixture.db.skipStep(by: "乡指导", election: election, step: 2, happenedOn: Fixture.day.adding(days: -4), reason: "不是软弱涣散")
        }
        try fixture.db.skipStep(by: "乡指导", election: election, step: 2, happenedOn: Fixture.day.adding(days: -3), reason: "不是软弱涣散")
    }
}

@Suite("Registration and the expected attendance (step 10)")
struct RegistrationStoreTests {
    /// An election at step 10 with every earlier step done.
    func atStepTen() throws -> (Fixture, String) {
        let fixture = try Fixture()
        let election = try fixture.startElection()
        try fixture.db.seed { db in
            for step in 1...9 {
                try db.execute(sql: "INSERT INTO step_outcome (election_id, step, outcome, happened_on, operator_id, recorded_at) VALUES (?, ?, 'completed', '2026-10-01', 1, 'now')",
                               arguments: [Int(election)!, step])
            }
        }
        return (fixture, election)
    }

    @Test("voters are the full members not suspended; expected attendance counts them")
    func voters() throws {
        let (fixture, election) = try atStepTen()
        let roll = try fixture.db.voterRoll(election: election)
        #expect(roll.attendance.figure == 4)
        #expect(Set(roll.entries.filter { !$0.hasVote }.map(\.member.name)) == ["戊", "己"])
    }

    @Test("the whole flow: registration, exclusion with both approvals, approval, filing; a later change makes the approval stale")
    func flow() throws {
        let (fixture, election) = try atStepTen()
        let db = fixture.db
        expectRefusal(where: { $0.blockers.map(\.conditionName) == ["registration.complete"] }) { _ = try db.approveExpectedAttendance(by: "乡指导", election: election, note: nil) }

        try db.proposeExclusion(by: "村书记", election: election, member: "丁", reason: .bedridden, detail: "长期卧床")
        #expect(try db.voterRoll(election: election).attendance.figure == 4)
        try db.decideExclusion(by: "乡指导", election: election, member: "丁", agree: true, note: nil)
        #expect(try db.voterRoll(election: election).attendance.figure == 4)
        try db.recordCongressApprovalOfExclusion(by: "村书记", election: election, member: "丁", on: Fixture.day)
        #expect(try db.voterRoll(election: election).attendance.figure == 3)

        _ = try db.register(by: "村书记", election: election, members: [], allUnregistered: true, intention: .attend, notifiedVia: nil, notifiedOn: nil)
        #expect(try db.approveExpectedAttendance(by: "乡指导", election: election, note: nil) == 3)
        #expect(throws: Refusal.expectedAttendanceAlreadyApproved(figure: 3)) { _ = try db.approveExpectedAttendance(by: "乡指导", election: election, note: nil) }
        _ = try db.fileExpectedAttendance(by: "乡指导", election: election, on: Fixture.day, reference: nil)
        #expect(try db.status(election: election).progress.openSteps.first { $0.step.number == 10 }?.status == .open(blockers: []))

        // A member added to the roll afterwards: the approval no longer matches.
        _ = try db.importRoll(by: "乡指导", organizationCode: Fixture.village,
                              ParsedRoll(members: (Fixture.defaultRoll + [Fixture.member("庚")]).enumerated().map { ($0.offset + 2, $0.element) }, warnings: []))
        let stepTen = try db.status(election: election).progress.openSteps.first { $0.step.number == 10 }
        var blockers: [Blocker] = []
        if case .open(let list)? = stepTen?.status { blockers = list }
        #expect(blockers.contains(.approvalStale(ApprovalRequirement(level: .township, subject: "expectedAttendance"), step: 10)))
        expectRefusal(where: { $0.blockers.map(\.conditionName) == ["registration.complete", "registration.filedWithCounty", nil] }) {
            try db.completeStep(by: "村书记", election: election, step: 10, happenedOn: Fixture.day, records: [])
        }
    }

    @Test("an exclusion needs a listed reason, a voter, and the right roles")
    func exclusionRules() throws {
        let (fixture, election) = try atStepTen()
        let db = fixture.db
        #expect(throws: Refusal.noVote(member: "戊", reason: .probationaryMember, for: .exclusion)) { try db.proposeExclusion(by: "村书记", election: election, member: "戊", reason: .bedridden, detail: "x") }
        #expect(throws: Refusal.detailRequired(.exclusionCircumstances)) { try db.proposeExclusion(by: "村书记", election: election, member: "甲", reason: .bedridden, detail: " ") }
        try db.proposeExclusion(by: "村书记", election: election, member: "甲", reason: .bedridden, detail: "卧床")
        #expect(throws: Refusal.roleNotAllowed(.village, allowed: [.township])) {
            try db.decideExclusion(by: "村书记", election: election, member: "甲", agree: true, note: nil)
        }
        try db.decideExclusion(by: "乡指导", election: election, member: "甲", agree: false, note: "不符合")
        #expect(try db.voterRoll(election: election).entries.first { $0.member.name == "甲" }?.exclusion == nil)
    }

    @Test("under the 1990 rule set, a member under investigation is not a listed reason")
    func ruleSetReasons() throws {
        let fixture = try Fixture()
        #expect(throws: Refusal.ruleSetNeedsCounty(chosen: "1990", procedureDefault: "2020")) {
            _ = try fixture.db.startElection(by: "乡指导", organizationCode: Fixture.village, title: nil,
                                             congressDate: CivilDate(year: 2026, month: 12, day: 2)!, ruleSetID: "1990")
        }
        let id = try fixture.db.startElection(by: "县审核", organizationCode: Fixture.village, title: nil,
                                              congressDate: CivilDate(year: 2026, month: 12, day: 2)!, ruleSetID: "1990")
        #expect(throws: Refusal.exclusionReasonNotAllowed(.underInvestigation, ruleSet: "1990")) {
            try fixture.db.proposeExclusion(by: "村书记", election: String(id), member: "甲", reason: .underInvestigation, detail: "立案审查")
        }
        // Detention does not suspend the vote under 1990.
        #expect(try fixture.db.voterRoll(election: String(id)).attendance.figure == 5)
    }

    @Test("registration closes with step 10")
    func closes() throws {
        let (fixture, election) = try atStepTen()
        let db = fixture.db
        _ = try db.register(by: "村书记", election: election, members: ["丙"], intention: nil, notifiedVia: .phone, notifiedOn: Fixture.day)
        _ = try db.register(by: "村书记", election: election, members: [], allUnregistered: true, intention: .attend, notifiedVia: nil, notifiedOn: nil)
        _ = try db.approveExpectedAttendance(by: "乡指导", election: election, note: nil)
        _ = try db.fileExpectedAttendance(by: "乡指导", election: election, on: Fixture.day, reference: nil)
        try db.completeStep(by: "村书记", election: election, step: 10, happenedOn: Fixture.day, records: [])
        #expect(throws: Refusal.stepClosed(step: 10, subject: .registration)) {
            _ = try db.register(by: "村书记", election: election, members: ["甲"], intention: .absent, notifiedVia: nil, notifiedOn: nil)
        }
    }
}

@Suite("Duplicates across rolls")
struct CrossRollDuplicateTests {
    @Test("a new member with the same name and birth date as someone on another roll is reported as a warning")
    func sameNameAndBirth() throws {
        let fixture = try Fixture()
        var bornLater = Fixture.member("乙")
        bornLater.birthDate = CivilDate(year: 1971, month: 1, day: 1)!
        let report = try fixture.db.importRoll(by: "县审核", organizationCode: Fixture.otherVillage,
                                               ParsedRoll(members: [(2, Fixture.member("甲")), (3, Fixture.member("新人")), (4, bornLater)], warnings: []))
        #expect(report.inserted == 3)
        // Same name, another birth date: two people, nothing to check.
        #expect(report.warnings.map(\.line) == [2])
        #expect(report.warnings.first?.reason.zh.contains("红旗村") == true)
    }
}

@Suite("Skips by the catalog's conditions (version 4)")
struct SkipConditionStoreTests {
    @Test("a weak-and-lax organization cannot skip its rectification; an organization with an outgoing committee cannot skip the exit audit")
    func skips() throws {
        let fixture = try Fixture()
        let election = try fixture.startElection()
        try fixture.db.assessWeakAndLax(by: "乡指导", election: election, weakAndLax: true, note: "班子软弱")
        try fixture.db.completeStep(by: "乡指导", election: election, step: 1, happenedOn: Fixture.day, records: [
            StepRecordInput(kind: .document, dated: Fixture.day, sha256: String(repeating: "a", count: 64))])
        expectRefusal(where: { $0.blockers.map(\.conditionName) == ["survey.notWeakAndLax"] }) {
            try fixture.db.skipStep(by: "乡指导", election: election, step: 2, happenedOn: Fixture.day, reason: "不整顿了，直接换届")
        }
        expectRefusal(where: { $0.blockers.first == .reasonTooShort("不整顿") }) {
            try fixture.db.skipStep(by: "乡指导", election: election, step: 3, happenedOn: Fixture.day, reason: "不整顿")
        }
        // The village of the fixture has a previous committee of 3.
        expectRefusal(where: { $0.blockers.map(\.conditionName) == ["organization.noPreviousCommittee"] }) {
            try fixture.db.skipStep(by: "乡指导", election: election, step: 3, happenedOn: Fixture.day, reason: "审计部门人手不足")
        }
        #expect(try fixture.count("step_outcome") == 1)
    }
}

@Suite("Records filed with a step")
struct StepRecordStoreTests {
    @Test("minutes and publications are never blank; nothing is written when one is", arguments: [RecordKind.minutes, .publication])
    func blankRecords(kind: RecordKind) throws {
        let fixture = try Fixture()
        let election = try fixture.startElection()
        try fixture.db.assessWeakAndLax(by: "乡指导", election: election, weakAndLax: false, note: "班子团结稳定")
        try fixture.db.completeStep(by: "乡指导", election: election, step: 1, happenedOn: Fixture.day, records: [
            StepRecordInput(kind: .document, dated: Fixture.day, sha256: String(repeating: "a", count: 64))])
        let before = try fixture.count("step_record")
        #expect(throws: Refusal.detailRequired(kind == .minutes ? .minutesSummary : .publicationPlace)) {
            try fixture.db.completeStep(by: "乡指导", election: election, step: 3, happenedOn: Fixture.day, records: [
                StepRecordInput(kind: .document, dated: Fixture.day, sha256: String(repeating: "b", count: 64)),
                StepRecordInput(kind: kind, dated: Fixture.day, summary: "  ")])
        }
        #expect(try fixture.count("step_record") == before)
    }
}
