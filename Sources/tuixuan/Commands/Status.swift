import ArgumentParser
import TuixuanCore
import TuixuanStore

struct Status: DatabaseCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "status",
            abstract: L("进度看板：已完成什么、下一步做什么、什么在阻碍", "status board: what is done, what is next, what blocks it"),
            discussion: L("--election 看一次选举的全部32步；--org 看某县或乡镇下每个村（社区）最近一次选举的概况。",
                          "--election shows all 32 steps of one election; --org shows every village's latest election under a county or township."))
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Option(name: [.customShort("e"), .long], help: ArgumentHelp(L("换届选举编号或村（社区）代码", "election number or village/community code"))) var election: String?
    @Option(help: ArgumentHelp(L("县、乡镇代码：列出其下所有选举", "county or township code: every election under it"))) var org: String?

    func validate() throws {
        guard (election == nil) != (org == nil) else {
            throw ValidationError(L("请给出 --election 或 --org 之一", "give one of --election or --org"))
        }
    }

    func run(_ db: AppDatabase) throws {
        if let election {
            let status = try db.status(election: election)
            print(output.json ? try renderJSON(StatusJSON(status)) : renderBoard(status))
        } else if let org {
            let statuses = try db.statuses(under: org)
            print(output.json ? try renderJSON(statuses.map { StatusJSON($0, includeSteps: false) }) : renderOverview(statuses))
        }
    }

    func renderBoard(_ status: ElectionStatus) -> String {
        let e = status.election
        let progress = status.progress
        var lines: [String] = []
        lines.append("\(e.title)  [\(L("编号", "no.")) \(e.id)]")
        lines.append(L("\(e.organizationLevel.localized)：\(e.organizationName)（\(e.organizationCode)）  乡镇：\(e.townshipName ?? "")  党员大会：\(e.congressDate)  程序：\(e.procedure)  规则集：\(e.ruleSet)",
                       "\(e.organizationLevel.localized): \(e.organizationName) (\(e.organizationCode))  township: \(e.townshipName ?? "")  congress: \(e.congressDate)  procedure: \(e.procedure)  rules: \(e.ruleSet)"))
        let phaseTitle = progress.currentPhase.flatMap { status.procedure.phase($0)?.title.localized } ?? L("全部完成", "all done")
        lines.append(L("进度：\(progress.doneCount)/\(progress.steps.count)  当前阶段：\(phaseTitle)", "progress: \(progress.doneCount)/\(progress.steps.count)  current phase: \(phaseTitle)"))
        var currentPhase = ""
        // The title column is as wide as the longest title (English ones run past 30 columns), with a gap before the note.
        let width = (progress.steps.map { displayWidth(String(format: "%2d", $0.step.number) + " " + $0.step.title.localized) }.max() ?? 0) + 2
        for item in progress.steps {
            if item.step.phase != currentPhase {
                currentPhase = item.step.phase
                lines.append("【\(status.procedure.phase(currentPhase)?.title.localized ?? currentPhase)】")
            }
            let mark: String
            var note = ""
            switch item.status {
            case .done(let outcome):
                mark = outcome.kind == .completed ? "✓" : "↷"
                note = "\(outcome.happenedOn) \(outcome.operatorName)" + (outcome.reason.map { L("  跳过理由：\($0)", "  skipped: \($0)") } ?? "")
            case .open(let blockers):
                mark = blockers.isEmpty ? "▶" : "✗"
                note = blockers.isEmpty ? L("可以办理", "ready") : L("受阻", "blocked")
            case .waiting(let on):
                mark = "·"
                note = L("待第\(on.map(String.init).joined(separator: "、"))步", "after step \(on.map(String.init).joined(separator: ", "))")
            }
            lines.append("  \(mark) " + padded(String(format: "%2d", item.step.number) + " " + item.step.title.localized, to: width) + note)
        }
        if let next = status.congressNext {
            lines.append(L("大会进程：", "congress, next: ") + next.localized)
        }
        if status.openSituationReports > 0 {
            lines.append(L("情况报送：\(status.openSituationReports)件未办结（tuixuan situation list -e \(e.id) --open）",
                           "situation reports: \(status.openSituationReports) open (tuixuan situation list -e \(e.id) --open)"))
        }
        let open = progress.openSteps
        if !open.isEmpty {
            lines.append(L("下一步：", "next:"))
            for item in open {
                let roles = item.step.roles.map(\.localized).joined(separator: L("、", ", "))
                let blocked = if case .open(let blockers) = item.status { !blockers.isEmpty } else { false }
                var line = "  \(blocked ? "✗" : "▶") \(item.step.number) \(item.step.title.localized)（\(roles)）"
                if !item.step.records.isEmpty {
                    line += L("  须提交：", "  file: ") + item.step.records.map(\.localized).joined(separator: L("、", ", "))
                }
                lines.append(line)
                if case .open(let blockers) = item.status {
                    for blocker in blockers { lines.append("      ✗ " + blocker.localized) }
                }
            }
        } else if progress.isComplete {
            lines.append(L("全部\(progress.steps.count)步已完成。", "all \(progress.steps.count) steps are done."))
        }
        return lines.joined(separator: "\n")
    }

    func renderOverview(_ statuses: [ElectionStatus]) -> String {
        var table = TextTable(headers: [L("编号", "no."), L("村（社区）", "village"), L("乡镇", "township"), L("进度", "done"),
                                        L("当前阶段", "phase"), L("下一步", "next"), L("受阻", "blocked")])
        for status in statuses {
            let progress = status.progress
            let phase = progress.currentPhase.flatMap { status.procedure.phase($0)?.title.localized } ?? L("已完成", "done")
            let next = progress.openSteps.map { "\($0.step.number)" }.joined(separator: ",")
            let blocked = progress.openSteps.filter { if case .open(let b) = $0.status { !b.isEmpty } else { false } }.map { "\($0.step.number)" }.joined(separator: ",")
            table.add(["\(status.election.id)", status.election.organizationName, status.election.townshipName ?? "",
                       "\(progress.doneCount)/\(progress.steps.count)", phase, next, blocked])
        }
        return table.render() + "\n" + L("共\(statuses.count)次选举", "\(statuses.count) elections")
    }
}

/// A blocker in JSON: a stable kind, the detail that identifies it, and the message.
struct BlockerJSON: Encodable {
    var kind: String
    var step: Int?
    var condition: String?
    var level: String?
    var subject: String?
    var record: String?
    var message: String

    init(_ blocker: Blocker) {
        message = blocker.localized
        switch blocker {
        case .prerequisiteMissing(let step, _): kind = "prerequisite_missing"; self.step = step
        case .conditionUnmet(let name, _): kind = "condition_unmet"; condition = name
        case .approvalMissing(let r, _): kind = "approval_missing"; level = r.level.rawValue; subject = r.subject
        case .approvalStale(let r, _): kind = "approval_stale"; level = r.level.rawValue; subject = r.subject
        case .recordMissing(let r): kind = "record_missing"; record = r.rawValue
        case .roleNotAllowed: kind = "role_not_allowed"
        case .alreadyDone(let step, _): kind = "already_done"; self.step = step
        case .notSkippable(let step): kind = "not_skippable"; self.step = step
        case .reasonMissing: kind = "reason_missing"
        case .reasonTooShort: kind = "reason_too_short"
        case .approvalOutOfOrder(let r, _): kind = "approval_out_of_order"; level = r.level.rawValue; subject = r.subject
        case .approvalNotRequired(let step, let s, _): kind = "approval_not_required"; self.step = step; subject = s
        case .dateBeforePrerequisite(let step, _, _): kind = "date_before_prerequisite"; self.step = step
        case .dateBeforeFacts: kind = "date_before_facts"
        }
    }
}

struct StepJSON: Encodable {
    var number: Int
    var key: String
    var phase: String
    var title: String
    var responsible: String
    var roles: [String]
    var prerequisites: [Int]
    var recordsRequired: [String]
    var conditions: [String]
    var approvals: [String]
    var skippable: Bool
    /// completed, skipped, open, waiting
    var state: String
    var ready: Bool
    var happenedOn: String?
    var operatorName: String?
    var reason: String?
    var waitingOn: [Int]
    var blockers: [BlockerJSON]

    init(_ item: StepProgress, procedure: Procedure) {
        let step = item.step
        number = step.number
        key = step.key
        phase = step.phase
        title = step.title.localized
        responsible = step.responsible.rawValue
        roles = step.roles.map(\.rawValue)
        prerequisites = step.prerequisites
        recordsRequired = step.records.map(\.rawValue)
        conditions = step.conditions
        approvals = step.approvals.map { "\($0.level.rawValue):\($0.subject)" }
        skippable = step.skipRoles != nil
        waitingOn = []
        blockers = []
        ready = false
        switch item.status {
        case .done(let outcome):
            state = outcome.kind.rawValue
            happenedOn = outcome.happenedOn.description
            operatorName = outcome.operatorName
            reason = outcome.reason
        case .open(let list):
            state = "open"
            ready = list.isEmpty
            blockers = list.map(BlockerJSON.init)
        case .waiting(let on):
            state = "waiting"
            waitingOn = on
        }
    }
}

struct PhaseJSON: Encodable {
    var id: String
    var title: String
}

struct StatusJSON: Encodable {
    var election: ElectionJSON
    var done: Int
    var total: Int
    var complete: Bool
    var currentPhase: PhaseJSON?
    var lastDoneStep: Int?
    var next: [StepJSON]
    /// Every step, for one election; absent in a township or county board's rows.
    var steps: [StepJSON]?
    /// What comes next at the congress while it is being held (absent otherwise).
    var congressNext: CongressNext?
    /// 情况报送 not yet dealt with.
    var openSituationReports: Int

    init(_ status: ElectionStatus, includeSteps: Bool = true) {
        let progress = status.progress
        election = ElectionJSON(status.election)
        done = progress.doneCount
        total = progress.steps.count
        complete = progress.isComplete
        currentPhase = progress.currentPhase.flatMap { id in status.procedure.phase(id).map { PhaseJSON(id: id, title: $0.title.localized) } }
        lastDoneStep = progress.lastDoneStep
        next = progress.openSteps.map { StepJSON($0, procedure: status.procedure) }
        steps = includeSteps ? progress.steps.map { StepJSON($0, procedure: status.procedure) } : nil
        congressNext = status.congressNext
        openSituationReports = status.openSituationReports
    }
}
