import Testing
@testable import TuixuanCore

/// Version 5 of the 2018 county procedure: steps 3 and 7 rest on each outgoing member's audit and evaluation,
/// and a step is never dated before the facts it rests on.
@Suite("Procedure version 5")
struct CatalogV5Tests {
    let procedure = Procedure.builtIn.first { $0.reference == "2018-county@5" }!
    var engine: ProcedureEngine { ProcedureEngine(procedure: procedure) }
    let committee: [(id: Int64, name: String)] = [(1, "张志远"), (2, "陈国平"), (3, "周德福")]

    func facts(previousSize: Int? = 3, outgoing: Int = 3) -> ElectionFacts {
        var facts = ElectionFacts()
        facts.previousCommitteeSize = previousSize
        facts.outgoingMembers = outgoing
        for n in [1, 2, 4, 5, 6] { facts.outcomes[n] = StepOutcome(kind: .completed, happenedOn: date("2026-10-01"), operatorName: "测试") }
        return facts
    }

    func audit(_ problems: String? = nil, handled: Bool = false) -> ExitAudit {
        ExitAudit(auditedOn: date("2026-10-05"), auditor: "乡镇农经站", problems: problems,
                  handling: handled ? "已退还" : nil, handledOn: handled ? date("2026-10-09") : nil)
    }

    func review(_ satisfied: Int = 30) -> TermReview { TermReview(reviewedOn: date("2026-10-06"), satisfied: satisfied, basicallySatisfied: 2, dissatisfied: 1) }

    @Test("满意率: satisfied and basically satisfied over every verdict, rounded down", arguments: [
        (30, 5, 0, 100), (0, 0, 4, 0), (1, 1, 1, 66), (9, 0, 1, 90), (199, 0, 1, 99), (0, 0, 0, 0),
    ])
    func satisfaction(satisfied: Int, basically: Int, dissatisfied: Int, percent: Int) {
        #expect(TermReview(reviewedOn: date("2026-10-06"), satisfied: satisfied, basicallySatisfied: basically, dissatisfied: dissatisfied).satisfactionPercent == percent)
    }

    @Test("an audit is settled when it found nothing or what it found is dealt with", arguments: [
        (String?.none, false, true), ("占用集体资金2万元", false, false), ("占用集体资金2万元", true, true),
    ])
    func settled(problems: String?, handled: Bool, settled: Bool) {
        #expect(audit(problems, handled: handled).isSettled == settled)
    }

    @Test("step 3 closes only when every outgoing member is audited and every problem dealt with")
    func exitAudits() {
        let records: Set<RecordKind> = [.document, .publication]
        var f = facts()
        f.outgoingReviewGaps = OutgoingReviewGaps(outgoing: committee, audits: [1: audit(), 2: audit("账目不清")], reviews: [:])
        #expect(f.outgoingReviewGaps.unaudited == ["周德福"] && f.outgoingReviewGaps.auditProblemsOpen == ["陈国平"])
        #expect(engine.blockersToComplete(3, role: .township, records: records, f).map(\.conditionName) == ["exitAudit.complete"])
        f.outgoingReviewGaps = OutgoingReviewGaps(outgoing: committee, audits: [1: audit(), 2: audit("账目不清", handled: true), 3: audit()], reviews: [:])
        #expect(engine.blockersToComplete(3, role: .township, records: records, f).isEmpty)
    }

    @Test("steps 3 and 7 wait for the outgoing committee where the organization had one", arguments: [3, 7])
    func committeeFirst(step: Int) {
        let f = facts(outgoing: 0)
        let blockers = engine.blockersToComplete(step, role: .township, records: [.document, .publication, .minutes], f)
        #expect(blockers.map(\.conditionName) == [step == 3 ? "exitAudit.complete" : "termReview.complete"])
        #expect(blockers.first?.describe(.zh).contains("tuixuan candidates incumbents") == true)
    }

    @Test("step 7 closes only when every outgoing member is evaluated; it is skipped only without an outgoing committee")
    func termReviews() {
        var f = facts()
        f.outgoingReviewGaps = OutgoingReviewGaps(outgoing: committee, audits: [:], reviews: [1: review(), 3: review()])
        #expect(engine.blockersToComplete(7, role: .township, records: [.minutes, .publication], f).map(\.conditionName) == ["termReview.complete"])
        #expect(engine.blockersToSkip(7, role: .township, reason: "新建党组织，没有上届委员会", f).map(\.conditionName) == ["organization.noCommitteeToReview"])
        f.outgoingReviewGaps = OutgoingReviewGaps(outgoing: committee, audits: [:], reviews: [1: review(), 2: review(0), 3: review()])
        #expect(engine.blockersToComplete(7, role: .township, records: [.minutes, .publication], f).isEmpty)
        #expect(engine.blockersToSkip(7, role: .township, reason: "新建党组织，没有上届委员会", facts(previousSize: nil, outgoing: 0)).isEmpty)
    }

    @Test("step 29 closes only with a talk with everyone who lost or was left out; step 30 only with a filed bundle")
    func followUp() {
        var f = ElectionFacts()
        for n in 1...28 { f.outcomes[n] = StepOutcome(kind: .completed, happenedOn: date("2026-12-05"), operatorName: "测试") }
        f.peopleToCounsel = ["周德福", "李明"]
        f.peopleNotCounselled = ["李明"]
        #expect(engine.blockersToComplete(29, role: .township, records: [.minutes], f).map(\.conditionName) == ["counselling.everyoneTalkedWith"])
        f.peopleNotCounselled = []
        #expect(engine.blockersToComplete(29, role: .township, records: [.minutes], f).isEmpty)
        f.outcomes[29] = StepOutcome(kind: .completed, happenedOn: date("2026-12-08"), operatorName: "测试")
        #expect(engine.blockersToComplete(30, role: .township, records: [.document], f).map(\.conditionName) == ["archive.filed"])
        f.archiveFiled = true
        #expect(engine.blockersToComplete(30, role: .township, records: [.document], f).isEmpty)
    }

    @Test("the plan of version 5 is the seed's, a new nominee's health on record from the inspection list on")
    func plan() {
        #expect(procedure.plan == LocalPlan.seed2018)
        #expect(procedure.localPlan.requiresHealthRecord)
        #expect(Procedure.builtIn.first { $0.reference == "2018-county@4" }!.localPlan.requiresHealthRecord == false)
    }

    @Test("a step is not dated before the facts it rests on; the same day is fine", arguments: [("2026-10-08", false), ("2026-10-09", true), ("2026-10-10", true)])
    func factDates(day: String, allowed: Bool) {
        var f = facts()
        f.factDates[3] = FactDate(date: date("2026-10-09"), what: LocalizedText(zh: "离任审计结果及问题处理", en: "the exit audits"))
        let blockers = engine.dateBlockers(3, date: date(day), f)
        #expect(blockers.isEmpty == allowed)
        if !allowed { #expect(blockers.first?.describe(.zh) == "日期2026-10-08早于它所依据的离任审计结果及问题处理（2026-10-09）") }
    }
}
