import ArgumentParser
import Foundation
import TuixuanCore
import TuixuanStore

struct Step: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "step",
            abstract: L("程序步骤：查看、完成、跳过、审批", "procedure steps: show, complete, skip, approve"),
            subcommands: [Show.self, Complete.self, Skip.self, Approve.self, Records.self])
    }

    struct Show: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "show", abstract: L("查看某一步的要求及其在本次选举中的状态", "show a step's requirements and its state in an election"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var target: ElectionOption
        @Argument(help: ArgumentHelp(L("步骤序号（1–32）", "step number (1–32)"))) var number: Int

        func run(_ db: AppDatabase) throws {
            let status = try db.status(election: target.election)
            guard let progress = status.progress.steps.first(where: { $0.step.number == number }) else {
                throw Refusal.stepUnknown(number, count: status.procedure.steps.count)
            }
            if output.json {
                print(try renderJSON(StepJSON(progress, procedure: status.procedure)))
                return
            }
            let step = progress.step
            let phase = status.procedure.phase(step.phase)?.title.localized ?? step.phase
            print("\(step.number). \(step.title.localized)  [\(phase)]")
            print(step.summary.localized)
            print(L("责任主体：", "responsible: ") + step.responsible.localized)
            print(L("办理角色：", "recorded by: ") + step.roles.map(\.localized).joined(separator: L("、", ", ")))
            if !step.prerequisites.isEmpty {
                print(L("前置步骤：", "prerequisites: ") + step.prerequisites.map(String.init).joined(separator: L("、", ", ")))
            }
            if !step.records.isEmpty { print(L("须提交：", "records: ") + step.records.map(\.localized).joined(separator: L("、", ", "))) }
            for name in step.conditions { print(L("条件：", "condition: ") + (Conditions.named(name)?.title.localized ?? name)) }
            for approval in step.approvals {
                print(L("审批：", "approval: ") + approval.level.localized + " — " + Blocker.approvalMissing(approval, step: number).localized)
            }
            if let roles = step.skipRoles { print(L("可跳过（须说明理由）：", "may be skipped with a reason by: ") + roles.map(\.localized).joined(separator: L("、", ", "))) }
            print(L("状态：", "state: ") + describe(progress.status))
            if case .open(let blockers) = progress.status {
                for blocker in blockers { print("  - " + blocker.localized) }
            }
        }
    }

    struct Complete: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "complete",
                abstract: L("完成一步，并提交该步所需的记录", "complete a step, filing the records it needs"),
                discussion: L("前置步骤、条件、审批或记录不全时拒绝办理，并逐项说明缺什么。文件以SHA-256留存指纹。",
                              "Refused, with every missing item named, while prerequisites, conditions, approvals or records are missing. Documents are kept by SHA-256."))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: ElectionOption
        @Argument(help: ArgumentHelp(L("步骤序号", "step number"))) var number: Int
        @Option(help: ArgumentHelp(L("办理日期（默认今天）", "date it took place (default today)"))) var on: CivilDate?
        @OptionGroup var filed: StepRecordOptions

        func run(_ db: AppDatabase) throws {
            let date = on ?? db.today
            let records = try filed.records(dated: date)
            try db.completeStep(by: actor.resolved, election: target.election, step: number, happenedOn: date, records: records)
            let status = try db.status(election: target.election)
            let title = status.procedure.step(number)?.title.localized ?? ""
            print(L("已完成第\(number)步「\(title)」（\(status.progress.doneCount)/\(status.progress.steps.count)）",
                    "completed step \(number) \"\(title)\" (\(status.progress.doneCount)/\(status.progress.steps.count))"))
        }
    }

    struct Skip: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "skip", abstract: L("跳过不适用的一步（须说明理由，且程序允许）", "skip a step that does not apply (with a reason, where the procedure allows)"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: ElectionOption
        @Argument(help: ArgumentHelp(L("步骤序号", "step number"))) var number: Int
        @Option(help: ArgumentHelp(L("跳过的理由", "why it does not apply"))) var reason: String
        @Option(help: ArgumentHelp(L("决定日期（默认今天）", "date decided (default today)"))) var on: CivilDate?

        func run(_ db: AppDatabase) throws {
            try db.skipStep(by: actor.resolved, election: target.election, step: number, happenedOn: on ?? db.today, reason: reason)
            print(L("已跳过第\(number)步，理由：\(reason)", "skipped step \(number): \(reason)"))
        }
    }

    struct Approve: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "approve", abstract: L("以操作人员所属层级审批某一步的请示（如第8步乡镇批复）", "approve a step's request at the operator's level (e.g. the township's reply at step 8)"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: ElectionOption
        @Argument(help: ArgumentHelp(L("步骤序号", "step number"))) var number: Int
        @Option(help: ArgumentHelp(L("批复意见", "note"))) var note: String?

        func run(_ db: AppDatabase) throws {
            try db.approveStep(by: actor.resolved, election: target.election, step: number, note: note)
            print(L("已审批第\(number)步", "approved step \(number)"))
        }
    }

    struct Records: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "records", abstract: L("列出各步已提交的记录", "list the records filed with the steps"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var target: ElectionOption

        func run(_ db: AppDatabase) throws {
            let records = try db.stepRecords(election: target.election)
            if output.json {
                print(try renderJSON(records))
                return
            }
            var table = TextTable(headers: [L("步骤", "step"), L("类别", "kind"), L("日期", "date"), L("标题/摘要", "title/summary"), "SHA-256"])
            for r in records {
                table.add(["\(r.step)", r.kind.localized, r.dated.description, r.title ?? r.summary ?? "", r.sha256.map { String($0.prefix(16)) + "…" } ?? ""])
            }
            print(table.render())
        }
    }
}

func describe(_ status: StepStatus) -> String {
    switch status {
    case .done(let outcome):
        let verb = outcome.kind == .completed ? L("已完成", "completed") : L("已跳过", "skipped")
        let reason = outcome.reason.map { L("，理由：\($0)", ", reason: \($0)") } ?? ""
        return "\(verb) \(outcome.happenedOn)（\(outcome.operatorName)）\(reason)"
    case .open(let blockers):
        return blockers.isEmpty ? L("可以办理", "ready") : L("可以着手，但尚有\(blockers.count)项未满足", "open, \(blockers.count) requirement(s) unmet")
    case .waiting(let steps):
        return L("等待前置步骤 \(steps.map(String.init).joined(separator: "、"))", "waiting for step(s) \(steps.map(String.init).joined(separator: ", "))")
    }
}

/// The records a step's completion files (minutes, documents by SHA-256, a publication): the same options for an
/// election's steps and a grading's.
struct StepRecordOptions: ParsableArguments {
    @Option(help: ArgumentHelp(L("会议记录摘要", "summary of the meeting minutes"))) var minutes: String?
    @Option(help: ArgumentHelp(L("文件路径（计算并留存SHA-256）；可多次给出", "path of a document (its SHA-256 is kept); repeatable"))) var document: [String] = []
    @Option(help: ArgumentHelp(L("文件标题", "document title"))) var documentTitle: String?
    @Option(help: ArgumentHelp(L("不在本机的文件：其SHA-256", "a document kept elsewhere: its SHA-256"))) var documentSha256: String?
    @Option(help: ArgumentHelp(L("不在本机的文件：档案号或存放位置", "a document kept elsewhere: its archive reference"))) var documentRef: String?
    @Option(help: ArgumentHelp(L("公示/公开日期", "date published"))) var publishedOn: CivilDate?
    @Option(help: ArgumentHelp(L("公示/公开的地点或渠道", "where or how it was published"))) var publishedWhere: String?

    func records(dated date: CivilDate) throws -> [StepRecordInput] {
        var records: [StepRecordInput] = []
        if let minutes { records.append(StepRecordInput(kind: .minutes, dated: date, summary: minutes)) }
        for path in document {
            let bytes = try readFileBytes(path)
            guard !bytes.isEmpty else {
                throw UserFacingError(message: L("文件\(path)是空的（0字节）：请提交文件本身", "\(path) is empty (0 bytes): file the document itself"), status: ExitStatus.refused)
            }
            records.append(StepRecordInput(kind: .document, dated: date, title: documentTitle ?? URL(fileURLWithPath: path).lastPathComponent,
                                           reference: path, sha256: AppDatabase.sha256Hex(bytes)))
        }
        if let documentSha256 {
            let hex = documentSha256.lowercased()
            guard hex.count == 64, hex.allSatisfy({ $0.isHexDigit }) else {
                throw UserFacingError(message: L("--document-sha256 应为64位十六进制数", "--document-sha256 must be 64 hexadecimal digits"), status: ExitStatus.refused)
            }
            records.append(StepRecordInput(kind: .document, dated: date, title: documentTitle, reference: documentRef, sha256: hex))
        }
        if publishedOn != nil || publishedWhere != nil {
            guard let publishedOn, let publishedWhere else {
                throw UserFacingError(message: L("公示记录须同时给出 --published-on 和 --published-where", "a publication needs both --published-on and --published-where"), status: ExitStatus.refused)
            }
            records.append(StepRecordInput(kind: .publication, dated: publishedOn, summary: publishedWhere))
        }
        return records
    }
}
