import Foundation

/// Why a step cannot be completed, skipped or approved now.
public enum Blocker: Sendable, Hashable, UserDescribable {
    /// A prerequisite step is neither completed nor skipped.
    case prerequisiteMissing(step: Int, title: LocalizedText)
    /// A named condition does not hold.
    case conditionUnmet(name: String, detail: LocalizedText)
    /// An approval is missing (of the step numbered: the command that gives it names it).
    case approvalMissing(ApprovalRequirement, step: Int)
    /// An approval exists but what it approved has changed since.
    case approvalStale(ApprovalRequirement, step: Int)
    /// A record the step needs was not supplied with the completion.
    case recordMissing(RecordKind)
    /// The operator's role may not do this.
    case roleNotAllowed(role: Role, allowed: [Role])
    /// The step is already completed or skipped.
    case alreadyDone(step: Int, outcome: StepOutcome.Kind)
    /// The step cannot be skipped under this procedure.
    case notSkippable(step: Int)
    /// A skip needs a reason.
    case reasonMissing
    /// A skip's reason too short to say why (under `minimumSkipReasonLetters` letters).
    case reasonTooShort(String)
    /// An approval of the step that comes before this one in the procedure's order is not on file.
    case approvalOutOfOrder(ApprovalRequirement, before: ApprovalRequirement)
    /// The step needs no approval of this subject.
    case approvalNotRequired(step: Int, subject: String, instead: [String] = [])
    /// The act is dated before a prerequisite step it rests on happened.
    case dateBeforePrerequisite(step: Int, happenedOn: CivilDate, date: CivilDate)
    /// The step is dated before a fact it rests on (an audit, a talk…).
    case dateBeforeFacts(FactDate, date: CivilDate)

    public func describe(_ language: Language) -> String {
        let zh = language == .zh
        switch self {
        case .prerequisiteMissing(let step, let title):
            return zh ? "前置步骤 \(step)「\(title.zh)」尚未完成" : "prerequisite step \(step) \"\(title.en)\" is not done"
        case .conditionUnmet(_, let detail):
            return detail.text(language)
        case .approvalMissing(let requirement, let step):
            let what = Blocker.subjectName(requirement.subject, language)
            let who = requirement.role.map { $0.describe(language) } ?? requirement.level.describe(language)
            let command = Blocker.approvalCommand(requirement.subject, step: step)
            return zh ? "缺少\(who)的审批（\(what)）：\(command)" : "missing approval by the \(who) (\(what)): \(command)"
        case .approvalStale(let requirement, let step):
            let what = Blocker.subjectName(requirement.subject, language)
            let command = Blocker.approvalCommand(requirement.subject, step: step)
            return zh ? "\(requirement.level.describe(.zh))审批的\(what)此后已有变动，须重新审批：\(command)"
                : "the \(requirement.level.describe(.en)) approved \(what), which has changed since: approve again with \(command)"
        case .recordMissing(let kind):
            let flag = switch kind {
            case .minutes: "--minutes 摘要"
            case .document: "--document 文件（或 --document-sha256 与 --document-ref）"
            case .publication: "--published-on 日期 --published-where 地点"
            }
            let flagEn = switch kind {
            case .minutes: "--minutes SUMMARY"
            case .document: "--document FILE (or --document-sha256 with --document-ref)"
            case .publication: "--published-on DATE --published-where PLACE"
            }
            return zh ? "完成时须提交\(kind.describe(.zh))（tuixuan step complete 加 \(flag)）" : "completing it needs a \(kind.describe(.en)) (tuixuan step complete with \(flagEn))"
        case .roleNotAllowed(let role, let allowed):
            let names = allowed.map { $0.describe(language) }.joined(separator: zh ? "、" : ", ")
            return zh ? "角色「\(role.describe(.zh))」无权办理此事项（须由\(names)办理）"
                : "the role \"\(role.describe(.en))\" may not do this (only: \(names))"
        case .alreadyDone(let step, let outcome):
            let verb = outcome == .completed ? (zh ? "已完成" : "completed") : (zh ? "已跳过" : "skipped")
            return zh ? "步骤 \(step) \(verb)" : "step \(step) is already \(verb)"
        case .notSkippable(let step):
            return zh ? "步骤 \(step) 是必经程序，不能跳过" : "step \(step) is required and cannot be skipped"
        case .reasonMissing:
            return zh ? "跳过步骤须说明理由（--reason）" : "skipping a step needs a reason (--reason)"
        case .reasonTooShort(let reason):
            return zh ? "跳过的理由“\(reason)”太简略，请写明为什么可以跳过（至少\(minimumSkipReasonLetters)个字）"
                : "the reason \"\(reason)\" does not say why the step may be skipped (at least \(minimumSkipReasonLetters) letters)"
        case .approvalOutOfOrder(let requirement, let before):
            let who = requirement.role.map { $0.describe(language) } ?? requirement.level.describe(language)
            let first = before.role.map { $0.describe(language) } ?? before.level.describe(language)
            return zh ? "\(who)的审批（\(Blocker.subjectName(requirement.subject, .zh))）须在\(first)审批（\(Blocker.subjectName(before.subject, .zh))）之后"
                : "the \(who)'s approval (\(Blocker.subjectName(requirement.subject, .en))) comes after the \(first)'s (\(Blocker.subjectName(before.subject, .en)))"
        case .approvalNotRequired(let step, let subject, let instead):
            let what = Blocker.subjectName(subject, language)
            let commands = instead.joined(separator: zh ? "、" : ", ")
            if instead.isEmpty { return zh ? "步骤 \(step) 没有需要审批的\(what)" : "step \(step) has no approval of \(what) to give" }
            return zh ? "步骤 \(step) 没有需要审批的\(what)：本步骤的审批用 \(commands)" : "step \(step) has no approval of \(what) to give: its approvals are given with \(commands)"
        case .dateBeforePrerequisite(let step, let happenedOn, let date):
            return zh ? "日期\(date)早于它所依据的步骤 \(step)（\(happenedOn)办理）" : "the date \(date) is before step \(step), which it rests on (done on \(happenedOn))"
        case .dateBeforeFacts(let rested, let date):
            return zh ? "日期\(date)早于它所依据的\(rested.what.zh)（\(rested.date)）" : "the date \(date) is before \(rested.what.en) it rests on (\(rested.date))"
        }
    }

    /// The command that gives an approval of `subject` (issue 13: every blocker names what clears it).
    static func approvalCommand(_ subject: String, step: Int) -> String {
        switch subject {
        case "expectedAttendance": "tuixuan registration approve"
        case "candidateList": "tuixuan candidates approve --what list"
        case "secretaryNominee": "tuixuan candidates approve --what secretary"
        case "result": "tuixuan result approve"
        default: "tuixuan step approve \(step)"
        }
    }

    static func subjectName(_ subject: String, _ language: Language) -> String {
        switch (subject, language) {
        case (ApprovalRequirement.stepSubject, .zh): "本步骤请示"
        case (ApprovalRequirement.stepSubject, .en): "this step's request"
        case ("expectedAttendance", .zh): "应到会人数"
        case ("expectedAttendance", .en): "the expected attendance"
        case ("candidateList", .zh): "候选人预备人选名单"
        case ("candidateList", .en): "the list of prospective candidates"
        case ("secretaryNominee", .zh): "书记候选人预备人选"
        case ("secretaryNominee", .en): "the secretary nominee"
        case ("result", .zh): "选举结果"
        case ("result", .en): "the election result"
        default: subject
        }
    }
}

/// Where one step stands.
public enum StepStatus: Sendable, Hashable {
    /// Completed or skipped.
    case done(StepOutcome)
    /// Prerequisites are done: the step can be worked on; it can be completed once `blockers` is
    /// empty (records are supplied with the completion itself and are not blockers here).
    case open(blockers: [Blocker])
    /// Waiting for these prerequisite steps.
    case waiting(on: [Int])
}

public struct StepProgress: Sendable, Hashable {
    public var step: StepDefinition
    public var status: StepStatus
}

/// Where one election (or grading, or rectification) stands in its procedure.
public struct ProcedureProgress: Sendable, Hashable {
    public var procedure: String
    public var steps: [StepProgress]

    public var doneCount: Int { steps.filter { if case .done = $0.status { true } else { false } }.count }
    public var isComplete: Bool { doneCount == steps.count }
    /// The open steps, in number order: what can be worked on now.
    public var openSteps: [StepProgress] { steps.filter { if case .open = $0.status { true } else { false } } }
    /// The phase of the first step not yet done (nil when every step is done).
    public var currentPhase: String? {
        steps.first { if case .done = $0.status { false } else { true } }?.step.phase
    }
    /// The highest-numbered step done.
    public var lastDoneStep: Int? {
        steps.last { if case .done = $0.status { true } else { false } }?.step.number
    }
}

/// What the engine reads of any procedure's facts: the steps closed, the approvals on file, the dates facts were
/// recorded on, and the procedure's named conditions. An election (`ElectionFacts`) and an organization's grading
/// (`GradingFacts`) are such facts; the engine knows neither.
public protocol ProcedureFacts: Sendable {
    var outcomes: [Int: StepOutcome] { get }
    var approvals: [ApprovalFact] { get }
    /// The latest date of the facts each step rests on (a step is not dated before them).
    var factDates: [Int: FactDate] { get }
    /// The named condition a catalog of this kind may require.
    static func condition(named name: String) -> Condition<Self>?
    /// The command that clears the named condition, when its message does not say.
    static func remedy(for name: String) -> String?
}

extension ProcedureFacts {
    public func isDone(_ step: Int) -> Bool { outcomes[step] != nil }
}

/// The generic engine: it interprets a procedure catalog over a procedure's facts. It knows no
/// step by number; everything it checks comes from the catalog and the named conditions.
public struct ProcedureEngine: Sendable {
    public let procedure: Procedure

    public init(procedure: Procedure) {
        self.procedure = procedure
    }

    /// Every step's status.
    public func progress<F: ProcedureFacts>(_ facts: F) -> ProcedureProgress {
        ProcedureProgress(
            procedure: procedure.reference,
            steps: procedure.steps.map { StepProgress(step: $0, status: status(of: $0, facts)) })
    }

    func status<F: ProcedureFacts>(of step: StepDefinition, _ facts: F) -> StepStatus {
        if let outcome = facts.outcomes[step.number] { return .done(outcome) }
        let missing = step.prerequisites.filter { !facts.isDone($0) }
        if !missing.isEmpty { return .waiting(on: missing) }
        return .open(blockers: conditionBlockers(step, facts) + approvalBlockers(step, facts))
    }

    /// What stops `role` completing step `number` with `records` filed; empty means it may.
    public func blockersToComplete<F: ProcedureFacts>(_ number: Int, role: Role, records: Set<RecordKind>, _ facts: F) -> [Blocker] {
        guard let step = procedure.step(number) else { return [] }
        if let outcome = facts.outcomes[number] { return [.alreadyDone(step: number, outcome: outcome.kind)] }
        var blockers: [Blocker] = []
        if !step.roles.contains(role) { blockers.append(.roleNotAllowed(role: role, allowed: step.roles)) }
        blockers += prerequisiteBlockers(step, facts)
        blockers += conditionBlockers(step, facts)
        blockers += approvalBlockers(step, facts)
        blockers += step.records.filter { !records.contains($0) }.map { .recordMissing($0) }
        return blockers
    }

    /// A step is not dated before the prerequisites it rests on (issue 11: step 8 was recorded in 2019
    /// after prerequisites of 2026): each prerequisite done later than `date` is a blocker.
    public func dateBlockers<F: ProcedureFacts>(_ number: Int, date: CivilDate, _ facts: F) -> [Blocker] {
        guard let step = procedure.step(number) else { return [] }
        var blockers: [Blocker] = step.prerequisites.compactMap { prerequisite in
            guard let outcome = facts.outcomes[prerequisite], outcome.happenedOn > date else { return nil }
            return .dateBeforePrerequisite(step: prerequisite, happenedOn: outcome.happenedOn, date: date)
        }
        if let rested = facts.factDates[number], rested.date > date { blockers.append(.dateBeforeFacts(rested, date: date)) }
        return blockers
    }

    /// What stops `role` closing step `number` on `date`: completing it with `records` filed (no reason), or skipping it
    /// for `skipReason`; every procedure's steps close through this one check.
    public func blockersToClose<F: ProcedureFacts>(_ number: Int, role: Role, on date: CivilDate, records: Set<RecordKind>, skipReason: String?,
                                                   _ facts: F) -> [Blocker] {
        let closing = skipReason.map { blockersToSkip(number, role: role, reason: $0, facts) }
            ?? blockersToComplete(number, role: role, records: records, facts)
        return closing + dateBlockers(number, date: date, facts)
    }

    /// What stops `role` skipping step `number` for `reason`; empty means it may.
    public func blockersToSkip<F: ProcedureFacts>(_ number: Int, role: Role, reason: String, _ facts: F) -> [Blocker] {
        guard let step = procedure.step(number) else { return [] }
        if let outcome = facts.outcomes[number] { return [.alreadyDone(step: number, outcome: outcome.kind)] }
        guard let skipRoles = step.skipRoles else { return [.notSkippable(step: number)] }
        var blockers: [Blocker] = []
        if !skipRoles.contains(role) { blockers.append(.roleNotAllowed(role: role, allowed: skipRoles)) }
        let trimmed = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty {
            blockers.append(.reasonMissing)
        } else if !skipReasonSaysWhy(trimmed) {
            blockers.append(.reasonTooShort(trimmed))
        }
        blockers += prerequisiteBlockers(step, facts)
        blockers += conditionBlockers(step.skipConditions ?? [], facts)
        return blockers
    }

    /// What stops `role` recording the `subject` approval of step `number`; empty means it may.
    /// An approval is given once the step's prerequisites are done and before the step closes.
    public func blockersToApprove<F: ProcedureFacts>(_ number: Int, subject: String, role: Role, _ facts: F) -> [Blocker] {
        guard let step = procedure.step(number) else { return [] }
        if let outcome = facts.outcomes[number] { return [.alreadyDone(step: number, outcome: outcome.kind)] }
        let requirements = step.approvals.filter { $0.subject == subject }
        guard !requirements.isEmpty else {
            let instead = step.approvals.map { Blocker.approvalCommand($0.subject, step: number) }
            return [.approvalNotRequired(step: number, subject: subject, instead: instead.reduce(into: []) { if !$0.contains($1) { $0.append($1) } })]
        }
        guard let requirement = requirements.first(where: { $0.approverRole == role }) else {
            return [.roleNotAllowed(role: role, allowed: requirements.map(\.approverRole))]
        }
        return prerequisiteBlockers(step, facts) + orderBlockers(step, requirement, facts)
    }

    /// The step's approvals with a lower `order` than `requirement`'s that are not on file and current
    /// (seed 第五篇 五、18: 签字确认 → 领导小组研究确定审批 → 乡镇党委批复).
    func orderBlockers<F: ProcedureFacts>(_ step: StepDefinition, _ requirement: ApprovalRequirement, _ facts: F) -> [Blocker] {
        guard let order = requirement.order else { return [] }
        return step.approvals.filter { ($0.order ?? order) < order }.compactMap { earlier in
            approvalBlocker(step, earlier, facts) == nil ? nil : .approvalOutOfOrder(requirement, before: earlier)
        }
    }

    func prerequisiteBlockers<F: ProcedureFacts>(_ step: StepDefinition, _ facts: F) -> [Blocker] {
        step.prerequisites.filter { !facts.isDone($0) }.map { number in
            .prerequisiteMissing(step: number, title: procedure.step(number)?.title ?? LocalizedText(zh: "", en: ""))
        }
    }

    func conditionBlockers<F: ProcedureFacts>(_ step: StepDefinition, _ facts: F) -> [Blocker] {
        conditionBlockers(step.conditions, facts)
    }

    func conditionBlockers<F: ProcedureFacts>(_ names: [String], _ facts: F) -> [Blocker] {
        names.compactMap { name in
            guard let condition = F.condition(named: name) else {
                return .conditionUnmet(name: name, detail: LocalizedText(zh: "未知条件 \(name)", en: "unknown condition \(name)"))
            }
            return condition.check(facts).map { .conditionUnmet(name: name, detail: Conditions.withRemedy($0, F.remedy(for: name))) }
        }
    }

    func approvalBlockers<F: ProcedureFacts>(_ step: StepDefinition, _ facts: F) -> [Blocker] {
        step.approvals.compactMap { approvalBlocker(step, $0, facts) }
    }

    func approvalBlocker<F: ProcedureFacts>(_ step: StepDefinition, _ requirement: ApprovalRequirement, _ facts: F) -> Blocker? {
        let matching = facts.approvals.filter {
            $0.subject == requirement.subject && $0.level == requirement.level && $0.role == requirement.approverRole
                && (requirement.subject != ApprovalRequirement.stepSubject || $0.step == step.number)
        }
        if matching.contains(where: \.isCurrent) { return nil }
        return matching.isEmpty ? .approvalMissing(requirement, step: step.number) : .approvalStale(requirement, step: step.number)
    }
}

/// The fewest letters (汉字 or Latin) a skip's reason must have to say why (issue 11: step 3 was
/// skipped with "x").
public let minimumSkipReasonLetters = 4

/// Whether a text shows anything: not only spaces, nor only invisible marks (U+FEFF, U+2060, a soft hyphen,
/// joiners), which a blank check that trims whitespace lets through.
public func hasVisibleText(_ text: String) -> Bool {
    text.unicodeScalars.contains { !$0.properties.isWhitespace && !$0.properties.isDefaultIgnorableCodePoint && $0.properties.generalCategory != .format }
}

/// A skip is recorded with its reason (the catalog's `skipRoles`): one that says why, not a mark.
public func skipReasonSaysWhy(_ reason: String) -> Bool {
    reason.unicodeScalars.filter { $0.properties.isAlphabetic }.count >= minimumSkipReasonLetters
}
