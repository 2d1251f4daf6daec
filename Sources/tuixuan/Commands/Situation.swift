import ArgumentParser
import Foundation
import TuixuanCore
import TuixuanStore

extension SituationKind: ExpressibleByArgument {
    public init?(argument: String) { self.init(label: argument) }
}

/// 情况报送 (第五篇 六、组织领导 1 and 3; 五、8): reports on an election to the township and the county, and how each was dealt with.
struct SituationCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "situation",
            abstract: L("情况报送：重大事件、重要舆情、重要信息、苗头性倾向性问题、与乡镇党委沟通情况", "situation reports: major events, public opinion, important information, emerging problems, consultations"),
            subcommands: [Report.self, Handle.self, List.self])
    }

    struct Report: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "report",
                abstract: L("报送一件情况（村、乡镇）；办结前在看板上显示为未办结", "file a report (village, township); the board shows it open until dealt with"),
                discussion: L("类别：\(SituationKind.allCases.map { "\($0.rawValue)（\($0.describe(.zh))）" }.joined(separator: "、"))。",
                              "Kinds: \(SituationKind.allCases.map(\.rawValue).joined(separator: ", "))."))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: ElectionOption
        @Option(help: ArgumentHelp(L("类别", "kind"))) var kind: SituationKind
        @Option(help: ArgumentHelp(L("发生日期（默认今天）", "when it happened (default today)"))) var on: CivilDate?
        @Option(help: ArgumentHelp(L("情况", "what happened"))) var summary: String

        func run(_ db: AppDatabase) throws {
            let id = try db.reportSituation(by: actor.resolved, election: target.election, kind: kind, occurredOn: on ?? db.today, summary: summary)
            print(L("已报送第\(id)号情况（\(kind.localized)）", "filed situation report no. \(id) (\(kind.localized))"))
        }
    }

    struct Handle: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "handle", abstract: L("记录一件情况的处理结果（乡镇、县委组织部）", "record how a report was dealt with (township, county)"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @Argument(help: ArgumentHelp(L("情况报告编号", "the report's number"))) var report: Int64
        @Option(help: ArgumentHelp(L("处理日期（默认今天）", "date (default today)"))) var on: CivilDate?
        @Option(help: ArgumentHelp(L("处理情况", "how it was dealt with"))) var handling: String

        func run(_ db: AppDatabase) throws {
            try db.handleSituation(by: actor.resolved, report: report, on: on ?? db.today, handling: handling)
            print(L("已记录第\(report)号情况的处理结果", "recorded how report no. \(report) was dealt with"))
        }
    }

    struct List: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "list", abstract: L("列出一次选举或一个乡镇（县）的情况报告", "list the reports on one election, or under a township (the county)"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Option(name: [.customShort("e"), .long], help: ArgumentHelp(L("换届选举编号或村（社区）代码", "election number or village code"))) var election: String?
        @Option(help: ArgumentHelp(L("乡镇或县代码（默认全县）", "township or county code (default the whole county)"))) var org: String?
        @Flag(help: ArgumentHelp(L("只列未办结的", "open reports only"))) var open = false

        func run(_ db: AppDatabase) throws {
            let reports = try db.situationReports(election: election, under: org, openOnly: open)
            if output.json {
                print(try renderJSON(reports.map(SituationJSON.init)))
                return
            }
            guard !reports.isEmpty else {
                print(open ? L("没有未办结的情况报告", "no open situation reports") : L("没有情况报告", "no situation reports"))
                return
            }
            var table = TextTable(headers: [L("编号", "no."), L("村（社区）", "village"), L("类别", "kind"), L("日期", "date"), L("情况", "summary"),
                                            L("报送人", "by"), L("处理", "dealt with")])
            for r in reports {
                let handled = r.handledOn.map { "\($0) \(r.handledBy ?? "")：\(r.handling ?? "")" } ?? L("未办结", "open")
                table.add(["\(r.id)", r.organizationName, r.kind.localized, r.occurredOn.description, r.summary, r.reportedBy, handled])
            }
            print(table.render())
        }
    }
}

struct SituationJSON: Encodable {
    var id: Int64; var election: Int64; var organization: String; var kind: String; var occurredOn: String; var summary: String
    var reportedBy: String; var handledOn: String?; var handling: String?; var handledBy: String?

    init(_ r: SituationReport) {
        id = r.id; election = r.electionID; organization = r.organizationName; kind = r.kind.rawValue; occurredOn = r.occurredOn.description
        summary = r.summary; reportedBy = r.reportedBy; handledOn = r.handledOn?.description; handling = r.handling; handledBy = r.handledBy
    }
}
