import Foundation
import GRDB
import Testing
import TuixuanCore
@testable import TuixuanStore

/// Steps 11–19 through the store, on the newest catalog.
@Suite("Steps 11–19 (store)")
struct CandidacyStepsTests {
    static let roll = CandidacyStoreTests.roll + [
        CandidacyStoreTests.person("壬", born: "1990-04-04", female: true), CandidacyStoreTests.person("癸", born: "1982-02-02"),
    ]

    /// Steps 1–10 done (the outgoing committee recorded first when asked), operators for step 18 registered.
    func atStepEleven(outgoingCommittee: Bool = false) throws -> (Fixture, String) {
        let fixture = try Fixture(roll: Self.roll)
        let election = try fixture.startElection()
        // The outgoing committee is settled before step 3 audits it.
        if outgoingCommittee { try fixture.db.setOutgoingCommittee(by: "村书记", election: election, members: [.init("甲", .secretary), .init("乙", .member)]) }
        try fixture.db.seed { db in
            for step in 1...10 {
                try db.execute(sql: "INSERT INTO step_outcome (election_id, step, outcome, happened_on, operator_id, recorded_at) VALUES (?, ?, 'completed', '2026-10-01', 1, 'now')",
                               arguments: [Int(election)!, step])
            }
        }
        try fixture.db.addOperator(by: "县审核", name: "乡书记", role: .townshipSecretary, organizationCode: "T")
        try fixture.db.addOperator(by: "县审核", name: "副部长", role: .countyDeputyHead, organizationCode: "C")
        return (fixture, election)
    }

    func blockers(_ fixture: Fixture, _ election: String, step: Int) throws -> [Blocker] {
        let item = try fixture.db.status(election: election).progress.steps.first { $0.step.number == step }
        if case .open(let list)? = item?.status { return list }
        return []
    }

    func complete(_ fixture: Fixture, _ election: String, _ step: Int, by name: String, records: [RecordKind]) throws {
        try fixture.db.completeStep(by: name, election: election, step: step, happenedOn: Fixture.day,
                                    records: records.map { StepRecordInput(kind: $0, dated: Fixture.day, summary: "记录", sha256: String(repeating: "b", count: 64)) })
    }

    @Test("the steps refuse until their data is right, naming what is missing")
    func gates() throws {
        let (fixture, election) = try atStepEleven(outgoingCommittee: true)
        let db = fixture.db
        #expect(try blockers(fixture, election, step: 11).map(\.conditionName) == ["seats.set"])
        _ = try db.setSeats(by: "乡指导", election: election, committee: 3, deputySecretary: nil)
        try complete(fixture, election, 11, by: "乡指导", records: [.document, .publication])

        #expect(try blockers(fixture, election, step: 12).map(\.conditionName) == ["recommendations.bothRounds", "initialList.valid"])
        try db.assessSecretary(by: "乡指导", election: election, member: "甲", found: [], note: "逐项研判，均不属于", on: Fixture.day)
        // Lists narrow in order: nobody on the initial list without a recommendation.
        #expect(throws: Refusal.listStageSkipped(member: "甲", stage: .initial, missed: .recommendation, post: nil)) {
            try db.setList(by: "村书记", election: election, stage: .initial, entries: [.init("甲", [.member, .secretary])])
        }
        _ = try db.recordRecommendationTally(by: "村书记", election: election, kind: .members, heldOn: Fixture.day, ballots: 6, voidBallots: 0,
                                             counts: [RecommendationCount(line: 2, name: "甲", count: 5), RecommendationCount(line: 3, name: "乙", count: 4)], sourceSHA256: nil)
        _ = try db.recordRecommendationTally(by: "村书记", election: election, kind: .representatives, heldOn: Fixture.day, ballots: 6, voidBallots: 0,
                                             counts: [RecommendationCount(line: 2, name: "甲", count: 5)], sourceSHA256: nil)
        #expect(throws: Refusal.listStageSkipped(member: "丙", stage: .initial, missed: .recommendation, post: nil)) {
            try db.setList(by: "村书记", election: election, stage: .initial, entries: [.init("甲", [.member, .secretary]), .init("乙", []), .init("丙", [])])
        }
        _ = try db.recordRecommendationTally(by: "村书记", election: election, kind: .members, heldOn: Fixture.day, ballots: 6, voidBallots: 0, counts: [
            RecommendationCount(line: 2, name: "甲", count: 5), RecommendationCount(line: 3, name: "乙", count: 4), RecommendationCount(line: 4, name: "丙", count: 3),
            RecommendationCount(line: 5, name: "戊", count: 2), RecommendationCount(line: 6, name: "壬", count: 2), RecommendationCount(line: 7, name: "癸", count: 1),
        ], sourceSHA256: nil)
        try db.setList(by: "村书记", election: election, stage: .initial, entries: [.init("甲", [.member, .secretary]), .init("乙", []), .init("丙", [])])
        // A round recorded again may not drop a name the initial list rests on.
        #expect(throws: Refusal.recommendationStillNeeded(member: "丙")) {
            _ = try db.recordRecommendationTally(by: "村书记", election: election, kind: .members, heldOn: Fixture.day, ballots: 6, voidBallots: 0,
                                                 counts: [RecommendationCount(line: 2, name: "甲", count: 5)], sourceSHA256: nil)
        }
        let short = try blockers(fixture, election, step: 12)
        #expect(short.map(\.conditionName) == ["initialList.valid"])
        #expect(short.first?.describe(.zh).contains("少于差额要求") == true)
        try db.setList(by: "村书记", election: election, stage: .initial, entries: [.init("甲", [.member, .secretary]), .init("乙", []), .init("丙", []), .init("戊", []), .init("壬", [])])
        try complete(fixture, election, 12, by: "村书记", records: [.minutes])

        try db.recordTownshipRecommendation(by: "乡指导", election: election, members: [.init("甲", [.secretary])])
        try complete(fixture, election, 13, by: "乡指导", records: [.minutes])
        try complete(fixture, election, 14, by: "县审核", records: [.document])

        // Vetting: every department for every nominee.
        #expect(try blockers(fixture, election, step: 15).contains { $0.conditionName == "vetting.complete" })
        _ = try db.recordVetting(by: "县审核", election: election, department: "police", member: "戊", clear: false, detail: "曾受刑事处罚", bar: .criminalRecord)
        for department in LocalPlan.seed2018.vettingDepartments {
            _ = try db.recordVetting(by: "县审核", election: election, department: department.id, member: nil, clear: true, detail: nil, bar: nil)
        }
        #expect(try db.vettingMatrix(election: election).missing == 0)
        try db.approveStep(by: "县审核", election: election, step: 15, note: nil)
        let vetted = try blockers(fixture, election, step: 15)
        #expect(vetted.map(\.conditionName) == ["initialList.valid"])
        #expect(vetted.first?.describe(.zh).contains("来源：公安局") == true)
        try db.setList(by: "村书记", election: election, stage: .initial, entries: [.init("甲", [.member, .secretary]), .init("乙", []), .init("丙", []), .init("壬", [])])
        try complete(fixture, election, 15, by: "县审核", records: [.document])
        #expect(throws: Refusal.stepClosed(step: 15, subject: .list(.initial))) { try db.setList(by: "村书记", election: election, stage: .initial, entries: [.init("甲", [.member, .secretary])]) }

        // 癸 was recommended but never vetted: refused until every department has vetted the newcomer.
        #expect(throws: Refusal.listStageSkipped(member: "癸", stage: .inspection, missed: .vetting, post: nil)) {
            try db.setList(by: "村书记", election: election, stage: .inspection, entries: [.init("甲", [.member, .secretary]), .init("乙", []), .init("丙", []), .init("壬", []), .init("癸", [])])
        }
        // A secretary nominee must have been one on the initial list.
        #expect(throws: Refusal.listStageSkipped(member: "乙", stage: .inspection, missed: .initialList, post: .secretary)) {
            try db.setList(by: "村书记", election: election, stage: .inspection, entries: [.init("甲", [.member, .secretary]), .init("乙", [.member, .secretary])])
        }
        // The initial nominees' vetting is closed; a newcomer is vetted on their own.
        #expect(throws: Refusal.stepClosed(step: 15, subject: .vetting)) {
            _ = try db.recordVetting(by: "县审核", election: election, department: "police", member: "甲", clear: true, detail: nil, bar: nil)
        }
        _ = try db.recordVetting(by: "县审核", election: election, department: "police", member: "癸", clear: true, detail: nil, bar: nil)
        #expect(try db.vettingMatrix(election: election).missing == LocalPlan.seed2018.vettingDepartments.count - 1)
        for department in LocalPlan.seed2018.vettingDepartments {
            _ = try db.recordVetting(by: "县审核", election: election, department: department.id, member: nil, clear: true, detail: nil, bar: nil)
        }
        #expect(try db.vettingMatrix(election: election).missing == 0)
        // 身体健康: from the inspection list on, each new nominee (not the incumbents 甲 and 乙) stands only with his health on record.
        let inspection: [NomineeEntry] = [.init("甲", [.member, .secretary]), .init("乙", []), .init("丙", []), .init("壬", []), .init("癸", [])]
        func inspectionProblems() throws -> String { try db.candidacy(election: election).listProblems["inspection", default: []].map(\.message.zh).joined(separator: "；") }
        try db.setList(by: "村书记", election: election, stage: .inspection, entries: inspection)
        #expect(try inspectionProblems().contains("丙不能作为委员人选：新提名人选尚未记录健康状况"))
        #expect(try !inspectionProblems().contains("甲不能作为"))
        #expect(throws: Refusal.notANominee(member: "己")) {
            try db.recordHealth(by: "乡指导", election: election, member: "己", fit: true, basis: "体检报告", on: Fixture.day)
        }
        #expect(throws: Refusal.detailRequired(.healthBasis)) {
            try db.recordHealth(by: "乡指导", election: election, member: "丙", fit: true, basis: "\u{3000}", on: Fixture.day)
        }
        try db.recordHealth(by: "乡指导", election: election, member: "丙", fit: false, basis: "长期病休，不能坚持工作", on: Fixture.day)
        for name in ["壬", "癸"] { try db.recordHealth(by: "乡指导", election: election, member: name, fit: true, basis: "2026年体检报告", on: Fixture.day) }
        #expect(try inspectionProblems().contains("丙不能作为委员人选：经考察身体状况不能胜任：长期病休，不能坚持工作"))
        #expect(try !inspectionProblems().contains("壬不能作为"))
        // A later record replaces an earlier one while the prospective list is open.
        try db.recordHealth(by: "乡指导", election: election, member: "丙", fit: true, basis: "复查后经医院证明已康复", on: Fixture.day)
        #expect(try inspectionProblems().isEmpty)
        // Nobody leaves a list while a later one drawn from it still names them.
        try db.setList(by: "村书记", election: election, stage: .prospective, entries: [.init("甲", [.member, .secretary]), .init("乙", [])])
        #expect(throws: Refusal.stillOnLaterList(member: "乙", stage: .inspection, later: .prospective)) {
            try db.setList(by: "村书记", election: election, stage: .inspection, entries: [.init("甲", [.member, .secretary]), .init("丙", []), .init("壬", []), .init("癸", [])])
        }
        try complete(fixture, election, 16, by: "乡指导", records: [.minutes, .document])
        // 戊 (barred, dropped after vetting) never reached the inspection list.
        #expect(throws: Refusal.listStageSkipped(member: "戊", stage: .prospective, missed: .inspectionList, post: nil)) {
            try db.setList(by: "村书记", election: election, stage: .prospective, entries: [.init("甲", [.member, .secretary]), .init("戊", [])])
        }
        try db.setList(by: "村书记", election: election, stage: .prospective, entries: [.init("甲", [.member, .secretary]), .init("乙", []), .init("丙", []), .init("壬", []), .init("癸", [])])
        #expect(try blockers(fixture, election, step: 17).map(\.conditionName) == ["publicity.started"])
    }

    @Test("publicity, objections and the approvals of step 18: ended today vs yesterday, upheld objections, stale approvals")
    func publicityAndApproval() throws {
        var (fixture, election) = try atStepEleven()
        try fixture.db.seed { db in
            for step in 11...16 {
                try db.execute(sql: "INSERT INTO step_outcome (election_id, step, outcome, happened_on, operator_id, recorded_at) VALUES (?, ?, 'completed', '2026-10-01', 1, 'now')",
                               arguments: [Int(election)!, step])
            }
        }
        let db = fixture.db
        try db.seed { db in
            try db.execute(sql: "INSERT INTO seat_plan (election_id, committee, secretary, deputy_secretary, set_by, set_at) VALUES (?, 3, 1, 0, 1, 'now')", arguments: [Int(election)!])
        }
        try fixture.seedListChain(election, [.init("甲", [.member, .secretary]), .init("乙", []), .init("丙", []), .init("戊", []), .init("壬", []), .init("癸", [])])
        try fixture.weekAgo().setList(by: "村书记", election: election, stage: .prospective, entries: [.init("甲", [.member, .secretary]), .init("乙", []), .init("丙", []), .init("壬", []), .init("癸", [])])
        // Not before the list it publishes (set on 2026-10-13), not shorter than the plan's 5 days.
        #expect(throws: Refusal.dateBeforeItsGrounds(date: CivilDate(year: 2026, month: 10, day: 12)!, grounds: CivilDate(year: 2026, month: 10, day: 13)!)) {
            _ = try db.startPublicity(by: "村书记", election: election, start: CivilDate(year: 2026, month: 10, day: 12)!, days: nil, place: "公开栏")
        }
        #expect(throws: Refusal.publicityShorterThanPlan(days: 1, plan: 5)) {
            _ = try db.startPublicity(by: "村书记", election: election, start: CivilDate(year: 2026, month: 10, day: 14)!, days: 1, place: "公开栏")
        }
        // Publicity 2026-10-14 … 2026-10-18; the fixture's today is 2026-10-20.
        let period = try db.startPublicity(by: "村书记", election: election, start: CivilDate(year: 2026, month: 10, day: 14)!, days: nil, place: "公开栏")
        #expect(period.end == CivilDate(year: 2026, month: 10, day: 18)!)
        try complete(fixture, election, 17, by: "村书记", records: [.minutes])
        #expect(throws: Refusal.objectionOutsidePublicity(received: CivilDate(year: 2026, month: 10, day: 19)!)) {   // received outside the period
            _ = try db.recordObjection(by: "村书记", election: election, member: "乙", received: CivilDate(year: 2026, month: 10, day: 19)!, summary: "反映")
        }
        let first = try db.recordObjection(by: "村书记", election: election, member: "乙", received: CivilDate(year: 2026, month: 10, day: 15)!, summary: "反映拉票")
        let second = try db.recordObjection(by: "村书记", election: election, member: "丙", received: CivilDate(year: 2026, month: 10, day: 16)!, summary: "反映不实")
        #expect(try blockers(fixture, election, step: 18).contains { $0.conditionName == "objections.resolved" })
        expectRefusal(where: { $0.blockers.map(\.conditionName) == ["objections.resolved"] }) { try db.approveCandidacy(by: "乡指导", election: election, subject: .candidateList, note: nil) }
        _ = try db.resolveObjection(by: "乡指导", election: election, objection: second, upheld: false, reason: "不属实")
        _ = try db.resolveObjection(by: "乡指导", election: election, objection: first, upheld: true, reason: "属实")
        #expect(try db.candidacy(election: election).nominees.first { $0.name == "乙" }?.lists["prospective"] == nil)

        // Each sign-off only by its own role.
        expectRefusal(where: { $0.blockers == [.roleNotAllowed(role: .township, allowed: [.townshipSecretary, .countyDeputyHead, .county])] }) { try db.approveCandidacy(by: "乡指导", election: election, subject: .secretaryNominee, note: nil) }
        // In the seed's order (五、18): the township's decision on the list, the two signatures, then the county group.
        expectRefusal(where: { if case .approvalOutOfOrder? = $0.blockers.first { true } else { false } }) {
            try db.approveCandidacy(by: "乡书记", election: election, subject: .secretaryNominee, note: nil)
        }
        try db.approveCandidacy(by: "乡指导", election: election, subject: .candidateList, note: nil)
        expectRefusal(where: { $0.blockers.count == 2 }) { try db.approveCandidacy(by: "县审核", election: election, subject: .secretaryNominee, note: nil) }
        try db.approveCandidacy(by: "乡书记", election: election, subject: .secretaryNominee, note: nil)
        try db.approveCandidacy(by: "副部长", election: election, subject: .secretaryNominee, note: nil)
        #expect(try blockers(fixture, election, step: 18).map(\.description) == ["approvalMissing(county:secretaryNominee)"])
        try db.approveCandidacy(by: "县审核", election: election, subject: .secretaryNominee, note: nil)
        #expect(try blockers(fixture, election, step: 18).isEmpty)

        // A change after approval: the list approval goes stale; the secretary's stays (the nominee did not change).
        try db.setList(by: "村书记", election: election, stage: .prospective, entries: [.init("甲", [.member, .secretary]), .init("丙", []), .init("壬", []), .init("癸", []), .init("戊", [])])
        #expect(try blockers(fixture, election, step: 18).map(\.description) == ["approvalStale(township:candidateList)"])

        // Publicity ending today is not ended.
        fixture = try Fixture(roll: Self.roll)
        let other = try fixture.startElection()
        try fixture.db.seed { db in
            for step in 1...16 {
                try db.execute(sql: "INSERT INTO step_outcome (election_id, step, outcome, happened_on, operator_id, recorded_at) VALUES (?, ?, 'completed', '2026-10-01', 1, 'now')",
                               arguments: [Int(other)!, step])
            }
            try db.execute(sql: "INSERT INTO seat_plan (election_id, committee, secretary, deputy_secretary, set_by, set_at) VALUES (?, 3, 1, 0, 1, 'now')", arguments: [Int(other)!])
        }
        try fixture.seedListChain(other, [.init("甲", [.member, .secretary]), .init("乙", []), .init("丙", []), .init("戊", []), .init("壬", []), .init("癸", [])])
        try fixture.weekAgo().setList(by: "村书记", election: other, stage: .prospective, entries: [.init("甲", [.member, .secretary]), .init("乙", []), .init("丙", []), .init("壬", [])])
        _ = try fixture.db.startPublicity(by: "村书记", election: other, start: CivilDate(year: 2026, month: 10, day: 16)!, days: 5, place: "公开栏")
        try complete(fixture, other, 17, by: "村书记", records: [.minutes])
        #expect(try blockers(fixture, other, step: 18).contains { $0.conditionName == "publicity.ended" })
    }

    @Test("pledges: every prospective candidate signs, and the pledges are published")
    func pledges() throws {
        let (fixture, election) = try atStepEleven()
        try fixture.seedListChain(election, [.init("甲", [.member, .secretary]), .init("乙", []), .init("丙", []), .init("戊", []), .init("壬", []), .init("癸", [])])
        try fixture.db.setList(by: "村书记", election: election, stage: .prospective, entries: [.init("甲", [.member, .secretary]), .init("乙", [])])
        _ = try fixture.db.recordPledge(by: "乡指导", election: election, member: "甲", signedOn: Fixture.day, documentSHA256: nil, publishedOn: nil)
        var facts = try fixture.db.writer.read { db in try fixture.db.loadFacts(db, electionID: Int64(election)!) }
        #expect(facts.pledgesMissing == ["乙", "甲"].sorted())
        _ = try fixture.db.recordPledge(by: "乡指导", election: election, member: nil, signedOn: Fixture.day, documentSHA256: nil, publishedOn: Fixture.day)
        facts = try fixture.db.writer.read { db in try fixture.db.loadFacts(db, electionID: Int64(election)!) }
        #expect(facts.pledgesMissing.isEmpty)
        #expect(throws: Refusal.notOnList(member: "丁", stage: .prospective)) {
            _ = try fixture.db.recordPledge(by: "乡指导", election: election, member: "丁", signedOn: Fixture.day, documentSHA256: nil, publishedOn: nil)
        }
    }

    @Test("pledges (version 5): the staff and the outgoing committee sign too (seed 五、19: 工作人员、“两委”班子成员、候选人预备人选)")
    func bindingPledges() throws {
        let (fixture, election) = try atStepEleven(outgoingCommittee: true)
        let db = fixture.db
        try db.addGuidanceMember(by: "乡指导", election: election, name: "陈组长", position: "乡镇党委副书记")
        try fixture.seedListChain(election, [.init("甲", [.member, .secretary]), .init("乙", []), .init("丙", []), .init("壬", [])])
        try db.setList(by: "村书记", election: election, stage: .prospective, entries: [.init("甲", [.member, .secretary]), .init("丙", [])])
        _ = try db.recordPledge(by: "乡指导", election: election, member: nil, signedOn: Fixture.day, documentSHA256: nil, publishedOn: Fixture.day)
        func missing() throws -> LocalizedText? {
            try Conditions.named("pledges.everyoneBound")!.check(db.writer.read { try db.loadFacts($0, electionID: Int64(election)!) })
        }
        // 乙 sits on the outgoing committee without standing again; the guidance group's 陈组长 is staff.
        #expect(try missing()?.zh.contains("以下工作人员或“两委”班子成员尚未签订纪律承诺：乙、陈组长") == true)
        _ = try db.recordPledge(by: "乡指导", election: election, member: "乙", signedOn: Fixture.day, documentSHA256: nil, publishedOn: nil)
        #expect(throws: Refusal.notInGuidanceGroup(name: "王五")) { try db.recordStaffPledge(by: "乡指导", election: election, name: "王五", signedOn: Fixture.day) }
        #expect(throws: Refusal.roleNotAllowed(.village, allowed: [.township])) {
            try db.recordStaffPledge(by: "村书记", election: election, name: "陈组长", signedOn: Fixture.day)
        }
        try db.recordStaffPledge(by: "乡指导", election: election, name: "陈组长", signedOn: Fixture.day)
        #expect(try missing() == nil)
        // Once the list is approved (step 18) no pledge is dated before it; once the pledges are closed nobody joins the group unbound.
        try db.seed { conn in
            try conn.execute(sql: "INSERT INTO step_outcome (election_id, step, outcome, happened_on, operator_id, recorded_at) VALUES (?, 18, 'completed', '2026-10-15', 1, 'now')",
                             arguments: [Int64(election)!])
        }
        #expect(throws: Refusal.dateBeforeItsGrounds(date: CivilDate(year: 2026, month: 10, day: 14)!, grounds: CivilDate(year: 2026, month: 10, day: 15)!)) {
            try db.recordStaffPledge(by: "乡指导", election: election, name: "陈组长", signedOn: CivilDate(year: 2026, month: 10, day: 14)!)
        }
        try db.recordStaffPledge(by: "乡指导", election: election, name: "陈组长", signedOn: CivilDate(year: 2026, month: 10, day: 15)!)
        try db.seed { conn in
            try conn.execute(sql: "INSERT INTO step_outcome (election_id, step, outcome, happened_on, operator_id, recorded_at) VALUES (?, 19, 'completed', '2026-10-16', 1, 'now')",
                             arguments: [Int64(election)!])
        }
        #expect(throws: Refusal.stepClosed(step: 19, subject: .pledges)) {
            try db.addGuidanceMember(by: "乡指导", election: election, name: "钱新人", position: "乡镇干部")
        }
        // Version 5's step 19 asks for all of them; older versions asked for the candidates' only.
        #expect(Procedure.builtIn.first { $0.reference == "2018-county@5" }!.step(19)!.conditions == ["pledges.everyoneBound"])
    }
}

extension Blocker {
    var conditionName: String? {
        if case .conditionUnmet(let name, _) = self { name } else { nil }
    }

    var description: String {
        switch self {
        case .approvalMissing(let r, _): "approvalMissing(\(r.level.rawValue):\(r.subject))"
        case .approvalStale(let r, _): "approvalStale(\(r.level.rawValue):\(r.subject))"
        case .conditionUnmet(let name, _): "conditionUnmet(\(name))"
        default: "\(self)"
        }
    }
}

@Suite("The ballot (store)")
struct BallotStoreTests {
    @Test("printed only from the approved list, in stroke order")
    func fromApprovedList() throws {
        let fixture = try Fixture(roll: CandidacyStepsTests.roll)
        let election = try fixture.startElection()
        try fixture.db.seed { db in
            try db.execute(sql: "INSERT INTO seat_plan (election_id, committee, secretary, deputy_secretary, set_by, set_at) VALUES (?, 3, 1, 0, 1, 'now')", arguments: [Int(election)!])
        }
        try fixture.seedListChain(election, [.init("甲", [.member, .secretary]), .init("乙", []), .init("丙", []), .init("戊", []), .init("壬", []), .init("癸", [])])
        try fixture.db.setList(by: "村书记", election: election, stage: .prospective, entries: [.init("甲", [.member, .secretary]), .init("乙", []), .init("丙", []), .init("壬", [])])
        #expect(throws: Refusal.listNotApproved(step: 18)) { _ = try fixture.db.ballot(election: election) }
        try fixture.db.seed { db in
            try db.execute(sql: "INSERT INTO step_outcome (election_id, step, outcome, happened_on, operator_id, recorded_at) VALUES (?, 18, 'completed', '2026-10-01', 1, 'now')",
                           arguments: [Int(election)!])
        }
        let ballot = try fixture.db.ballot(election: election)
        #expect(ballot.design.candidates == sortedByStrokes(["甲", "乙", "丙", "壬"]))
        #expect(ballot.design.candidates == ["乙", "壬", "丙", "甲"])  // 乙1 壬4 丙5 甲5
        #expect(ballot.design.seats == 3)
    }
}
