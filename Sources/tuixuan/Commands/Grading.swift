import ArgumentParser
import Foundation
import TuixuanCore
import TuixuanStore

extension OrganizationGrade: WordedArgument {}

/// The stages a grade is typed for: the organization's own and the county's (the township's come from its score).
enum TypedGradeStage: String, WordedArgument, UserDescribable {
    case selfAssessed = "self"
    case county

    var stage: GradingStage { self == .county ? .county : .selfAssessed }
    func describe(_ language: Language) -> String { stage.describe(language) }
}

/// `--org` and `--year`: which organization's grading of which year.
struct GradingOption: ParsableArguments {
    @Option(help: ArgumentHelp(L("村（社区）代码", "the village or community code"))) var org: String
    @Option(help: ArgumentHelp(L("年度", "the year graded"))) var year: Int
}

/// 分类定级 (004 第一篇): each organization's annual grading, step by step on the same engine as the election.
struct GradingCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "grading",
            abstract: L("基层党组织年度分类定级：自查自评、初审初评、综合考评、异议复核、年底复核", "annual grading of basic Party organizations: self-assessment, township review, county review, objections, year-end"),
            subcommands: [Start.self, Status.self, Summary.self, Complete.self, Skip.self, Ratings.self, Grade.self, Score.self, Objection.self])
    }

    struct Start: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "start", abstract: L("开始一个村（社区）党组织的年度分类定级（乡镇、县）", "open an organization's grading of a year (township, county)"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: GradingOption

        func run(_ db: AppDatabase) throws {
            try db.startGrading(by: actor.resolved, organizationCode: target.org, year: target.year)
            let status = try db.gradingStatus(organizationCode: target.org, year: target.year)
            print(L("已开始\(status.organizationName)\(target.year)年度分类定级（\(status.procedure)，共\(status.steps.count)步）",
                    "opened the \(target.year) grading of \(status.organizationName) (\(status.procedure), \(status.steps.count) steps)"))
        }
    }

    struct Status: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "status", abstract: L("分类定级进度：每一步的状态和阻碍、各环节等级、分数、异议", "where a grading stands: each step and what blocks it, the grades, the score, objections"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var target: GradingOption

        func run(_ db: AppDatabase) throws {
            let status = try db.gradingStatus(organizationCode: target.org, year: target.year)
            if output.json {
                print(try renderJSON(status))
                return
            }
            print(L("\(status.organizationName)（\(status.organization)）\(status.year)年度分类定级 · \(status.procedure)",
                    "\(status.organizationName) (\(status.organization)), grading of \(status.year) · \(status.procedure)"))
            if let grade = status.yearGrade {
                print(L("年度等级：\(grade.describe(.zh))\(grade == .poor ? "（软弱涣散党组织）" : "")", "grade of the year: \(grade.describe(.en))\(grade == .poor ? " (weak and lax)" : "")"))
            }
            for step in status.steps {
                let mark = switch step.state { case "done": "✓"; case "open": "→"; default: "·" }
                var line = "\(mark) \(step.number). \(step.title.localized)"
                if let on = step.happenedOn { line += L("（\(step.outcome == "skipped" ? "已跳过" : "已完成") \(on)）", " (\(step.outcome ?? "") \(on))") }
                print(line)
                if step.state == "open" { for blocker in step.blockers { print("      " + blocker.localized) } }
            }
            if let counts = status.ratingCounts {
                print(L("  测评票：", "  ratings: ") + RatingMark.allCases.map { "\($0.word)\(counts[$0.rawValue] ?? 0)" }.joined(separator: L("，", ", ")))
            }
            for grade in status.grades {
                print(L("  \(grade.stage.describe(.zh))：\(grade.grade.describe(.zh))\(grade.score.map { "（\($0)分）" } ?? "") \(grade.decidedOn)",
                        "  \(grade.stage.describe(.en)): \(grade.grade.describe(.en))\(grade.score.map { " (\($0) points)" } ?? "") \(grade.decidedOn)"))
            }
            if !status.areas.isEmpty {
                print(L("  量化考核：", "  score: ") + status.areas.map { "\($0.title.localized) \($0.score)/\($0.maximum)" }.joined(separator: L("；", "; ")))
            }
            if let deadline = status.objectionDeadline { print(L("  异议期至：\(deadline)", "  objections until: \(deadline)")) }
            for objection in status.objections {
                let decision = switch objection.decision {
                case "upheld": L("成立，调整为\(objection.grade?.describe(.zh) ?? "")", "upheld: \(objection.grade?.describe(.en) ?? "")")
                case "dismissed": L("不成立", "dismissed")
                default: L("待复核", "undecided")
                }
                print(L("  异议 #\(objection.id)（\(objection.filedBy)，\(objection.filedOn)）：\(objection.summary) —— \(decision)",
                        "  objection #\(objection.id) (\(objection.filedBy), \(objection.filedOn)): \(objection.summary) — \(decision)"))
            }
        }
    }

    struct Summary: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "summary",
                abstract: L("全县（乡镇）等级分布：各党(工)委的初评和年度等级个数，“好”不超过20%的核对；--format html 附图", "the grade distribution under a county or township: initial and final grades per township, the 20% check; --format html with a chart"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Option(help: ArgumentHelp(L("县或乡镇代码", "county or township code"))) var org: String
        @Option(help: ArgumentHelp(L("年度", "the year"))) var year: Int
        @Option(help: ArgumentHelp(L("格式：table 或 html", "format: table or html"))) var format: Format = .table
        @Option(help: ArgumentHelp(L("写入文件（html）", "write to this file (html)"))) var out: String?

        enum Format: String, ExpressibleByArgument { case table, html }

        func run(_ db: AppDatabase) throws {
            let distribution = try db.gradeDistribution(under: org, year: year)
            if output.json {
                print(try renderJSON(distribution))
                return
            }
            switch format {
            case .table:
                var table = TextTable(headers: [L("党(工)委", "township"), L("村（社区）", "villages"), L("已定级", "graded")]
                                      + OrganizationGrade.allCases.map { L("初评", "initial ") + $0.localized }
                                      + OrganizationGrade.allCases.map { L("年度", "final ") + $0.localized } + [L("“好”上限", "good cap")])
                for line in distribution.townships + [distribution.total] {
                    table.add([line.name, "\(line.organizations)", "\(line.graded)"]
                              + OrganizationGrade.allCases.map { "\(line.initial[$0.rawValue] ?? 0)" }
                              + OrganizationGrade.allCases.map { "\(line.final[$0.rawValue] ?? 0)" }
                              + ["\(line.goodAllowed)" + (line.goodAboveCap ? L(" 超出", " above") : "")])
                }
                print(table.render())
            case .html:
                let page = gradeDistributionHTML(distribution)
                if let out {
                    try writeOutputFile(Data(page.utf8), to: out)
                    print(L("已写入 \(out)", "written: \(out)"))
                } else {
                    print(page)
                }
            }
        }
    }

    struct Complete: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "complete", abstract: L("完成分类定级的一步，并提交该步所需的记录", "complete a grading step, filing the records it needs"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: GradingOption
        @Argument(help: ArgumentHelp(L("步骤序号", "step number"))) var number: Int
        @Option(help: ArgumentHelp(L("办理日期（默认今天）", "date it took place (default today)"))) var on: CivilDate?
        @OptionGroup var filed: StepRecordOptions

        func run(_ db: AppDatabase) throws {
            let date = on ?? db.today
            try db.completeGradingStep(by: actor.resolved, organizationCode: target.org, year: target.year, step: number, happenedOn: date,
                                       records: try filed.records(dated: date))
            let status = try db.gradingStatus(organizationCode: target.org, year: target.year)
            let done = status.steps.filter { $0.state == "done" }.count
            print(L("已完成第\(number)步「\(status.steps[number - 1].title.zh)」（\(done)/\(status.steps.count)）",
                    "completed step \(number) \"\(status.steps[number - 1].title.en)\" (\(done)/\(status.steps.count))"))
        }
    }

    struct Skip: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "skip", abstract: L("跳过不适用的一步（须说明理由，且程序允许）", "skip a grading step that does not apply (with a reason, where allowed)"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: GradingOption
        @Argument(help: ArgumentHelp(L("步骤序号", "step number"))) var number: Int
        @Option(help: ArgumentHelp(L("办理日期（默认今天）", "date (default today)"))) var on: CivilDate?
        @Option(help: ArgumentHelp(L("理由", "reason"))) var reason: String

        func run(_ db: AppDatabase) throws {
            try db.skipGradingStep(by: actor.resolved, organizationCode: target.org, year: target.year, step: number, happenedOn: on ?? db.today, reason: reason)
            print(L("已跳过第\(number)步", "skipped step \(number)"))
        }
    }

    enum Entry: String, ExpressibleByArgument { case A, B }

    struct Ratings: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "ratings",
                abstract: L("录入测评会的无记名测评票（两人分别录入 A、B，一致方可办结第2步）", "enter the rating meeting's anonymous ballots (two people, entries A and B; step 2 closes once they agree)"),
                discussion: L("测评表（Excel 工作簿或 CSV）有“测评等级”列，每行一张票：好、较好、一般、较差，或无效（弃权）；空白的格子或空行整表拒绝（空白票写“无效”），整表有一处不对即不录入。再次录入同一批次的，以最后一次为准。",
                              "The sheet (.xlsx or CSV) has a 测评等级 column, one ballot a row: 好, 较好, 一般, 较差, or 无效 (void); a blank cell is refused, and one bad row rejects the sheet. Entering the same letter again replaces that entry."))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: GradingOption
        @Option(help: ArgumentHelp(L("录入批次：A 或 B", "entry: A or B"))) var entry: Entry
        @Option(help: ArgumentHelp(L("测评表（.xlsx 或 CSV）", "the rating sheet (.xlsx or CSV)"))) var file: String
        @OptionGroup var sheet: SheetOption

        func run(_ db: AppDatabase) throws {
            let table = try readTable(file, encoding: nil, sheet: sheet.sheet, headerWords: ["测评等级", "等级", "测评结果", "序号"], titleNeedsMerge: false)
            let ballots: [RatingMark]
            do { ballots = try parseRatingSheet(table.records) } catch { throw rejected(error, table: table) }
            let counts = try db.enterGradingRatings(by: actor.resolved, organizationCode: target.org, year: target.year, entry: entry.rawValue, ballots: ballots)
            print(L("已录入测评票\(entry.rawValue)：共\(ballots.count)张，", "entered ratings \(entry.rawValue): \(ballots.count) ballots, ")
                  + RatingMark.allCases.map { "\($0.word)\(counts[$0] ?? 0)" }.joined(separator: L("，", ", ")))
            let status = try db.gradingStatus(organizationCode: target.org, year: target.year)
            if status.ratingEntries.count == 2 {
                print(status.ratingsAgree ? L("两次录入一致", "the two entries agree")
                      : L("两次录入不一致：", "the two entries differ: ") + (status.steps.first { $0.key == "rating_meeting" }?.blockers.map(\.localized).joined(separator: "；") ?? ""))
            }
        }
    }

    struct Grade: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "grade",
                abstract: L("记录等级：支委会表决的自评等级（self），或组织部综合考评等级（county）", "record a grade: the committee's own (self), or the county's result (county)"),
                discussion: L("等级：好、较好、一般、较差。党(工)委的初评等级由量化考核分数得出（tuixuan grading score）。",
                              "Grades: good, fairly_good, average, poor. The township's initial grade comes from its score (tuixuan grading score)."))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: GradingOption
        @Option(help: ArgumentHelp(L("环节", "stage"))) var stage: TypedGradeStage
        @Option(help: ArgumentHelp(L("等级", "grade"))) var grade: OrganizationGrade
        @Option(help: ArgumentHelp(L("评定日期（默认今天）", "date decided (default today)"))) var on: CivilDate?
        @Option(help: ArgumentHelp(L("说明（如表决结果）", "note (e.g. the vote)"))) var note: String?

        func run(_ db: AppDatabase) throws {
            try db.recordGrade(by: actor.resolved, organizationCode: target.org, year: target.year, stage: stage.stage, grade: grade,
                               decidedOn: on ?? db.today, note: note)
            print(L("已记录\(stage.stage.describe(.zh))：\(grade.describe(.zh))", "recorded the \(stage.stage.describe(.en)): \(grade.describe(.en))"))
        }
    }

    struct Score: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "score",
                abstract: L("党(工)委量化考核：五个方面的分数，得出初评等级（或 --year-end 年底复核等级）", "the township's score on the five areas, giving the initial grade (or --year-end, the re-grading's)"),
                discussion: L("每个 --area 写成“方面=分数”，方面用名称或代码：领导班子好（leadership）、党员队伍好（membership）、工作机制好（mechanisms）、工作业绩好（results）、群众反映好（public_opinion）；分数至多一位小数。90分以上为好，80–89.9分为较好，60–79.9分为一般，60分以下为较差；不四舍五入（89.5分为较好）。",
                              "Each --area is AREA=SCORE, the area by name or code: leadership, membership, mechanisms, results, public_opinion; at most one decimal. 90 and above is good, 80–89.9 fairly good, 60–79.9 average, below 60 poor; never rounded (89.5 is fairly good)."))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: GradingOption
        @Option(name: .customLong("area"), help: ArgumentHelp(L("方面=分数，五个方面各一次", "AREA=SCORE, once for each area"))) var areas: [String] = []
        @Flag(help: ArgumentHelp(L("年底复核的重新评分", "the year-end re-grading's score"))) var yearEnd = false
        @Option(help: ArgumentHelp(L("考核日期（默认今天）", "date scored (default today)"))) var on: CivilDate?
        @Option(help: ArgumentHelp(L("说明", "note"))) var note: String?

        func run(_ db: AppDatabase) throws {
            var scores: [String: String] = [:]
            for item in areas {
                let parts = item.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard parts.count == 2, !parts[0].isEmpty else {
                    throw ValidationError(L("--area 应写成“方面=分数”，如 领导班子好=18.5；“\(item)”不是", "--area is AREA=SCORE, e.g. leadership=18.5; \"\(item)\" is not"))
                }
                guard scores[parts[0]] == nil else { throw ValidationError(L("“\(parts[0])”的分数给了两次", "\"\(parts[0])\" is scored twice")) }
                scores[parts[0]] = parts[1]
            }
            let result = try db.scoreGrading(by: actor.resolved, organizationCode: target.org, year: target.year, areaScores: scores,
                                             decidedOn: on ?? db.today, yearEnd: yearEnd, note: note)
            print(L("量化考核\(result.score)分，\(yearEnd ? "复核" : "初评")等级：\(result.grade.describe(.zh))",
                    "scored \(result.score): \(yearEnd ? "year-end" : "initial") grade \(result.grade.describe(.en))"))
        }
    }

    struct Objection: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "objection", abstract: L("对综合考评结果的异议：提出（工作日期限内）与复核审定", "objections to the county's result: filed within the working days, and decided"),
                                 subcommands: [File.self, Decide.self])
        }

        struct File: DatabaseCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(commandName: "file", abstract: L("提出异议（须在通报后7个工作日内，按节假日安排计算）", "file an objection (within 7 working days of the result, on the official calendar)"))
            }

            @OptionGroup var global: GlobalOptions
            @OptionGroup var actor: OperatorOptions
            @OptionGroup var target: GradingOption
            @Option(help: ArgumentHelp(L("提出日期（默认今天）", "date filed (default today)"))) var on: CivilDate?
            @Option(help: ArgumentHelp(L("提出单位（党(工)委或党支部）", "who objects (the township or the branch)"))) var filedBy: String
            @Option(help: ArgumentHelp(L("异议内容和所附材料", "the objection and its materials"))) var summary: String

            func run(_ db: AppDatabase) throws {
                let id = try db.fileGradingObjection(by: actor.resolved, organizationCode: target.org, year: target.year, filedOn: on ?? db.today,
                                                     filedBy: filedBy, summary: summary)
                print(L("已登记异议 #\(id)", "filed objection #\(id)"))
            }
        }

        struct Decide: DatabaseCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(commandName: "decide", abstract: L("组织部复核审定异议：成立的写明调整后的等级", "the county decides an objection: an upheld one sets the new grade"))
            }

            @OptionGroup var global: GlobalOptions
            @OptionGroup var actor: OperatorOptions
            @OptionGroup var target: GradingOption
            @Option(help: ArgumentHelp(L("异议编号", "objection number"))) var objection: Int64
            @Option(help: ArgumentHelp(L("是否成立：yes 或 no", "upheld: yes or no"))) var upheld: YesNo
            @Option(help: ArgumentHelp(L("调整后的等级（成立时）", "the new grade (when upheld)"))) var grade: OrganizationGrade?
            @Option(help: ArgumentHelp(L("审定理由", "the decision's reason"))) var reason: String
            @Option(help: ArgumentHelp(L("审定日期（默认今天）", "date decided (default today)"))) var on: CivilDate?

            func run(_ db: AppDatabase) throws {
                try db.decideGradingObjection(by: actor.resolved, organizationCode: target.org, year: target.year, objection: objection,
                                              decidedOn: on ?? db.today, upheld: upheld.value, grade: grade, reason: reason)
                print(upheld.value ? L("异议 #\(objection) 成立，等级调整为\(grade?.describe(.zh) ?? "")", "objection #\(objection) upheld: grade \(grade?.describe(.en) ?? "")")
                                   : L("异议 #\(objection) 不成立", "objection #\(objection) dismissed"))
            }
        }
    }
}

/// 放假调休: the official calendar working-day deadlines are counted on.
struct CalendarCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "calendar", abstract: L("节假日安排（放假调休）：按工作日计算的期限所依据的日历", "the official holiday calendar working-day deadlines are counted on"),
                             subcommands: [Import.self, Show.self])
    }

    struct Import: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "import",
                abstract: L("导入一年的节假日安排表（县委组织部）：代替程序自带的该年安排", "import a year's holiday table (county): it replaces the shipped one for that year"),
                discussion: L("表头：日期,类别,名称；类别为“放假”或“上班”（调休上班的周末）。整表检查无误才导入。",
                              "Header: 日期,类别,名称 (date, 放假 day off or 上班 weekend workday, festival). Imported only when every line reads."))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @Argument(help: ArgumentHelp(L("节假日安排表（Excel 工作簿 .xlsx 或 CSV）", "the holiday table (Excel workbook .xlsx, or CSV)"))) var file: String
        @Option(help: ArgumentHelp(L("年度", "the year"))) var year: Int
        @OptionGroup var sheet: SheetOption

        func run(_ db: AppDatabase) throws {
            let table = try readTable(file, encoding: nil, sheet: sheet.sheet, headerWords: ["日期", "类别", "名称"], titleNeedsMerge: false)
            let count: Int
            do {
                count = try db.importCalendar(by: actor.resolved, year: year, records: table.records, source: URL(fileURLWithPath: file).lastPathComponent,
                                              sha256: AppDatabase.sha256Hex(try readFileBytes(file)))
            } catch let rejection as ImportRejected {
                throw rejected(rejection, table: table)
            }
            print(L("已导入\(year)年节假日安排：\(count)天", "imported the \(year) holiday table: \(count) days"))
        }
    }

    struct Show: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "show", abstract: L("列出一年的放假和调休上班日", "list a year's days off and adjusted workdays"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Option(help: ArgumentHelp(L("年度", "the year"))) var year: Int

        struct Entry: Encodable {
            var date: CivilDate
            var kind: String
            var name: String
        }

        func run(_ db: AppDatabase) throws {
            let calendar = try db.officialCalendar()
            guard calendar.years.contains(year) else { throw UserFacingError(message: UnknownCalendarYear(year: year).localized, status: ExitStatus.notFound) }
            let days = calendar.days.values.filter { $0.date.year == year }.sorted { $0.date < $1.date }
            if output.json {
                print(try renderJSON(days.map { Entry(date: $0.date, kind: $0.kind == .holiday ? "holiday" : "workday", name: $0.name) }))
                return
            }
            for day in days { print("\(day.date) \(day.kind.rawValue) \(day.name)") }
        }
    }
}

/// The grade distribution as a printable page: a table and a bar per 党(工)委 of its villages by grade of the year (an
/// inline SVG; no script, nothing fetched), the ungraded in grey.
func gradeDistributionHTML(_ distribution: GradeDistribution) -> String {
    let title = L("\(distribution.year)年度基层党组织分类定级等级分布", "Grades of \(distribution.year)") + "（\(distribution.total.name)）"
    return """
    <!DOCTYPE html>
    <html lang="\(L("zh-CN", "en"))"><head><meta charset="utf-8"><title>\(html(title))</title>
    <style>
      @page { size: A4 landscape; margin: 12mm; }
      body { font-family: "Noto Sans CJK SC", sans-serif; font-size: 10pt; }
      \(gradeSectionStyle)
    </style></head><body>
    <h1>\(html(title))</h1>
    \(gradeSectionHTML(distribution))
    </body></html>
    """
}

/// The styles of the grade section (its table), for the summary page and the overview board alike.
let gradeSectionStyle = """
table.grades { border-collapse: collapse; margin-top: 6mm; } table.grades th, table.grades td { border: 0.8pt solid #444; padding: 1.5mm 2.5mm; text-align: right; }
table.grades td:first-child, table.grades th:first-child { text-align: left; } table.grades tr.late td { background: #fdecea; }
table.grades tr:last-child td { font-weight: bold; }
"""

/// The grade distribution as a chart and a table: what the summary page and the overview board show.
func gradeSectionHTML(_ distribution: GradeDistribution) -> String {
    let colors: [OrganizationGrade: String] = [.good: "#2e7d32", .fairlyGood: "#8bc34a", .average: "#f9a825", .poor: "#c62828"]
    let lines = distribution.townships
    let barWidth = 520.0, rowHeight = 26.0, labelWidth = 150.0
    let widest = Double(max(1, lines.map(\.organizations).max() ?? 1))
    var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(labelWidth + barWidth + 60))\" height=\"\(Int(Double(lines.count) * rowHeight + 40))\" role=\"img\">"
    for (index, line) in lines.enumerated() {
        let y = Double(index) * rowHeight + 4
        svg += "<text x=\"0\" y=\"\(y + 15)\" font-size=\"12\">\(html(line.name))</text>"
        var x = labelWidth
        for grade in OrganizationGrade.allCases {
            let count = line.final[grade.rawValue] ?? 0
            guard count > 0 else { continue }
            let width = barWidth * Double(count) / widest
            svg += "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(width)\" height=\"\(rowHeight - 8)\" fill=\"\(colors[grade]!)\"><title>\(html(grade.localized)) \(count)</title></rect>"
            if width >= 14 { svg += "<text x=\"\(x + width / 2)\" y=\"\(y + 13)\" font-size=\"11\" fill=\"#fff\" text-anchor=\"middle\">\(count)</text>" }
            x += width
        }
        let ungraded = line.organizations - line.graded
        if ungraded > 0 {
            let width = barWidth * Double(ungraded) / widest
            svg += "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(width)\" height=\"\(rowHeight - 8)\" fill=\"#bdbdbd\"><title>\(html(L("未定级", "not graded"))) \(ungraded)</title></rect>"
            x += width
        }
        if line.goodAboveCap { svg += "<text x=\"\(x + 6)\" y=\"\(y + 14)\" font-size=\"11\" fill=\"#c62828\">\(html(L("“好”超20%", "good above 20%")))</text>" }
    }
    var legendX = labelWidth
    let legendY = Double(lines.count) * rowHeight + 14
    for grade in OrganizationGrade.allCases {
        svg += "<rect x=\"\(legendX)\" y=\"\(legendY)\" width=\"12\" height=\"12\" fill=\"\(colors[grade]!)\"/><text x=\"\(legendX + 16)\" y=\"\(legendY + 11)\" font-size=\"11\">\(html(grade.localized))</text>"
        legendX += 70
    }
    svg += "<rect x=\"\(legendX)\" y=\"\(legendY)\" width=\"12\" height=\"12\" fill=\"#bdbdbd\"/><text x=\"\(legendX + 16)\" y=\"\(legendY + 11)\" font-size=\"11\">\(html(L("未定级", "not graded")))</text></svg>"
    let headers = [L("党(工)委", "township"), L("村（社区）", "villages"), L("已定级", "graded")]
        + OrganizationGrade.allCases.map { L("初评", "initial ") + $0.localized } + OrganizationGrade.allCases.map { L("年度", "final ") + $0.localized }
        + [L("“好”上限（20%）", "good cap (20%)")]
    let rows = (lines + [distribution.total]).map { line -> String in
        let cells = [html(line.name), "\(line.organizations)", "\(line.graded)"] + OrganizationGrade.allCases.map { "\(line.initial[$0.rawValue] ?? 0)" }
            + OrganizationGrade.allCases.map { "\(line.final[$0.rawValue] ?? 0)" } + ["\(line.goodAllowed)" + (line.goodAboveCap ? html(L("（超出）", " (above)")) : "")]
        return "<tr\(line.goodAboveCap ? " class=\"late\"" : "")>" + cells.map { "<td>\($0)</td>" }.joined() + "</tr>"
    }.joined(separator: "\n")
    return """
    \(svg)
    <table class="grades"><thead><tr>\(headers.map { "<th>\(html($0))</th>" }.joined())</tr></thead><tbody>
    \(rows)
    </tbody></table>
    """
}
