import Testing
@testable import TuixuanCore

@Suite("The built-in step catalog")
struct CatalogTests {
    let procedure = Procedure.builtIn.first { $0.reference == "2018-county@1" }!

    @Test("32 steps in the seed's six phases, in order")
    func shape() {
        #expect(procedure.steps.count == 32)
        #expect(procedure.phases.map(\.id) == ["preparation", "launch", "publicity", "candidates", "congress", "follow_up"])
        let firstOfPhase = Dictionary(grouping: procedure.steps, by: \.phase).mapValues { $0.map(\.number).min()! }
        #expect(firstOfPhase == ["preparation": 1, "launch": 5, "publicity": 9, "candidates": 11, "congress": 20, "follow_up": 28])
        #expect(procedure.problems().isEmpty)
    }

    @Test("every step has a Chinese and English title, a responsible body and a role")
    func everyStepDescribed() {
        for step in procedure.steps {
            #expect(!step.title.zh.isEmpty && !step.title.en.isEmpty, "step \(step.number)")
            #expect(!step.summary.zh.isEmpty && !step.summary.en.isEmpty, "step \(step.number)")
            #expect(!step.roles.isEmpty, "step \(step.number)")
        }
    }

    @Test("the seed's titles for the steps the guide names", arguments: [
        (1, "调查摸底"), (2, "集中整顿"), (10, "党员选举登记"), (15, "资格联审"), (18, "请示批复"), (26, "投票选举"), (32, "动态调整"),
    ])
    func titles(number: Int, title: String) {
        #expect(procedure.step(number)?.title.zh == title)
    }

    @Test("steps 1–11 carry their real conditions and approvals")
    func realConditions() {
        #expect(procedure.step(1)?.conditions == ["survey.weakAndLaxAssessed"])
        #expect(procedure.step(2)?.conditions == ["survey.isWeakAndLax"])
        #expect(procedure.step(5)?.conditions == ["guidanceGroup.formed"])
        #expect(procedure.step(9)?.conditions == ["awayMembers.allNotified"])
        #expect(procedure.step(10)?.conditions == ["registration.complete", "exclusions.decided", "registration.filedWithCounty"])
        #expect(procedure.step(10)?.approvals == [ApprovalRequirement(level: .township, subject: "expectedAttendance")])
        #expect(procedure.step(8)?.approvals == [ApprovalRequirement(level: .township, subject: "step")])
        #expect(procedure.step(2)?.skipRoles == [.township])
        #expect(procedure.step(10)?.skipRoles == nil)
    }

    @Test("a catalog's every problem is reported")
    func validation() throws {
        var broken = procedure
        broken.steps[3].prerequisites = [9]
        broken.steps[4].conditions = ["no.such.condition"]
        broken.steps[5].phase = "nowhere"
        broken.steps[6].roles = []
        broken.defaultRuleSet = "1949"
        let problems = broken.problems()
        #expect(problems.contains { $0.contains("step 4") && $0.contains("prerequisite 9") })
        #expect(problems.contains { $0.contains("no.such.condition") })
        #expect(problems.contains { $0.contains("nowhere") })
        #expect(problems.contains { $0.contains("step 7") && $0.contains("no role") })
        #expect(problems.contains { $0.contains("1949") })

        var renumbered = procedure
        renumbered.steps.remove(at: 10)
        #expect(renumbered.problems().contains { $0.contains("numbered") })
    }

    @Test("bad JSON is reported with where it went wrong")
    func badJSON() {
        #expect(throws: CatalogError.self) { try Procedure.decode("{\"format\": 1}") }
        do {
            _ = try Procedure.decode("{\"format\": 1}")
        } catch {
            #expect(error.problems.first?.contains("missing key") == true)
        }
    }
}

@Suite("The procedure engine")
struct EngineTests {
    let engine = ProcedureEngine(procedure: Procedure.builtIn.first { $0.reference == "2018-county@1" }!)

    func done(_ steps: ClosedRange<Int>, into facts: inout ElectionFacts) {
        for n in steps { facts.outcomes[n] = StepOutcome(kind: .completed, happenedOn: date("2026-10-01"), operatorName: "测试") }
    }

    /// Facts in which every step 1–11 condition holds.
    func satisfied() -> ElectionFacts {
        var facts = ElectionFacts()
        facts.weakAndLax = false
        facts.guidanceGroupSize = 3
        facts.voterCount = 40
        facts.expectedAttendance = 40
        facts.filedExpectedAttendance = 40
        facts.approvals = [ApprovalFact(step: 10, subject: "expectedAttendance", level: .township, isCurrent: true)]
        return facts
    }

    @Test("completing out of order is refused with each missing step named", arguments: Array(2...32))
    func outOfOrder(number: Int) {
        let step = engine.procedure.step(number)!
        guard !step.prerequisites.isEmpty else { return }
        let blockers = engine.blockersToComplete(number, role: step.roles[0], records: Set(step.records), satisfied())
        for prerequisite in step.prerequisites {
            #expect(blockers.contains { if case .prerequisiteMissing(prerequisite, _) = $0 { true } else { false } }, "step \(number) needs \(prerequisite)")
        }
    }

    @Test("with every prerequisite done, the right role and the records, every step can be completed", arguments: Array(1...32))
    func completable(number: Int) {
        var facts = satisfied()
        done(1...32, into: &facts)
        facts.outcomes[number] = nil
        if number == 2 { facts.weakAndLax = true }
        for step in engine.procedure.steps where step.approvals.contains(where: { $0.subject == "step" }) {
            for approval in step.approvals { facts.approvals.append(ApprovalFact(step: step.number, subject: approval.subject, level: approval.level, isCurrent: true)) }
        }
        let step = engine.procedure.step(number)!
        #expect(engine.blockersToComplete(number, role: step.roles[0], records: Set(step.records), facts).isEmpty)
    }

    @Test("a role the step does not allow is refused", arguments: Role.allCases)
    func roles(role: Role) {
        let blockers = engine.blockersToComplete(4, role: role, records: [.document], {
            var facts = satisfied(); done(1...3, into: &facts); return facts
        }())
        #expect(blockers.contains(.roleNotAllowed(role: role, allowed: [.county])) == (role != .county))
    }

    @Test("missing records are named")
    func records() {
        var facts = satisfied()
        done(1...2, into: &facts)
        let blockers = engine.blockersToComplete(3, role: .township, records: [], facts)
        #expect(blockers == [.recordMissing(.document), .recordMissing(.publication)])
    }

    @Test("skipping: only with a reason, only where allowed, only by the allowed role")
    func skip() {
        var facts = satisfied()
        done(1...1, into: &facts)
        #expect(engine.blockersToSkip(2, role: .township, reason: "不属于软弱涣散党组织", facts).isEmpty)
        #expect(engine.blockersToSkip(2, role: .township, reason: "  ", facts) == [.reasonMissing])
        #expect(engine.blockersToSkip(2, role: .village, reason: "不属于软弱涣散", facts) == [.roleNotAllowed(role: .village, allowed: [.township])])
        #expect(engine.blockersToSkip(4, role: .county, reason: "不属于软弱涣散", facts) == [.notSkippable(step: 4)])
        #expect(engine.blockersToSkip(1, role: .township, reason: "不属于软弱涣散", facts) == [.alreadyDone(step: 1, outcome: .completed)])
    }

    @Test("a skip's reason says why: at least four letters", arguments: [
        ("x", false), ("不整顿", false), ("a b c", false), ("1234。", false), ("不属软弱", true), ("none", true), ("经研判不属于软弱涣散党组织", true),
    ])
    func skipReason(reason: String, accepted: Bool) {
        var facts = satisfied()
        done(1...1, into: &facts)
        #expect(engine.blockersToSkip(2, role: .township, reason: reason, facts).isEmpty == accepted)
        #expect(skipReasonSaysWhy(reason) == accepted)
    }

    @Test("a skipped step counts as done for what follows")
    func skippedIsDone() {
        var facts = satisfied()
        done(1...1, into: &facts)
        facts.outcomes[2] = StepOutcome(kind: .skipped, happenedOn: date("2026-10-02"), operatorName: "测试", reason: "不适用")
        #expect(engine.blockersToComplete(4, role: .county, records: [.document], facts).isEmpty)
    }

    @Test("approvals: missing, stale, present")
    func approvals() {
        var facts = satisfied()
        done(1...9, into: &facts)
        facts.approvals = []
        #expect(engine.blockersToComplete(10, role: .village, records: [], facts).contains(.approvalMissing(ApprovalRequirement(level: .township, subject: "expectedAttendance"), step: 10)))
        facts.approvals = [ApprovalFact(step: 10, subject: "expectedAttendance", level: .township, isCurrent: false)]
        #expect(engine.blockersToComplete(10, role: .village, records: [], facts).contains(.approvalStale(ApprovalRequirement(level: .township, subject: "expectedAttendance"), step: 10)))
        facts.approvals.append(ApprovalFact(step: 10, subject: "expectedAttendance", level: .township, isCurrent: true))
        #expect(engine.blockersToComplete(10, role: .village, records: [], facts).isEmpty)
        // A step approval counts only for its own step.
        facts.approvals.append(ApprovalFact(step: 27, subject: "step", level: .township, isCurrent: true))
        facts.outcomes[8] = nil
        #expect(engine.blockersToComplete(8, role: .village, records: [.minutes, .document], facts).contains(.approvalMissing(ApprovalRequirement(level: .township, subject: "step"), step: 8)))
    }

    @Test("who may approve a step's request")
    func approvers() {
        var facts = satisfied()
        done(1...7, into: &facts)
        #expect(engine.blockersToApprove(8, subject: "step", role: .township, facts).isEmpty)
        #expect(engine.blockersToApprove(8, subject: "step", role: .village, facts) == [.roleNotAllowed(role: .village, allowed: [.township])])
        #expect(engine.blockersToApprove(11, subject: "step", role: .township, facts) == [.approvalNotRequired(step: 11, subject: "step")])
        var early = satisfied()
        done(1...6, into: &early)
        #expect(engine.blockersToApprove(8, subject: "step", role: .township, early).contains { if case .prerequisiteMissing(7, _) = $0 { true } else { false } })
    }

    @Test("a step is not dated before a prerequisite it rests on: the same day passes, the day before is blocked", arguments: [
        ("2026-10-05", [Int]()), ("2026-10-06", []), ("2026-10-04", [7]), ("2019-10-01", [3, 6, 7]),
    ])
    func datedAfterPrerequisites(date text: String, blockedBy: [Int]) {
        var facts = ElectionFacts()
        done(1...7, into: &facts)   // on 2026-10-01; step 8 rests on 3, 6 and 7
        facts.outcomes[7]?.happenedOn = date("2026-10-05")
        let blockers = engine.dateBlockers(8, date: date(text), facts)
        #expect(blockers.map { if case .dateBeforePrerequisite(let step, _, _) = $0 { step } else { 0 } } == blockedBy)
    }

    @Test("progress: current phase, open steps, waiting steps")
    func progress() {
        var facts = ElectionFacts()
        var progress = engine.progress(facts)
        #expect(progress.doneCount == 0)
        #expect(progress.currentPhase == "preparation")
        #expect(progress.openSteps.map(\.step.number) == [1, 3])
        if case .open(let blockers) = progress.steps[0].status {
            #expect(blockers.count == 1)
        } else {
            Issue.record("step 1 should be open")
        }
        #expect(progress.steps[1].status == .waiting(on: [1]))

        facts = satisfied()
        done(1...32, into: &facts)
        progress = engine.progress(facts)
        #expect(progress.isComplete)
        #expect(progress.currentPhase == nil)
        #expect(progress.openSteps.isEmpty)
        #expect(progress.lastDoneStep == 32)
    }
}

@Suite("Conditions of steps 1–11")
struct ConditionTests {
    func check(_ name: String, _ facts: ElectionFacts) -> LocalizedText? {
        Conditions.named(name)!.check(facts)
    }

    @Test("the survey assessment")
    func survey() {
        var facts = ElectionFacts()
        #expect(check("survey.weakAndLaxAssessed", facts) != nil)
        #expect(check("survey.isWeakAndLax", facts) != nil)
        facts.weakAndLax = false
        #expect(check("survey.weakAndLaxAssessed", facts) == nil)
        #expect(check("survey.isWeakAndLax", facts)?.zh.contains("跳过") == true)
        facts.weakAndLax = true
        #expect(check("survey.isWeakAndLax", facts) == nil)
    }

    @Test("the guidance group")
    func guidance() {
        var facts = ElectionFacts()
        #expect(check("guidanceGroup.formed", facts) != nil)
        facts.guidanceGroupSize = 1
        #expect(check("guidanceGroup.formed", facts) == nil)
    }

    @Test("away members notified, naming who is not")
    func away() {
        var facts = ElectionFacts()
        #expect(check("awayMembers.allNotified", facts) == nil)
        facts.awayVotersNotNotified = ["张三", "李四"]
        #expect(check("awayMembers.allNotified", facts)?.zh == "以下2名外出党员尚未通知到本人：张三、李四")
        // A community's long list: the first ten, the count, and 等 (the board and the engine's messages stay short).
        facts.awayVotersNotNotified = (1...23).map { "党员\($0)" }
        let long = check("awayMembers.allNotified", facts)
        #expect(long?.zh.hasPrefix("以下23名外出党员") == true && long?.zh.hasSuffix("党员10等") == true)
    }

    @Test("registration: needs voters, and every voter's intention")
    func registration() {
        var facts = ElectionFacts()
        #expect(check("registration.complete", facts) != nil)
        facts.voterCount = 12
        #expect(check("registration.complete", facts) == nil)
        facts.votersWithoutIntention = (1...12).map { "党员\($0)" }
        let text = check("registration.complete", facts)
        #expect(text?.zh.contains("12名") == true)
        #expect(text?.zh.hasSuffix("等") == true)
    }

    @Test("exclusions decided")
    func exclusions() {
        var facts = ElectionFacts()
        #expect(check("exclusions.decided", facts) == nil)
        facts.undecidedExclusions = ["王五"]
        #expect(check("exclusions.decided", facts) != nil)
    }

    @Test("filed with the county, and the filed figure still current")
    func filed() {
        var facts = ElectionFacts()
        facts.expectedAttendance = 40
        #expect(check("registration.filedWithCounty", facts) != nil)
        facts.filedExpectedAttendance = 41
        #expect(check("registration.filedWithCounty", facts)?.zh.contains("不符") == true)
        facts.filedExpectedAttendance = 40
        #expect(check("registration.filedWithCounty", facts) == nil)
    }

    @Test("every condition the catalog names is registered")
    func registered() {
        let names = Set(Procedure.builtIn(.election).flatMap { $0.steps.flatMap { $0.conditions + ($0.skipConditions ?? []) } })
        #expect(names.allSatisfy { Conditions.named($0) != nil })
        #expect(Set(Conditions.all.map(\.name)) == names)
        // The grading's catalogs name only the grading's conditions, and every one of them.
        let grading = Set(Procedure.builtIn(.grading).flatMap { $0.steps.flatMap { $0.conditions + ($0.skipConditions ?? []) } })
        #expect(grading.allSatisfy { GradingFacts.condition(named: $0) != nil && Conditions.named($0) == nil })
        #expect(grading.count == 8)
    }
}

@Suite("Step keys the program acts on")
struct StepKeyCatalogTests {
    let text = Procedure.builtInText(procedure: "2018-county", version: 3)!

    @Test("every built-in catalog carries every key the code relies on, once")
    func builtIn() {
        for procedure in Procedure.builtIn {
            #expect(procedure.keyProblems().isEmpty, "\(procedure.reference)")
        }
        for procedure in Procedure.builtIn(.election) {
            #expect(procedure.number(of: .listApproval) == 18)
        }
    }

    @Test("a catalog without a key the code relies on, or with a key used twice, is refused")
    func missingOrDuplicated() throws {
        let missing = text.replacingOccurrences(of: "\"key\": \"list_approval\"", with: "\"key\": \"list_reply\"")
        #expect(missing != text)
        #expect(throws: CatalogError(problems: ["no step has the key list_approval, which the program acts on"])) { try Procedure.decode(missing) }
        let twice = text.replacingOccurrences(of: "\"key\": \"handover\"", with: "\"key\": \"voting\"")
        #expect(twice != text)
        #expect(throws: CatalogError(problems: ["step key voting is used by more than one step"])) { try Procedure.decode(twice) }
    }
}

@Suite("Refusals")
struct RefusalTests {
    @Test("each refusal has a stable snake_case code from its case name", arguments: [
        (Refusal.operatorRequired, "operator_required"),
        (.electionUnknown("x"), "election_unknown"),
        (.stepClosed(step: 18, subject: .list(.prospective)), "step_closed"),
        (.noQuorum(present: 7, expected: 9, needed: 8, comparison: .moreThan), "no_quorum"),
        (.detailRequired(.rulingNote), "detail_required"),
    ])
    func code(refusal: Refusal, code: String) {
        #expect(refusal.code == code)
    }

    @Test("a closed step names its number from the catalog and what it settled, in both languages")
    func stepClosed() {
        let refusal = Refusal.stepClosed(step: 19, subject: .list(.prospective))
        #expect(refusal.describe(.zh) == "第19步已完成，候选人预备人选不能再改")
        #expect(refusal.describe(.en) == "step 19 is closed: prospective candidates can no longer change")
    }
}
