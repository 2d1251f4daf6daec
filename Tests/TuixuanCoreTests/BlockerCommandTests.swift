import Testing
@testable import TuixuanCore

/// Issue 13, item 6: "Every blocker on the board names the command that clears it." Every condition a shipped catalog's
/// step waits on, failed every way the facts below can fail it, says which command to run — except a wait for a date.
@Suite("Blockers name their command")
struct BlockerCommandTests {
    /// Facts under which every condition fails: nothing done, or something missing everywhere.
    static var failing: [ElectionFacts] {
        var f = ElectionFacts()
        f.weakAndLax = false
        f.previousCommitteeSize = 3
        f.outgoingMembers = 3
        f.outgoingReviewGaps.unaudited = ["甲"]; f.outgoingReviewGaps.auditProblemsOpen = ["乙"]; f.outgoingReviewGaps.unreviewed = ["丙"]
        f.peopleToCounsel = ["丁"]; f.peopleNotCounselled = ["丁"]
        f.voterCount = 10; f.awayVotersNotNotified = ["戊"]; f.votersWithoutIntention = ["己"]; f.undecidedExclusions = ["庚"]
        f.expectedAttendance = 9; f.filedExpectedAttendance = 8
        f.today = CivilDate(year: 2026, month: 11, day: 1)
        f.seatProblems = [LocalizedText(zh: "职数问题", en: "seat problem")]
        f.listProblems = ["initial": [LocalizedText(zh: "问题", en: "problem")], "inspection": [LocalizedText(zh: "问题", en: "problem")],
                          "prospective": [LocalizedText(zh: "问题", en: "problem")]]
        f.vettingMissing = ["纪委"]; f.unresolvedObjections = ["辛"]; f.pledgesMissing = ["壬"]; f.bindingPledgesMissing = ["癸"]
        f.committeeSeats = 5; f.committeeElected = 3; f.deputySeats = 1; f.openRound = true
        f.electedProblems = [LocalizedText(zh: "当选人问题", en: "problem")]
        return [ElectionFacts(), f]
    }

    @Test("every condition a step waits on names its command, in both languages")
    func conditions() {
        let waitedOn = Set(Procedure.builtIn(.election).flatMap { $0.steps.flatMap(\.conditions) })
        #expect(waitedOn.count > 20)
        var checked = 0
        for name in waitedOn.sorted() {
            guard let condition = Conditions.named(name) else { Issue.record("unknown condition \(name)"); continue }
            for facts in Self.failing {
                guard let detail = condition.check(facts).map({ Conditions.withRemedy($0, ElectionFacts.remedy(for: name)) }) else { continue }
                checked += 1
                if name == "publicity.ended" && detail.zh.contains("公示结束后") { continue }   // a wait for a date: nothing to run
                #expect(detail.zh.contains("tuixuan ") && detail.en.contains("tuixuan "), "\(name): \(detail.zh) / \(detail.en)")
            }
        }
        #expect(checked >= waitedOn.count, "each condition failed at least once: \(checked)")
    }

    @Test("every condition a grading step waits on names its command too, but the wait for the objection period's end")
    func gradingConditions() {
        let plan = Procedure.builtIn(.grading)[0].grading!
        var facts = GradingFacts(plan: plan, today: CivilDate(year: 2026, month: 10, day: 1)!)
        facts.grades[.initial] = RecordedGrade(grade: .good, score: GradingScore(tenths: 950), decidedOn: facts.today)
        facts.goodUnderTownship = 2
        facts.gradedUnderTownship = 5
        facts.undecidedObjections = 1
        var unknownYear = facts
        unknownYear.objectionDeadline = .failure(UnknownCalendarYear(year: 2031))
        let waitedOn = Set(Procedure.builtIn(.grading).flatMap { $0.steps.flatMap(\.conditions) })
        var checked = 0
        for name in waitedOn.sorted() {
            guard let condition = GradingFacts.condition(named: name) else { Issue.record("unknown condition \(name)"); continue }
            for sample in [GradingFacts(plan: plan, today: facts.today), facts, unknownYear] {
                guard let detail = condition.check(sample).map({ Conditions.withRemedy($0, GradingFacts.remedy(for: name)) }) else { continue }
                checked += 1
                if name == "grading.objectionPeriodOver" && !detail.zh.contains("tuixuan ") && sample.objectionDeadline == nil { continue }
                #expect(detail.zh.contains("tuixuan ") && detail.en.contains("tuixuan "), "\(name): \(detail.zh) / \(detail.en)")
            }
        }
        #expect(checked >= waitedOn.count, "each condition failed at least once: \(checked)")
    }

    @Test("approval and record blockers name their command; step approve on a step with other approvals points to them")
    func approvalsAndRecords() throws {
        let procedure = try #require(Procedure.builtIn.max { $0.version < $1.version })
        let engine = ProcedureEngine(procedure: procedure)
        for step in procedure.steps {
            for requirement in step.approvals {
                #expect(Blocker.approvalMissing(requirement, step: step.number).describe(.zh).contains("tuixuan "))
                #expect(Blocker.approvalStale(requirement, step: step.number).describe(.en).contains("tuixuan "))
            }
        }
        #expect(Blocker.approvalMissing(ApprovalRequirement(level: .township, subject: "step"), step: 8).describe(.zh).hasSuffix("tuixuan step approve 8"))
        for kind in RecordKind.allCases { #expect(Blocker.recordMissing(kind).describe(.zh).contains("tuixuan step complete")) }
        let refused = engine.blockersToApprove(27, subject: "step", role: .township, ElectionFacts())
        #expect(refused.map { $0.describe(.zh) } == ["步骤 27 没有需要审批的本步骤请示：本步骤的审批用 tuixuan result approve"])
    }
}
