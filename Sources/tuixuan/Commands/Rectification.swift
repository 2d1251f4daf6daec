import ArgumentParser
import Foundation
import TuixuanCore
import TuixuanStore

extension ProblemSource: WordedArgument {}
extension TeamRole: WordedArgument {}

/// 整顿 (004 第四篇、第二篇; 第一篇 三、(二)4): a weak and lax organization's rectification, step by step on the same engine.
struct RectificationCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "rectification",
            abstract: L("软弱涣散党组织整顿：派驻工作组、问题台账、整改措施、进展、测评验收", "rectifying a weak and lax organization: the working group, the problem ledger, measures, progress, assessment and acceptance"),
            subcommands: [Start.self, Status.self, Ledger.self, Complete.self, Team.self, Problem.self, Measure.self, Progress.self, Assess.self])
    }

    struct Start: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "start", abstract: L("开始一个村（社区）党组织的整顿（乡镇、县）", "open an organization's rectification (township, county)"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: GradingOption

        func run(_ db: AppDatabase) throws {
            try db.startRectification(by: actor.resolved, organizationCode: target.org, year: target.year)
            let status = try db.rectificationStatus(organizationCode: target.org, year: target.year)
            print(L("已开始\(status.organizationName)\(target.year)年度整顿（\(status.procedure)，共\(status.steps.count)步）",
                    "opened the \(target.year) rectification of \(status.organizationName) (\(status.procedure), \(status.steps.count) steps)"))
        }
    }

    struct Status: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "status", abstract: L("整顿进度：每一步的状态和阻碍、派驻人员、问题台账和整改措施、测评", "where a rectification stands: steps, who was sent in, the ledger and measures, the assessment"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var target: GradingOption

        func run(_ db: AppDatabase) throws {
            let status = try db.rectificationStatus(organizationCode: target.org, year: target.year)
            if output.json {
                print(try renderJSON(status))
                return
            }
            print(L("\(status.organizationName)（\(status.organization)）\(status.year)年度整顿 · \(status.procedure)\(status.accepted ? " · 已验收通过" : "")",
                    "\(status.organizationName) (\(status.organization)), rectification of \(status.year) · \(status.procedure)\(status.accepted ? " · accepted" : "")"))
            for step in status.steps {
                let mark = switch step.state { case "done": "✓"; case "open": "→"; default: "·" }
                print("\(mark) \(step.number). \(step.title.localized)" + (step.happenedOn.map { L("（\($0)）", " (\($0))") } ?? ""))
                if step.state == "open" { for blocker in step.blockers { print("      " + blocker.localized) } }
            }
            for member in status.team {
                print(L("  派驻：\(member.name)（\(member.position)，\(member.role.describe(.zh))，\(member.sentOn)）", "  sent in: \(member.name) (\(member.position), \(member.role.describe(.en)), \(member.sentOn))"))
            }
            for problem in status.problems {
                print(L("  问题 #\(problem.id)（\(problem.source.describe(.zh))）：\(problem.summary)", "  problem #\(problem.id) (\(problem.source.describe(.en))): \(problem.summary)"))
                for m in problem.measures {
                    let state = m.done ? L("已完成", "done") : m.overdue ? L("已逾期", "OVERDUE") : L("进行中", "under way")
                    print(L("    措施 #\(m.id)：\(m.measure)（责任人\(m.responsible)，期限\(m.dueOn)\(m.reopened ? "，限期整改" : "")）—— \(state)",
                            "    measure #\(m.id): \(m.measure) (\(m.responsible), due \(m.dueOn)\(m.reopened ? ", set again" : "")) — \(state)"))
                }
            }
            if let assessment = status.assessment, let percent = status.satisfactionPercent {
                print(L("  测评：满意\(assessment.satisfied)人，基本满意\(assessment.basicallySatisfied)人，不满意\(assessment.dissatisfied)人，满意率\(percent)%",
                        "  assessment: \(assessment.satisfied) satisfied, \(assessment.basicallySatisfied) basically, \(assessment.dissatisfied) not; \(percent)% satisfied"))
            }
        }
    }

    struct Ledger: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "ledger", abstract: L("全县（乡镇）整顿台账中逾期未完成的整改措施", "the overdue measures of every rectification under a county or township"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Option(help: ArgumentHelp(L("县或乡镇代码", "county or township code"))) var org: String

        func run(_ db: AppDatabase) throws {
            let overdue = try db.overdueMeasures(under: org)
            if output.json {
                print(try renderJSON(overdue))
                return
            }
            guard !overdue.isEmpty else {
                print(L("没有逾期未完成的整改措施", "no overdue measure"))
                return
            }
            var table = TextTable(headers: [L("村（社区）", "village"), L("乡镇", "township"), L("问题", "problem"), L("措施", "measure"), L("责任人", "responsible"),
                                            L("期限", "due"), L("逾期天数", "days over")])
            for m in overdue { table.add([m.organizationName, m.township, m.problem, m.measure, m.responsible, m.dueOn.description, "\(m.daysOverdue)"]) }
            print(table.render())
        }
    }

    struct Complete: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "complete", abstract: L("完成整顿的一步，并提交该步所需的记录", "complete a rectification step, filing the records it needs"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: GradingOption
        @Argument(help: ArgumentHelp(L("步骤序号", "step number"))) var number: Int
        @Option(help: ArgumentHelp(L("办理日期（默认今天）", "date it took place (default today)"))) var on: CivilDate?
        @OptionGroup var filed: StepRecordOptions

        func run(_ db: AppDatabase) throws {
            let date = on ?? db.today
            try db.completeRectificationStep(by: actor.resolved, organizationCode: target.org, year: target.year, step: number, happenedOn: date,
                                             records: try filed.records(dated: date))
            let status = try db.rectificationStatus(organizationCode: target.org, year: target.year)
            print(L("已完成第\(number)步「\(status.steps[number - 1].title.zh)」（\(status.steps.filter { $0.state == "done" }.count)/\(status.steps.count)）",
                    "completed step \(number) \"\(status.steps[number - 1].title.en)\" (\(status.steps.filter { $0.state == "done" }.count)/\(status.steps.count))"))
        }
    }

    struct Team: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "team", abstract: L("登记派驻人员：工作组组长、成员，选派书记或第一书记", "record who is sent in: the working group's leader and members, a secretary or first secretary"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: GradingOption
        @Option(help: ArgumentHelp(L("姓名", "name"))) var name: String
        @Option(help: ArgumentHelp(L("职务和派出单位", "position and sending body"))) var position: String
        @Option(help: ArgumentHelp(L("身份", "role"))) var role: TeamRole
        @Option(help: ArgumentHelp(L("派驻日期（默认今天）", "date sent (default today)"))) var on: CivilDate?

        func run(_ db: AppDatabase) throws {
            try db.addRectificationTeamMember(by: actor.resolved, organizationCode: target.org, year: target.year, name: name, position: position,
                                              role: role, sentOn: on ?? db.today)
            print(L("已登记：\(name)（\(role.describe(.zh))）", "recorded: \(name) (\(role.describe(.en)))"))
        }
    }

    struct Problem: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "problem", abstract: L("在问题台账中登记一个问题及其来源（自查、走访、座谈会、分类定级、上级督查）", "add a problem to the ledger with its source"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: GradingOption
        @Option(help: ArgumentHelp(L("来源", "source"))) var source: ProblemSource
        @Option(help: ArgumentHelp(L("问题", "the problem"))) var summary: String
        @Option(help: ArgumentHelp(L("查摆日期（默认今天）", "date found (default today)"))) var on: CivilDate?

        func run(_ db: AppDatabase) throws {
            let id = try db.addRectificationProblem(by: actor.resolved, organizationCode: target.org, year: target.year, source: source, summary: summary,
                                                    foundOn: on ?? db.today)
            print(L("已登记问题 #\(id)", "recorded problem #\(id)"))
        }
    }

    struct Measure: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "measure", abstract: L("为一个问题明确整改措施、责任人和时限", "set a measure for a problem, with the person responsible and a deadline"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: GradingOption
        @Option(help: ArgumentHelp(L("问题编号", "problem number"))) var problem: Int64
        @Option(help: ArgumentHelp(L("整改措施", "the measure"))) var measure: String
        @Option(help: ArgumentHelp(L("责任人", "person responsible"))) var responsible: String
        @Option(help: ArgumentHelp(L("完成时限", "deadline"))) var due: CivilDate

        func run(_ db: AppDatabase) throws {
            let id = try db.addRectificationMeasure(by: actor.resolved, organizationCode: target.org, year: target.year, problem: problem, measure: measure,
                                                    responsible: responsible, dueOn: due)
            print(L("已明确整改措施 #\(id)，期限\(due)", "measure #\(id) set, due \(due)"))
        }
    }

    struct Progress: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "progress", abstract: L("报告整改措施进展：已完成，或未达要求限期整改（--new-due）", "report on a measure: done, or not accepted with a new deadline (--new-due)"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: GradingOption
        @Option(help: ArgumentHelp(L("措施编号", "measure number"))) var measure: Int64
        @Flag(help: ArgumentHelp(L("已完成", "done"))) var done = false
        @Option(help: ArgumentHelp(L("未完成时的新期限", "a new deadline when not done"))) var newDue: CivilDate?
        @Option(help: ArgumentHelp(L("进展情况", "what was done"))) var note: String
        @Option(help: ArgumentHelp(L("报告日期（默认今天）", "date reported (default today)"))) var on: CivilDate?

        func run(_ db: AppDatabase) throws {
            try db.reportRectificationProgress(by: actor.resolved, organizationCode: target.org, year: target.year, measure: measure, reportedOn: on ?? db.today,
                                               done: done, newDueOn: newDue, note: note)
            print(done ? L("措施 #\(measure) 已完成", "measure #\(measure) done") : L("措施 #\(measure) 限期至\(newDue?.description ?? "")", "measure #\(measure) due again by \(newDue?.description ?? "")"))
        }
    }

    struct Assess: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "assess", abstract: L("党员代表和村民代表对整改完成情况的测评（满意、基本满意、不满意人数）", "the representatives' assessment of the rectification"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: GradingOption
        @Option(help: ArgumentHelp(L("满意人数", "satisfied"))) var satisfied: Int
        @Option(help: ArgumentHelp(L("基本满意人数", "basically satisfied"))) var basicallySatisfied: Int
        @Option(help: ArgumentHelp(L("不满意人数", "not satisfied"))) var dissatisfied: Int
        @Option(help: ArgumentHelp(L("测评日期（默认今天）", "date (default today)"))) var on: CivilDate?

        func run(_ db: AppDatabase) throws {
            let count = SatisfactionCount(satisfied: satisfied, basicallySatisfied: basicallySatisfied, dissatisfied: dissatisfied)
            try db.recordRectificationAssessment(by: actor.resolved, organizationCode: target.org, year: target.year, assessedOn: on ?? db.today, count: count)
            print(L("已记录测评：满意率\(count.satisfactionPercent)%", "assessment recorded: \(count.satisfactionPercent)% satisfied"))
        }
    }
}
