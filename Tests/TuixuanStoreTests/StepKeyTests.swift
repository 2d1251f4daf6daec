import Foundation
import GRDB
import Testing
import TuixuanCore
@testable import TuixuanStore

/// The store addresses steps by key: a procedure version that inserts a step before the list
/// approval must move every rule with it.
@Suite("Steps by key (a renumbered catalog)")
struct StepKeyTests {
    /// The newest built-in catalog with one step inserted right before the list approval, so that
    /// the approval is step 19 and everything after it moves one place down.
    static func renumberedCatalog() throws -> String {
        let text = Procedure.builtInText(procedure: "2018-county", version: 3)!
        var catalog = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        var steps = try #require(catalog["steps"] as? [[String: Any]])
        let approval = try #require(steps.firstIndex { $0["key"] as? String == "list_approval" })
        let insertedNumber = approval + 1
        steps = steps.map { step in
            var step = step
            let number = step["number"] as! Int
            if number >= insertedNumber { step["number"] = number + 1 }
            step["prerequisites"] = (step["prerequisites"] as! [Int]).map { $0 >= insertedNumber ? $0 + 1 : $0 }
            return step
        }
        let inserted: [String: Any] = [
            "number": insertedNumber, "key": "township_hearing", "phase": "candidates",
            "title": ["zh": "乡镇听取意见", "en": "The township hears the village"],
            "summary": ["zh": "测试用：在请示批复之前插入的一步。", "en": "For the test: a step inserted before the list approval."],
            "responsible": "township_committee", "roles": ["township"], "prerequisites": [insertedNumber - 1],
            "records": [], "conditions": [], "approvals": [],
        ]
        steps.insert(inserted, at: approval)
        steps[approval + 1]["prerequisites"] = [insertedNumber]
        catalog["steps"] = steps
        catalog["procedure"] = "renumbered"
        catalog["version"] = 1
        return String(decoding: try JSONSerialization.data(withJSONObject: catalog, options: [.sortedKeys]), as: UTF8.self)
    }

    @Test("the renumbered catalog is valid and moves the list approval to step 19")
    func catalog() throws {
        let procedure = try Procedure.decode(try Self.renumberedCatalog())
        #expect(procedure.number(of: .listApproval) == 19)
        #expect(procedure.number(of: .prospectiveCandidates) == 17)
        #expect(procedure.number(of: .voting) == 27)
        #expect(procedure.key(of: 18) == nil)
    }

    /// Steps 1–18 of the renumbered catalog done (18 being the inserted step), a prospective list.
    func beforeListApproval() throws -> (Fixture, String) {
        let fixture = try Fixture(roll: CandidacyStepsTests.roll)
        _ = try fixture.db.registerCatalog(by: "县审核", text: try Self.renumberedCatalog())
        let election = String(try fixture.db.startElection(by: "乡指导", organizationCode: Fixture.village, title: nil,
                                                            congressDate: CivilDate(year: 2026, month: 12, day: 2)!, procedureKey: "renumbered"))
        try fixture.db.seed { db in
            try Self.markDone(db, election: election, steps: 1...18)
            try db.execute(sql: "INSERT INTO seat_plan (election_id, committee, secretary, deputy_secretary, set_by, set_at) VALUES (?, 3, 1, 0, 1, 'now')",
                           arguments: [Int(election)!])
            for (name, posts) in [("甲", "member,secretary"), ("乙", "member"), ("丙", "member"), ("壬", "member")] {
                try db.execute(sql: "INSERT INTO list_entry (election_id, stage, member_id, posts) SELECT ?, 'prospective', id, ? FROM member WHERE name = ?",
                               arguments: [Int(election)!, posts, name])
            }
        }
        try fixture.seedListChain(election, [.init("甲", [.member, .secretary]), .init("乙", []), .init("丙", []), .init("壬", [])])
        return (fixture, election)
    }

    static func markDone(_ db: Database, election: String, steps: ClosedRange<Int>) throws {
        for step in steps {
            try db.execute(sql: """
                INSERT INTO step_outcome (election_id, step, outcome, happened_on, operator_id, recorded_at) VALUES (?, ?, 'completed', '2026-10-01', 1, 'now')
                """, arguments: [Int(election)!, step])
        }
    }

    @Test("before the list approval (now step 19): no ballot, and the prospective list may still change")
    func beforeApproval() throws {
        let (fixture, election) = try beforeListApproval()
        #expect(throws: Refusal.listNotApproved(step: 19)) { _ = try fixture.db.ballot(election: election) }
        try fixture.db.setList(by: "村书记", election: election, stage: .prospective, entries: [.init("甲", [.member, .secretary]), .init("乙", []), .init("丙", []), .init("壬", [])])
    }

    @Test("after the list approval (step 19): the ballot exists and the list is frozen, naming step 19")
    func afterApproval() throws {
        let (fixture, election) = try beforeListApproval()
        try fixture.db.seed { db in try Self.markDone(db, election: election, steps: 19...19) }
        #expect(try fixture.db.ballot(election: election).design.candidates.count == 4)
        #expect(throws: Refusal.stepClosed(step: 19, subject: .list(.prospective))) {
            try fixture.db.setList(by: "村书记", election: election, stage: .prospective, entries: [.init("甲", [.member, .secretary])])
        }
    }
}

@Suite("The schema's own constraints end an act as a refusal")
struct ConstraintRefusalTests {
    @Test("UNIQUE, CHECK, foreign key and frozen-record violations are typed refusals; nothing is written")
    func constraints() throws {
        let fixture = try Fixture()
        let election = Int64(try fixture.startElection())!
        let db = fixture.db
        try db.seed { db in
            try db.execute(sql: "INSERT INTO step_outcome (election_id, step, outcome, happened_on, operator_id, recorded_at) VALUES (?, 1, 'completed', '2026-10-01', 1, 'now')",
                           arguments: [election])
        }
        let events = try fixture.count("event")
        func attempt(_ sql: String) throws -> Refusal? {
            do {
                try db.act { db in try db.execute(sql: sql, arguments: [election]) }
                return nil
            } catch let refusal as Refusal { return refusal }
        }
        #expect(try attempt("INSERT INTO step_outcome (election_id, step, outcome, happened_on, operator_id, recorded_at) VALUES (?, 1, 'completed', '2026-10-01', 1, 'now')")
                == .constraintViolated(.duplicate(table: "step_outcome", columns: ["election_id", "step"])))
        #expect(try attempt("INSERT INTO step_outcome (election_id, step, outcome, happened_on, operator_id, recorded_at) VALUES (?, 2, 'maybe', '2026-10-01', 1, 'now')")
                == .constraintViolated(.valueNotAllowed(table: "step_outcome", check: "outcome IN ('completed', 'skipped')")))
        #expect(try attempt("INSERT INTO guidance_member (election_id, name, position) VALUES (? + 1000, '某', '某')") == .constraintViolated(.missingReference))
        #expect(try attempt("DELETE FROM step_outcome WHERE election_id = ?")
                .map { if case .constraintViolated(.frozen) = $0 { true } else { false } } == true)
        #expect(try fixture.count("event") == events)
        #expect(try fixture.count("step_outcome") == 1)
        #expect(try db.verifyAudit().isIntact)
    }
}
