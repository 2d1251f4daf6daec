import ArgumentParser
import Foundation
import TuixuanCore
import TuixuanStore

extension Candidates {
    struct Vetting: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "vetting", abstract: L("资格联审（第15步）：各部门对每名人选的回复", "joint vetting (step 15): each department's answer for each nominee"),
                                 subcommands: [Show.self, Answer.self])
        }

        struct Show: DatabaseCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(commandName: "show", abstract: L("联审矩阵：人选 × 部门", "the vetting matrix: nominee × department"))
            }

            @OptionGroup var global: GlobalOptions
            @OptionGroup var output: OutputOptions
            @OptionGroup var target: ElectionOption
            @Option(help: ArgumentHelp(L("格式：table、csv 或 xlsx（Excel，须用 --out）", "format: table, csv or xlsx (Excel, needs --out)"))) var format: Format = .table
            @Option(help: ArgumentHelp(L("写入文件（csv 或 xlsx）", "write to a file (csv or xlsx)"))) var out: String?
            @OptionGroup var csv: CSVOptions

            enum Format: String, ExpressibleByArgument { case table, csv, xlsx }

            func validate() throws {
                if format == .xlsx && out == nil { throw workbookNeedsOut() }
                if out != nil && format == .table { throw ValidationError(L("--out 用于 csv 或 xlsx 格式", "--out goes with --format csv or xlsx")) }
            }

            func run(_ db: AppDatabase) throws {
                let matrix = try db.vettingMatrix(election: target.election)
                if output.json {
                    print(try renderJSON(matrix))
                    return
                }
                if format != .table {
                    try emitTables([vettingTable(matrix)], workbook: format == .xlsx, out: out, csv: csv)
                    return
                }
                var table = TextTable(headers: [L("人选", "nominee")] + matrix.departments.map { uiLanguage == .zh ? $0.name.zh : $0.id })
                for row in matrix.rows {
                    table.add([row.name] + matrix.departments.map { dept in
                        guard let answer = row.answers[dept.id] else { return "·" }
                        return answer.clear ? "✓" : "✗"
                    })
                }
                print(table.render())
                print(L("✓ 无问题  ✗ 有问题  · 尚未回复（共缺\(matrix.missing)项）", "✓ clear  ✗ finding  · not yet answered (\(matrix.missing) missing)"))
                for row in matrix.rows {
                    for dept in matrix.departments {
                        if let answer = row.answers[dept.id], !answer.clear { print("  ✗ \(row.name) — \(dept.name.localized)" + L("：", ": ") + (answer.detail ?? "")) }
                    }
                }
            }
        }

        struct Answer: DatabaseCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(commandName: "answer", abstract: L("记录某部门的回复（县委组织部）", "record a department's answer (county)"),
                                     discussion: L("不指定 --member 时，对该部门尚未回复的全部人选记为“无问题”。有问题的回复用 --finding --detail；若属不得情形，加 --bar 序号。",
                                                   "Without --member, every nominee the department has not answered for is recorded as clear. A finding: --finding --detail, and --bar N for a bar."))
            }

            @OptionGroup var global: GlobalOptions
            @OptionGroup var actor: OperatorOptions
            @OptionGroup var target: ElectionOption
            @Option(help: ArgumentHelp(L("部门代码或名称，如 police 或 公安局；all（全部）为各部门均无问题", "department id or name, e.g. police; all: every department, nothing found"))) var department: String
            @Option(help: ArgumentHelp(L("人选（省略则为全部未回复的人选）", "nominee (all not yet answered when omitted)"))) var member: String?
            @Flag(help: ArgumentHelp(L("有问题", "a finding"))) var finding = false
            @Option(help: ArgumentHelp(L("具体情况", "the facts"))) var detail: String?
            @Option(help: ArgumentHelp(L("属于第几项不得情形（1–11）", "the bar it falls under (1–11)"))) var bar: Int?

            func validate() throws {
                if finding && member == nil { throw ValidationError(L("有问题的回复须指明人选（--member）", "a finding names the nominee (--member)")) }
                if bar != nil && !finding { throw ValidationError(L("--bar 须与 --finding 同用", "--bar goes with --finding")) }
                if let bar, DisqualifyingCondition(rawValue: bar) == nil { throw ValidationError(L("--bar 应为1到11", "--bar is 1 to 11")) }
            }

            func run(_ db: AppDatabase) throws {
                let (count, name) = try db.recordVetting(by: actor.resolved, election: target.election, department: department, member: member,
                                                         clear: !finding, detail: detail, bar: bar.flatMap(DisqualifyingCondition.init(rawValue:)))
                print(L("已记录\(name.zh)的回复\(count)项", "recorded \(count) answer(s) from the \(name.en)"))
            }
        }
    }

    struct Publicity: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "publicity", abstract: L("公示与反映（第17、18步）", "publicity and objections (steps 17, 18)"),
                                 subcommands: [Start.self, Object.self, Resolve.self, List.self])
        }

        struct Start: DatabaseCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(commandName: "start", abstract: L("开始公示候选人预备人选（默认5天）", "publish the prospective candidates (5 days by default)"))
            }

            @OptionGroup var global: GlobalOptions
            @OptionGroup var actor: OperatorOptions
            @OptionGroup var target: ElectionOption
            @Option(help: ArgumentHelp(L("公示开始日期", "first day"))) var start: CivilDate
            @Option(help: ArgumentHelp(L("公示天数", "days"))) var days: Int?
            @Option(help: ArgumentHelp(L("公示地点或方式", "where"))) var place: String

            func run(_ db: AppDatabase) throws {
                let period = try db.startPublicity(by: actor.resolved, election: target.election, start: start, days: days, place: place)
                print(L("公示期：\(period.start)至\(period.end)（\(period.days)天），\(place)", "publicity: \(period.start) to \(period.end) (\(period.days) days), \(place)"))
            }
        }

        struct Object: DatabaseCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(commandName: "object", abstract: L("记录公示期间收到的反映", "record an objection received during publicity"))
            }

            @OptionGroup var global: GlobalOptions
            @OptionGroup var actor: OperatorOptions
            @OptionGroup var target: ElectionOption
            @Option(help: ArgumentHelp(L("被反映的人选", "the candidate concerned"))) var member: String
            @Option(help: ArgumentHelp(L("收到日期", "date received"))) var received: CivilDate
            @Option(help: ArgumentHelp(L("反映内容", "what was said"))) var summary: String

            func run(_ db: AppDatabase) throws {
                let id = try db.recordObjection(by: actor.resolved, election: target.election, member: member, received: received, summary: summary)
                print(L("已登记反映 #\(id)，办结前不能上报请示", "objection #\(id) recorded; the list cannot go forward until it is resolved"))
            }
        }

        struct Resolve: DatabaseCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(commandName: "resolve", abstract: L("办结反映：属实（取消人选资格）或不属实", "resolve an objection: upheld (the person leaves the list) or dismissed"))
            }

            @OptionGroup var global: GlobalOptions
            @OptionGroup var actor: OperatorOptions
            @OptionGroup var target: ElectionOption
            @Argument(help: ArgumentHelp(L("反映编号", "objection number"))) var id: Int64
            @Option(help: ArgumentHelp(L("核实结论：upheld（属实）或 dismissed（不属实）", "upheld or dismissed"))) var outcome: Outcome
            @Option(help: ArgumentHelp(L("核实情况", "the finding"))) var reason: String

            enum Outcome: String, ExpressibleByArgument { case upheld, dismissed }

            func run(_ db: AppDatabase) throws {
                let name = try db.resolveObjection(by: actor.resolved, election: target.election, objection: id, upheld: outcome == .upheld, reason: reason)
                print(outcome == .upheld ? L("反映属实，\(name)已移出候选人预备人选；请重新核对差额", "upheld: \(name) leaves the list; check the margin again")
                                         : L("反映不属实，已办结", "dismissed"))
            }
        }

        struct List: DatabaseCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(commandName: "list", abstract: L("列出反映及办结情况", "list objections and their resolution"))
            }

            @OptionGroup var global: GlobalOptions
            @OptionGroup var output: OutputOptions
            @OptionGroup var target: ElectionOption

            func run(_ db: AppDatabase) throws {
                let list = try db.objections(election: target.election)
                if output.json {
                    print(try renderJSON(list))
                    return
                }
                var table = TextTable(headers: ["#", L("人选", "candidate"), L("收到", "received"), L("内容", "summary"), L("结论", "outcome")])
                for o in list {
                    let outcome = o.resolution.map { ($0 == "upheld" ? L("属实", "upheld") : L("不属实", "dismissed")) + "：" + (o.reason ?? "") } ?? L("待办结", "open")
                    table.add(["\(o.id)", o.name, o.received.description, o.summary, outcome])
                }
                print(table.render())
            }
        }
    }

    struct Approve: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "approve",
                abstract: L("审批候选人预备人选（第18步）", "approve the prospective candidates (step 18)"),
                discussion: L("list：乡镇党委批复名单（乡镇指导组）；secretary：书记候选人预备人选，须乡镇党委书记、县委组织部分管副部长签字确认和县领导小组审定，各自以本人角色办理。批准后名单如有改动，须重新审批。",
                              "list: the township approves the list; secretary: the secretary nominee, signed off by the township secretary and the county deputy head and approved by the county leading group, each in their own role. Any later change to the list needs the approvals again."))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: ElectionOption
        @Option(help: ArgumentHelp(L("审批事项：list 或 secretary", "what: list or secretary"))) var what: What
        @Option(help: ArgumentHelp(L("意见", "note"))) var note: String?

        enum What: String, ExpressibleByArgument { case list, secretary }

        func run(_ db: AppDatabase) throws {
            try db.approveCandidacy(by: actor.resolved, election: target.election, subject: what == .list ? .candidateList : .secretaryNominee, note: note)
            let subject = what == .list ? L("候选人预备人选名单", "the list of prospective candidates") : L("书记候选人预备人选", "the secretary nominee")
            print(L("已审批\(subject)（\(actor.resolved ?? "")）；名单此后如有改动须重新审批", "approved \(subject) (\(actor.resolved ?? "")); any later change to the list needs approval again"))
        }
    }

    struct Pledge: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "pledge", abstract: L("记录候选人、“两委”班子成员和工作人员签订的纪律承诺（第19步）", "record the discipline pledges of candidates, the outgoing committee and the staff (step 19)"),
                discussion: L("候选人预备人选的承诺须公示（--published-on）；上届委员会成员用 --member 记录签订日期；指导组成员（工作人员）用 --staff 姓名。",
                              "Candidates' pledges are published (--published-on); outgoing committee members with --member and the date signed; guidance group members (the staff) with --staff NAME."))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: ElectionOption
        @Option(help: ArgumentHelp(L("候选人或上届委员会成员（省略则为全部候选人预备人选）", "candidate or outgoing member (all prospective candidates when omitted)"))) var member: String?
        @Option(help: ArgumentHelp(L("指导组成员（工作人员）姓名", "a guidance group member (staff)"))) var staff: String?
        @Option(help: ArgumentHelp(L("签订日期", "date signed"))) var signedOn: CivilDate
        @Option(help: ArgumentHelp(L("承诺书文件（留存SHA-256）", "the signed pledge file (its SHA-256 is kept)"))) var document: String?
        @Option(help: ArgumentHelp(L("公示日期", "date published"))) var publishedOn: CivilDate?

        func validate() throws {
            if staff != nil && (member != nil || publishedOn != nil || document != nil) {
                throw ValidationError(L("--staff 不与 --member、--published-on、--document 同用", "--staff goes without --member, --published-on and --document"))
            }
        }

        func run(_ db: AppDatabase) throws {
            if let staff {
                try db.recordStaffPledge(by: actor.resolved, election: target.election, name: staff, signedOn: signedOn)
                print(L("已记录工作人员\(staff)的纪律承诺", "recorded \(staff)'s pledge"))
                return
            }
            let sha = try document.map { AppDatabase.sha256Hex(try readFileBytes($0)) }
            let count = try db.recordPledge(by: actor.resolved, election: target.election, member: member, signedOn: signedOn, documentSHA256: sha, publishedOn: publishedOn)
            print(L("已记录纪律承诺\(count)份", "recorded \(count) pledge(s)"))
        }
    }
}


extension Candidates {
    struct Ballot: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "ballot",
                abstract: L("由批准的名单生成委员选举票：html（A4打印）、pdf、csv 或 xlsx（计票人填写的模板）或 text", "make the committee ballot from the approved list: html (A4), pdf, csv or xlsx (the tellers' template) or text"),
                discussion: L("候选人以姓氏笔画为序。csv 模板每行一张票（按清点顺序），○/O/Y 赞成、×/X/N 不赞成、空白（或 . - _）弃权，其他写法（包括 0）由监票人裁定，另选他人填姓名和标记。",
                              "Candidates by surname strokes. The csv template has one row per ballot in the counted stack: ○/O/Y yes, ×/X/N no, empty (or . - _) abstain, anything else (0 included) ruled on by the scrutineers; write-ins as a name and a mark.")
                    + L("\npdf 由 weasyprint 从 html 生成（apt-get install weasyprint fonts-noto-cjk），须用 --out 指定文件；xlsx 同样须用 --out。", "\npdf is made from the html by weasyprint (apt-get install weasyprint fonts-noto-cjk) and needs --out; so does xlsx."))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var target: ElectionOption
        @Option(help: ArgumentHelp(L("格式：html、pdf、csv、xlsx 或 text", "format: html, pdf, csv, xlsx or text"))) var format: Format = .text
        @Option(help: ArgumentHelp(L("写入文件（默认输出到屏幕）", "write to a file (default: standard output)"))) var out: String?
        @OptionGroup var csv: CSVOptions

        enum Format: String, ExpressibleByArgument { case html, pdf, csv, xlsx, text }

        func validate() throws {
            if format == .pdf && out == nil { throw ValidationError(L("pdf 须用 --out 指定输出文件", "pdf needs --out")) }
            if format == .xlsx && out == nil { throw workbookNeedsOut() }
        }

        func run(_ db: AppDatabase) throws {
            let ballot = try db.ballot(election: target.election)
            let (design, expected, congress) = (ballot.design, ballot.expectedAttendance, ballot.congressDate)
            if format == .pdf, let out {
                try renderPDF(html: ballotHTML(design, electionDate: congress), to: out)
                print(L("已写入 \(out)", "written: \(out)"))
                return
            }
            if !output.json && (format == .csv || format == .xlsx) {
                try emitTables([countingTemplateTable(candidates: design.candidates, writeInSlots: design.writeInSlots, rows: expected)],
                               workbook: format == .xlsx, out: out, csv: csv)
                return
            }
            let text: String
            if output.json {
                text = try renderJSON(design)
            } else {
                switch format {
                case .html, .pdf: text = ballotHTML(design, electionDate: congress)
                case .csv, .xlsx: text = ""
                case .text: text = ballotText(design)
                }
            }
            guard let out else {
                print(text)
                return
            }
            try writeOutputFile(Data(text.utf8), to: out)
            print(L("已写入 \(out)", "written: \(out)"))
        }
    }
}

/// Renders HTML to PDF with weasyprint, a maintained HTML/CSS-to-PDF renderer (Debian: weasyprint).
func renderPDF(html: String, to path: String) throws {
    guard let tool = executableOnPath("weasyprint") else {
        throw UserFacingError(message: L("生成PDF需要 weasyprint：apt-get install weasyprint fonts-noto-cjk（也可用 --format html 后在浏览器中打印）",
                                         "PDF needs weasyprint: apt-get install weasyprint fonts-noto-cjk (or use --format html and print from a browser)"),
                              status: ExitStatus.refused)
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = ["--encoding", "utf-8", "-", path]
    let input = Pipe()
    let errors = Pipe()
    process.standardInput = input
    process.standardError = errors
    try process.run()
    input.fileHandleForWriting.write(Data(html.utf8))
    try input.fileHandleForWriting.close()
    let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        throw UserFacingError(message: L("weasyprint 生成PDF失败：\(message)", "weasyprint failed: \(message)"), status: ExitStatus.refused)
    }
}
