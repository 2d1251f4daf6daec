import ArgumentParser
import Foundation
import TuixuanCore
import TuixuanSpreadsheet
import TuixuanStore

struct Plan: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "plan", abstract: L("乡镇方案的时间要求", "the township plan's timetable"), subcommands: [Due.self])
    }

    struct Due: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "due", abstract: L("设定某一步在本乡镇的完成期限（逾期未完成的步骤在概况中标出）", "set a step's due date for a township (overdue steps show on the overview)"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @Option(help: ArgumentHelp(L("乡镇代码", "township code"))) var township: String
        @Option(help: ArgumentHelp(L("步骤序号", "step number"))) var step: Int
        @Option(help: ArgumentHelp(L("完成期限", "due date"))) var date: CivilDate

        func run(_ db: AppDatabase) throws {
            try db.setDueDate(by: actor.resolved, township: township, step: step, due: date)
            print(L("已设定：第\(step)步须于\(date)前完成", "step \(step) is due by \(date)"))
        }
    }
}

struct Overview: DatabaseCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "overview",
            abstract: L("县（乡镇）换届概况：每个村（社区）的阶段、最近完成的步骤、受阻原因、逾期步骤和待审核的结果", "the county (township) board: each village's phase, last step, blockers, overdue steps and results awaiting review"),
            discussion: L("可按阶段、受阻、逾期、待审核筛选；--format csv、xlsx（Excel，须用 --out）或 html（可打印的看板），--json 供脚本使用。",
                          "Filter by phase, blocked, overdue or awaiting review; --format csv, xlsx (Excel, needs --out) or html (a printable board); --json for scripts."))
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Option(help: ArgumentHelp(L("县或乡镇代码", "county or township code"))) var org: String
    @Option(help: ArgumentHelp(L("只看当前处于此阶段的：\(Procedure.builtInPhases.map { "\($0.title.zh)（\($0.id)）" }.joined(separator: "、"))",
                                 "only elections in this phase: \(Procedure.builtInPhases.map { "\($0.id) (\($0.title.en))" }.joined(separator: ", "))"))) var phase: String?

    func validate() throws {
        if format == .xlsx && out == nil { throw workbookNeedsOut() }
        if out != nil && format == .table { throw ValidationError(L("--out 用于 csv、xlsx 或 html 格式", "--out goes with --format csv, xlsx or html")) }
        if let phase, Procedure.builtInPhase(named: phase) == nil {
            throw ValidationError(L("--phase 不认识“\(phase)”，应为：\(Procedure.builtInPhases.map { "\($0.title.zh)（\($0.id)）" }.joined(separator: "、"))",
                                    "--phase: unknown \"\(phase)\"; one of: \(Procedure.builtInPhases.map { "\($0.id) (\($0.title.en))" }.joined(separator: ", "))"))
        }
    }
    @Flag(help: ArgumentHelp(L("只看有受阻步骤的", "only those with a blocked step"))) var blocked = false
    @Flag(help: ArgumentHelp(L("只看有逾期步骤的", "only those with an overdue step"))) var overdue = false
    @Flag(help: ArgumentHelp(L("只看结果待县里审核的", "only results awaiting the county's review"))) var awaitingReview = false
    @Option(help: ArgumentHelp(L("格式：table、csv、xlsx 或 html", "format: table, csv, xlsx or html"))) var format: Format = .table
    @Option(help: ArgumentHelp(L("写入文件（默认输出到屏幕）", "write to a file (default: standard output)"))) var out: String?
    @OptionGroup var csv: CSVOptions
    @Flag(help: ArgumentHelp(L("不用保存的概况，逐个按事实重新计算（用于核对）", "recompute every line from the facts instead of the kept board (to check it)"))) var live = false

    enum Format: String, ExpressibleByArgument { case table, csv, xlsx, html }

    struct Row: Encodable {
        var electionId: Int64
        var organizationCode: String
        var organizationName: String
        var townshipName: String?
        var phase: String?
        var phaseTitle: String
        var done: Int
        var total: Int
        var lastDoneStep: Int?
        var next: [Int]
        var blocked: [BlockedStep]
        var overdue: [OverdueStep]
        var awaitingReview: Bool
    }

    struct BlockedStep: Encodable { var step: Int; var reasons: [String] }
    struct OverdueStep: Encodable { var step: Int; var due: String }

    func run(_ db: AppDatabase) throws {
        let phaseID = phase.flatMap { Procedure.builtInPhase(named: $0)?.id }
        let rows = try db.overview(under: org, live: live).map(Row.init).filter { row in
            (phaseID == nil || row.phase == phaseID) && (!blocked || !row.blocked.isEmpty) && (!overdue || !row.overdue.isEmpty) && (!awaitingReview || row.awaitingReview)
        }
        if output.json {
            print(try renderJSON(rows))
            return
        }
        switch format {
        case .table:
            var table = TextTable(headers: [L("编号", "no."), L("村（社区）", "village"), L("乡镇", "township"), L("进度", "done"), L("阶段", "phase"),
                                            L("最近完成", "last"), L("下一步", "next"), L("受阻", "blocked"), L("逾期", "overdue"), L("待审核", "review")])
            for r in rows {
                table.add(["\(r.electionId)", r.organizationName, r.townshipName ?? "", "\(r.done)/\(r.total)", r.phaseTitle, r.lastDoneStep.map(String.init) ?? "",
                           r.next.map(String.init).joined(separator: ","), r.blocked.map { "\($0.step)" }.joined(separator: ","),
                           r.overdue.map { "\($0.step)(\($0.due))" }.joined(separator: ","), r.awaitingReview ? "✓" : ""])
            }
            if rows.isEmpty {
                print(L("没有符合条件的村（社区）", "no village matches"))
            } else {
                print(table.render())
                let phases = Dictionary(grouping: rows, by: \.phaseTitle).map { "\($0.key) \($0.value.count)" }.sorted().joined(separator: L("，", ", "))
                print(L("共\(rows.count)个村（社区）：\(phases)；受阻\(rows.filter { !$0.blocked.isEmpty }.count)个，逾期\(rows.filter { !$0.overdue.isEmpty }.count)个，待审核\(rows.filter(\.awaitingReview).count)个",
                    "\(rows.count) villages: \(phases); \(rows.filter { !$0.blocked.isEmpty }.count) blocked, \(rows.filter { !$0.overdue.isEmpty }.count) overdue, \(rows.filter(\.awaitingReview).count) awaiting review"))
            }
            // Organization health beside the elections, where there is any: the year's grades and the overdue measures.
            let (grades, overdueMeasures) = try health(db)
            if let grades {
                let total = grades.total
                let counts = OrganizationGrade.allCases.map { "\($0.localized)\(total.final[$0.rawValue] ?? 0)" }.joined(separator: L("，", ", "))
                let above = grades.townships.filter(\.goodAboveCap).map(\.name)
                print(L("\(grades.year)年度分类定级：\(total.organizations)个中已定级\(total.graded)个（\(counts)）\(above.isEmpty ? "" : "；“好”超20%：" + above.joined(separator: "、"))（tuixuan grading summary）",
                        "grading of \(grades.year): \(total.graded) of \(total.organizations) graded (\(counts))\(above.isEmpty ? "" : "; good above 20%: " + above.joined(separator: ", ")) (tuixuan grading summary)"))
            }
            if !overdueMeasures.isEmpty {
                print(L("整顿台账：逾期未完成的整改措施\(overdueMeasures.count)项（\(Set(overdueMeasures.map(\.organizationName)).sorted().joined(separator: "、"))；tuixuan rectification ledger）",
                        "rectification: \(overdueMeasures.count) overdue measure(s) (\(Set(overdueMeasures.map(\.organizationName)).sorted().joined(separator: ", ")); tuixuan rectification ledger)"))
            }
        case .csv, .xlsx:
            try emitTables([overviewTable(rows)], workbook: format == .xlsx, out: out, csv: csv)
        case .html:
            let (grades, overdueMeasures) = try health(db)
            let page = overviewHTML(rows, grades: grades, overdueMeasures: overdueMeasures)
            if let out {
                try writeOutputFile(Data(page.utf8), to: out)
                print(L("已写入 \(out)", "written: \(out)"))
            } else {
                print(page)
            }
        }
    }

    /// The board as a table for Excel or a script: step numbers as numbers, a village's code as text.
    func overviewTable(_ rows: [Row]) -> TableSheet {
        let columns = [TableColumn("编号", .number), TableColumn("代码", width: 14), TableColumn("村（社区）", width: 20), TableColumn("乡镇", width: 14),
                       TableColumn("已完成", .number), TableColumn("总步数", .number), TableColumn("阶段"), TableColumn("最近完成", .number),
                       TableColumn("下一步"), TableColumn("受阻"), TableColumn("逾期", width: 16), TableColumn("待审核")]
        return TableSheet(name: "换届选举概况", columns: columns, rows: rows.map { r in
            [String(r.electionId), r.organizationCode, r.organizationName, r.townshipName ?? "", String(r.done), String(r.total),
             r.phaseTitle, r.lastDoneStep.map(String.init) ?? "", r.next.map(String.init).joined(separator: " "),
             r.blocked.map { String($0.step) }.joined(separator: " "), r.overdue.map { "\($0.step)@\($0.due)" }.joined(separator: " "),
             r.awaitingReview ? "是" : ""]
        })
    }

    /// The organizations' health under `org`, for the board: the latest year's grade distribution (when any grading exists)
    /// and the rectifications' overdue measures.
    func health(_ db: AppDatabase) throws -> (GradeDistribution?, [OverdueMeasure]) {
        let grades = try db.latestGradingYear(under: org).map { try db.gradeDistribution(under: org, year: $0) }
        return (grades, try db.overdueMeasures(under: org))
    }

    func overviewHTML(_ rows: [Row], grades: GradeDistribution? = nil, overdueMeasures: [OverdueMeasure] = []) -> String {
        let body: [String] = rows.map { r -> String in
            let blockers: String = r.blocked.map { html(L("第\($0.step)步：", "step \($0.step): ") + $0.reasons.joined(separator: L("；", "; "))) }.joined(separator: "<br>")
            let overdue: String = r.overdue.map { html(L("第\($0.step)步（\($0.due)）", "step \($0.step) (\($0.due))")) }.joined(separator: L("、", ", "))
            let cells: [String] = [html(r.organizationName), html(r.townshipName ?? ""), "\(r.done)/\(r.total)", html(r.phaseTitle),
                                   html(r.next.map(String.init).joined(separator: L("、", ", "))), blockers, overdue, r.awaitingReview ? html(L("待审核", "awaiting review")) : ""]
            return "<tr\(r.overdue.isEmpty ? "" : " class=\"late\"")>" + cells.map { "<td>\($0)</td>" }.joined() + "</tr>"
        }
        let headers = [L("村（社区）", "village"), L("乡镇", "township"), L("进度", "done"), L("阶段", "phase"), L("下一步", "next"),
                       L("受阻原因", "blockers"), L("逾期步骤", "overdue"), L("结果", "result")]
        let title = L("换届选举概况（\(rows.count)个村、社区）", "Elections overview (\(rows.count) villages and communities)")
        return """
        <!DOCTYPE html>
        <html lang="\(L("zh-CN", "en"))"><head><meta charset="utf-8"><title>\(html(title))</title>
        <style>
          @page { size: A4 landscape; margin: 12mm; }
          body { font-family: "Noto Sans CJK SC", sans-serif; font-size: 10pt; }
          table { border-collapse: collapse; width: 100%; } th, td { border: 0.8pt solid #444; padding: 1.5mm; vertical-align: top; }
          thead { display: table-header-group; } tr { page-break-inside: avoid; }
          th { background: #eee; } tr.late td { background: #fdecea; }
          th, td:nth-child(-n+5) { white-space: nowrap; }
        </style></head><body>
        <h1>\(html(title))</h1>
        <table><thead><tr>\(headers.map { "<th>\(html($0))</th>" }.joined())</tr></thead>
        <tbody>
        \(body.joined(separator: "\n"))
        </tbody></table>\(healthHTML(grades, overdueMeasures))</body></html>
        """
    }
}


extension Overview {
    /// The board's section on organization health: the grade chart and table, and the overdue measures; empty where neither exists.
    func healthHTML(_ grades: GradeDistribution?, _ overdue: [OverdueMeasure]) -> String {
        var parts: [String] = []
        if let grades {
            parts.append("<style>\(gradeSectionStyle)</style><h2>\(html(L("\(grades.year)年度分类定级", "Grading of \(grades.year)")))</h2>" + gradeSectionHTML(grades))
        }
        if !overdue.isEmpty {
            let headers = [L("村（社区）", "village"), L("乡镇", "township"), L("问题", "problem"), L("整改措施", "measure"), L("责任人", "responsible"),
                           L("期限", "due"), L("逾期天数", "days over")]
            let rows = overdue.map { m in
                "<tr class=\"late\">" + [m.organizationName, m.township, m.problem, m.measure, m.responsible, m.dueOn.description, "\(m.daysOverdue)"]
                    .map { "<td>\(html($0))</td>" }.joined() + "</tr>"
            }
            parts.append("<h2>\(html(L("整顿台账：逾期未完成的整改措施", "Rectification: overdue measures")))</h2><table><thead><tr>"
                         + headers.map { "<th>\(html($0))</th>" }.joined() + "</tr></thead><tbody>" + rows.joined(separator: "\n") + "</tbody></table>")
        }
        return parts.isEmpty ? "" : "\n" + parts.joined(separator: "\n")
    }
}

extension Overview.Row {
    init(_ entry: BoardEntry) {
        let line = entry.line
        self.init(electionId: entry.summary.id, organizationCode: entry.summary.organizationCode, organizationName: entry.summary.organizationName,
                  townshipName: entry.summary.townshipName, phase: line.phase, phaseTitle: line.phaseTitle?.localized ?? L("已完成", "done"),
                  done: line.done, total: line.total, lastDoneStep: line.lastDoneStep, next: line.next,
                  blocked: line.blocked.map { Overview.BlockedStep(step: $0.step, reasons: $0.reasons.map(\.localized)) },
                  overdue: entry.overdue.map { Overview.OverdueStep(step: $0.step, due: $0.due.description) }, awaitingReview: line.awaitingReview)
    }
}

/// The board's rows as a JSON tree built directly: the county board writes 300 of them, and building each through the
/// generic encoder (a runtime type lookup per value) was a tenth of its time. The same keys as `Row`'s synthesized
/// encoding, nulls kept; `OverviewJSONTests` holds the two to the same text.
extension Overview.Row: JSONTreeConvertible {
    var jsonTree: JSONTree {
        func int(_ value: Int?) -> JSONTree { value.map { .scalar($0) } ?? .null }
        func text(_ value: String?) -> JSONTree { value.map { .scalar($0) } ?? .null }
        return .record([
            (key: "electionId", value: .scalar(electionId)), (key: "organizationCode", value: .scalar(organizationCode)),
            (key: "organizationName", value: .scalar(organizationName)), (key: "townshipName", value: text(townshipName)),
            (key: "phase", value: text(phase)), (key: "phaseTitle", value: .scalar(phaseTitle)), (key: "done", value: .scalar(done)),
            (key: "total", value: .scalar(total)), (key: "lastDoneStep", value: int(lastDoneStep)), (key: "next", value: .array(next.map { .scalar($0) })),
            (key: "blocked", value: .array(blocked.map { .record([(key: "step", value: .scalar($0.step)), (key: "reasons", value: .array($0.reasons.map { .scalar($0) }))]) })),
            (key: "overdue", value: .array(overdue.map { .record([(key: "step", value: .scalar($0.step)), (key: "due", value: .scalar($0.due))]) })),
            (key: "awaitingReview", value: .scalar(awaitingReview)),
        ])
    }
}
