import Foundation
import GRDB
import Testing
import TuixuanCore
@testable import TuixuanStore

/// Steps 3 and 7 rest on each outgoing member: the exit audit and how its problems were dealt with, and the
/// democratic evaluation, shown with the member when renominated (issue 11, "incumbents are a fact").
@Suite("The outgoing committee: exit audits and evaluations")
struct OutgoingStoreTests {
    let auditDocument = StepRecordInput(kind: .document, dated: Fixture.day, title: "离任审计报告", sha256: String(repeating: "a", count: 64))
    let publication = StepRecordInput(kind: .publication, dated: Fixture.day, summary: "村务公开栏")

    func committee() throws -> (Fixture, String) {
        let fixture = try Fixture()
        let election = try fixture.startElection()
        try fixture.db.setOutgoingCommittee(by: "村书记", election: election, members: [.init("丁", .secretary), .init("甲", .member), .init("乙", .member)])
        return (fixture, election)
    }

    @Test("step 3 closes only when every outgoing member is audited and every problem dealt with, and not before the last of them")
    func exitAudits() throws {
        let (fixture, election) = try committee()
        let db = fixture.db
        let early = CivilDate(year: 2026, month: 10, day: 12)!, later = CivilDate(year: 2026, month: 10, day: 15)!
        func complete(on day: CivilDate = Fixture.day) throws {
            try db.completeStep(by: "乡指导", election: election, step: 3, happenedOn: day, records: [auditDocument, publication])
        }
        #expect(throws: Refusal.self) { try complete() }
        try db.recordExitAudit(by: "乡指导", election: election, member: "丁", on: early, auditor: "乡镇农经站", problems: nil)
        try db.recordExitAudit(by: "乡指导", election: election, member: "甲", on: early, auditor: "乡镇农经站", problems: "报销凭证缺失3张")
        // Only outgoing members, once each, with the auditor named and the problems in words.
        #expect(throws: Refusal.notOutgoingMember(member: "戊")) {
            try db.recordExitAudit(by: "乡指导", election: election, member: "戊", on: early, auditor: "乡镇农经站", problems: nil)
        }
        // While step 3 is open a later record replaces a mistaken one.
        try db.recordExitAudit(by: "乡指导", election: election, member: "丁", on: early, auditor: "乡镇农经站", problems: "误记")
        try db.recordExitAudit(by: "乡指导", election: election, member: "丁", on: early, auditor: "乡镇农经站", problems: nil)
        #expect(try db.outgoingCommittee(election: election).first { $0.name == "丁" }?.exitAudit?.problems == nil)
        #expect(throws: Refusal.detailRequired(.auditor)) {
            try db.recordExitAudit(by: "乡指导", election: election, member: "乙", on: early, auditor: " \u{3000}", problems: nil)
        }
        #expect(throws: Refusal.detailRequired(.auditProblems)) {
            try db.recordExitAudit(by: "乡指导", election: election, member: "乙", on: early, auditor: "乡镇农经站", problems: "\u{200B}")
        }
        #expect(throws: Refusal.roleNotAllowed(.village, allowed: [.township])) {
            try db.recordExitAudit(by: "村书记", election: election, member: "乙", on: early, auditor: "乡镇农经站", problems: nil)
        }
        try db.recordExitAudit(by: "乡指导", election: election, member: "乙", on: early, auditor: "乡镇农经站", problems: nil)
        let blocked = try #require(throws: Refusal.self) { try complete() }
        #expect(blocked.describe(.zh).contains("以下成员离任审计发现的问题尚未处理：甲"))

        // Handling: of an audit that found problems, once, not before the audit.
        #expect(throws: Refusal.exitAuditNothingToHandle(member: "丁")) {
            try db.recordExitAuditHandling(by: "乡指导", election: election, member: "丁", on: later, handling: "无")
        }
        #expect(throws: Refusal.handledBeforeAudit(member: "甲", audited: early, handled: CivilDate(year: 2026, month: 10, day: 11)!)) {
            try db.recordExitAuditHandling(by: "乡指导", election: election, member: "甲", on: CivilDate(year: 2026, month: 10, day: 11)!, handling: "补齐凭证")
        }
        try db.recordExitAuditHandling(by: "乡指导", election: election, member: "甲", on: later, handling: "已补齐凭证并经农经站复核")
        #expect(throws: Refusal.exitAuditAlreadyHandled(member: "甲")) {
            try db.recordExitAuditHandling(by: "乡指导", election: election, member: "甲", on: later, handling: "再次处理")
        }
        // Not dated before the handling it rests on; the same day is fine.
        let early3 = try #require(throws: Refusal.self) { try complete(on: CivilDate(year: 2026, month: 10, day: 14)!) }
        #expect(early3.describe(.zh).contains("早于它所依据的离任审计结果及问题处理（2026-10-15）"))
        try complete(on: later)

        // Closed: the audits and the committee they covered are settled.
        #expect(throws: Refusal.stepClosed(step: 3, subject: .exitAudits)) {
            try db.recordExitAuditHandling(by: "乡指导", election: election, member: "甲", on: later, handling: "补充")
        }
        #expect(throws: Refusal.stepClosed(step: 3, subject: .outgoingCommittee)) {
            try db.setOutgoingCommittee(by: "村书记", election: election, members: [.init("丁", .secretary), .init("甲", .member)])
        }
        let report = try db.outgoingCommittee(election: election)
        #expect(report.map(\.name) == ["丁", "甲", "乙"])
        #expect(report[1].exitAudit?.handling == "已补齐凭证并经农经站复核" && report[1].exitAudit?.isSettled == true)
    }

    @Test("evaluations wait for the guidance group (step 5); a member taken off the outgoing committee takes his audit and evaluation with him")
    func guidanceGroupAndReplacement() throws {
        let (fixture, election) = try committee()
        let db = fixture.db
        #expect(throws: Refusal.termReviewBeforeGuidanceGroup(step: 5)) {
            try db.recordTermReview(by: "乡指导", election: election, member: "丁", on: Fixture.day, satisfied: 1, basicallySatisfied: 0, dissatisfied: 0)
        }
        try db.recordExitAudit(by: "乡指导", election: election, member: "乙", on: Fixture.day, auditor: "乡镇农经站", problems: nil)
        try db.setOutgoingCommittee(by: "村书记", election: election, members: [.init("丁", .secretary), .init("甲", .member), .init("丙", .member)])
        #expect(try fixture.count("exit_audit") == 0)
        #expect(try db.outgoingCommittee(election: election).map(\.name) == ["丁", "甲", "丙"])
    }

    @Test("step 7 closes only when every outgoing member is evaluated; the result is shown with a renominated member")
    func termReviews() throws {
        let (fixture, election) = try committee()
        let db = fixture.db
        let minutes = StepRecordInput(kind: .minutes, dated: Fixture.day, summary: "班子述职，民主评议")
        for step in [1, 2, 4, 5, 6] {
            try db.seed { db in
                try db.execute(sql: "INSERT INTO step_outcome (election_id, step, outcome, happened_on, operator_id, recorded_at) VALUES (?, ?, 'completed', '2026-10-01', 1, 'now')",
                               arguments: [Int64(election)!, step])
            }
        }
        #expect(throws: Refusal.termReviewCountImplausible(member: "丁", maximum: 100_000)) {
            try db.recordTermReview(by: "乡指导", election: election, member: "丁", on: Fixture.day, satisfied: Int.max, basicallySatisfied: 1, dissatisfied: 0)
        }
        #expect(throws: Refusal.termReviewCountImplausible(member: "丁", maximum: 100_000)) {
            try db.recordTermReview(by: "乡指导", election: election, member: "丁", on: Fixture.day, satisfied: 100_001, basicallySatisfied: 0, dissatisfied: 0)
        }
        // Chaired by the guidance group: not dated before step 5 formed it.
        #expect(throws: Refusal.dateBeforeItsGrounds(date: CivilDate(year: 2026, month: 9, day: 30)!, grounds: CivilDate(year: 2026, month: 10, day: 1)!)) {
            try db.recordTermReview(by: "乡指导", election: election, member: "丁", on: CivilDate(year: 2026, month: 9, day: 30)!, satisfied: 1, basicallySatisfied: 0, dissatisfied: 0)
        }
        #expect(throws: Refusal.termReviewEmpty(member: "丁")) {
            try db.recordTermReview(by: "乡指导", election: election, member: "丁", on: Fixture.day, satisfied: 0, basicallySatisfied: 0, dissatisfied: 0)
        }
        try db.recordTermReview(by: "乡指导", election: election, member: "丁", on: Fixture.day, satisfied: 40, basicallySatisfied: 6, dissatisfied: 4)
        try db.recordTermReview(by: "乡指导", election: election, member: "甲", on: Fixture.day, satisfied: 30, basicallySatisfied: 10, dissatisfied: 10)
        try db.recordTermReview(by: "乡指导", election: election, member: "甲", on: Fixture.day, satisfied: 100_000, basicallySatisfied: 0, dissatisfied: 0)
        try db.recordTermReview(by: "乡指导", election: election, member: "甲", on: Fixture.day, satisfied: 30, basicallySatisfied: 10, dissatisfied: 10)
        let blocked = try #require(throws: Refusal.self) {
            try db.completeStep(by: "乡指导", election: election, step: 7, happenedOn: Fixture.day, records: [minutes, publication])
        }
        #expect(blocked.describe(.zh).contains("以下上届委员会成员尚未记录民主评议结果：乙"))
        #expect(throws: Refusal.self) { try db.skipStep(by: "乡指导", election: election, step: 7, happenedOn: Fixture.day, reason: "新建党组织，没有上届委员会") }
        try db.recordTermReview(by: "乡指导", election: election, member: "乙", on: Fixture.day, satisfied: 20, basicallySatisfied: 0, dissatisfied: 0)
        try db.completeStep(by: "乡指导", election: election, step: 7, happenedOn: Fixture.day, records: [minutes, publication])
        #expect(throws: Refusal.stepClosed(step: 7, subject: .termReviews)) {
            try db.recordTermReview(by: "乡指导", election: election, member: "乙", on: Fixture.day, satisfied: 1, basicallySatisfied: 0, dissatisfied: 0)
        }

        try fixture.seedRecommended(election, ["丁", "甲"])
        let view = try db.candidacy(election: election)
        let ding = try #require(view.nominees.first { $0.name == "丁" })
        #expect(ding.termReview?.satisfactionPercent == 92)
        #expect(ding.exitAudit == nil)
    }
}
