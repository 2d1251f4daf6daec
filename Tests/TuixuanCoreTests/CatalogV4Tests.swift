import Testing
@testable import TuixuanCore

/// Version 4 of the 2018 county procedure: the skip conditions, the order of the step 18
/// signatures and the step 31 deadline are catalog data the engine interprets.
@Suite("Procedure version 4")
struct CatalogV4Tests {
    let procedure = Procedure.builtIn.first { $0.reference == "2018-county@4" }!
    var engine: ProcedureEngine { ProcedureEngine(procedure: procedure) }

    func facts(done steps: [Int], on day: String = "2026-10-01") -> ElectionFacts {
        var facts = ElectionFacts()
        for n in steps { facts.outcomes[n] = StepOutcome(kind: .completed, happenedOn: date(day), operatorName: "测试") }
        return facts
    }

    @Test("step 2 is skipped only by an organization assessed as not weak and lax", arguments: [(Bool?.none, false), (true, false), (false, true)])
    func rectification(weakAndLax: Bool?, skippable: Bool) {
        var f = facts(done: [1])
        f.weakAndLax = weakAndLax
        let blockers = engine.blockersToSkip(2, role: .township, reason: "经研判不属于软弱涣散党组织", f)
        #expect(blockers.isEmpty == skippable)
        #expect(blockers.allSatisfy { $0.conditionName == "survey.notWeakAndLax" })
    }

    @Test("step 3 is skipped only where there is no outgoing committee", arguments: [(Int?.none, 0, true), (0, 0, true), (3, 0, false), (nil, 2, false)])
    func exitAudit(previousSize: Int?, outgoing: Int, skippable: Bool) {
        var f = facts(done: [])
        f.previousCommitteeSize = previousSize
        f.outgoingMembers = outgoing
        #expect(engine.blockersToSkip(3, role: .township, reason: "新建党组织，没有上届委员会", f).isEmpty == skippable)
    }

    @Test("step 29 is skipped only when nobody lost or was left out")
    func counselling() {
        var f = facts(done: Array(1...28))
        f.peopleToCounsel = ["周德福"]
        #expect(engine.blockersToSkip(29, role: .township, reason: "全部当选，无人落选", f).map(\.conditionName) == ["counselling.nobodyToCounsel"])
        f.peopleToCounsel = []
        #expect(engine.blockersToSkip(29, role: .township, reason: "全部当选，无人落选", f).isEmpty)
    }

    @Test("step 18: the township's list decision, then both signatures, then the county leading group")
    func signatureOrder() {
        var f = facts(done: Array(1...17))
        let list = ApprovalRequirement(level: .township, subject: "candidateList", order: 1)
        let townshipSecretary = ApprovalRequirement(level: .township, subject: "secretaryNominee", role: .townshipSecretary, order: 2)
        let deputyHead = ApprovalRequirement(level: .county, subject: "secretaryNominee", role: .countyDeputyHead, order: 2)
        #expect(engine.blockersToApprove(18, subject: "secretaryNominee", role: .townshipSecretary, f) == [.approvalOutOfOrder(townshipSecretary, before: list)])
        #expect(engine.blockersToApprove(18, subject: "candidateList", role: .township, f).isEmpty)
        f.approvals.append(ApprovalFact(step: 18, subject: "candidateList", level: .township, isCurrent: true))
        // The two signatures in either order; the county leading group after both.
        #expect(engine.blockersToApprove(18, subject: "secretaryNominee", role: .countyDeputyHead, f).isEmpty)
        let county = engine.blockersToApprove(18, subject: "secretaryNominee", role: .county, f)
        #expect(county.count == 2 && county.allSatisfy { if case .approvalOutOfOrder = $0 { true } else { false } })
        f.approvals.append(ApprovalFact(step: 18, subject: "secretaryNominee", level: .township, role: .townshipSecretary, isCurrent: true))
        #expect(engine.blockersToApprove(18, subject: "secretaryNominee", role: .county, f)
            == [.approvalOutOfOrder(ApprovalRequirement(level: .county, subject: "secretaryNominee", order: 3), before: deputyHead)])
        f.approvals.append(ApprovalFact(step: 18, subject: "secretaryNominee", level: .county, role: .countyDeputyHead, isCurrent: true))
        #expect(engine.blockersToApprove(18, subject: "secretaryNominee", role: .county, f).isEmpty)
        // A stale list decision puts the signatures back in the queue.
        f.approvals[0].isCurrent = false
        #expect(engine.blockersToApprove(18, subject: "secretaryNominee", role: .townshipSecretary, f) == [.approvalOutOfOrder(townshipSecretary, before: list)])
    }

    @Test("step 31: overdue three months after the result approval, the township's earlier date winning", arguments: [
        ("2027-02-28", nil, false), ("2027-03-01", nil, true), ("2027-01-15", "2027-01-14", true), ("2027-01-15", "2027-06-01", false),
    ] as [(String, String?, Bool)])
    func trainingDeadline(today: String, townshipDue: String?, overdue: Bool) {
        let f = facts(done: Array(1...27), on: "2026-11-30")
        let line = BoardLine(progress: engine.progress(f), procedure: procedure, awaitingReview: false)
        #expect(line.deadlines == [OverdueStep(step: 31, due: date("2027-02-28"))])
        let due = townshipDue.map { [31: date($0)] } ?? [:]
        #expect(line.overdue(due: due, today: date(today)).contains { $0.step == 31 } == overdue)
    }

    @Test("adding months keeps the day, or the month's last day", arguments: [
        ("2026-11-30", 3, "2027-02-28"), ("2027-11-30", 3, "2028-02-29"), ("2026-01-31", 1, "2026-02-28"), ("2026-12-15", 1, "2027-01-15"), ("2026-05-20", 12, "2027-05-20"),
    ])
    func addingMonths(from: String, months: Int, expected: String) {
        #expect(date(from).adding(months: months) == date(expected))
    }

    @Test("the plan's figures are stated in the catalog, the 2018 cut-off among them")
    func planFigures() {
        // Version 4 predates the health record, which version 5 adds (CatalogV5Tests).
        var seed = LocalPlan.seed2018
        seed.healthRecordedAtInspection = nil
        #expect(procedure.plan == seed)
        #expect(procedure.localPlan.sanctionCutoff == date("2018-09-30"))
    }
}

extension Blocker {
    var conditionName: String? {
        if case .conditionUnmet(let name, _) = self { name } else { nil }
    }
}
