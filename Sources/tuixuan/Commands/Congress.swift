import ArgumentParser
import Foundation
import TuixuanCore
import TuixuanStore

struct Congress: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "congress",
            abstract: L("党员大会（第20–27步）：选举办法、监票计票人员、签到与法定人数、计票结果报告", "the members' congress (steps 20–27): method, officers, attendance and quorum, the count report"),
            subcommands: [Method.self, Officers.self, CheckIn.self, Quorum.self, Next.self, ReduceSeats.self, ProposeNominee.self, Adjourn.self, Report.self])
    }

    struct Method: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "method", abstract: L("记录大会通过的选举办法", "record the election method the congress adopted"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: ElectionOption
        @Option(help: ArgumentHelp(L("当选票数基数：expected（应到会）或 present（实到会），默认按规则集", "threshold base: expected or present (default: the rule set's)"))) var thresholdBase: RuleSet.ThresholdRule.Base?
        @Option(help: ArgumentHelp(L("会议有效：moreThan（超过4/5）或 atLeast（不少于4/5），默认按规则集", "quorum: moreThan or atLeast four fifths (default: the rule set's)"))) var quorum: RuleSet.QuorumRule.Comparison?
        @Option(help: ArgumentHelp(L("书记选举方式：indirect（委员会第一次全体会议选举，默认）或 direct（党员大会直接选举）", "secretary: indirect (default) or direct"))) var secretary: ElectionMethod.SecretaryMode = .indirect
        @Option(help: ArgumentHelp(L("另行选举至多进行几次（选举办法有规定时；不填则不限，条例未作限制）", "how many further rounds the method allows (leave out for no limit: the 条例 sets none)"))) var furtherRounds: Int?
        @Option(help: ArgumentHelp(L("通过日期（默认今天）", "date adopted (default today)"))) var on: CivilDate?

        func run(_ db: AppDatabase) throws {
            let method = try db.adoptMethod(by: actor.resolved, election: target.election, thresholdBase: thresholdBase, quorumComparison: quorum,
                                            secretaryMode: secretary, adoptedOn: on ?? db.today, furtherRoundLimit: furtherRounds)
            print(L("选举办法：当选须超过\(method.thresholdBase == .expected ? "应到会" : "实到会")有选举权党员的半数；到会须\(method.quorumComparison == .moreThan ? "超过" : "不少于")应到会人数的五分之四；书记\(method.secretaryMode == .indirect ? "由委员会第一次全体会议选举" : "由党员大会直接选举")",
                    "method: elected with more than half of those \(method.thresholdBase == .expected ? "expected" : "present"); quorum \(method.quorumComparison == .moreThan ? "more than" : "at least") four fifths; secretary \(method.secretaryMode.rawValue)")
                  + (method.furtherRoundLimit.map { L("；另行选举至多\($0)次", "; at most \($0) further round(s)") } ?? L("；另行选举次数不限", "; further rounds not limited")))
        }
    }

    struct Officers: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "officers", abstract: L("确定总监票人、监票人和计票人（候选人不能担任）", "name the chief scrutineer, scrutineers and tellers (never a candidate)"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: ElectionOption
        @Option(help: ArgumentHelp(L("总监票人", "chief scrutineer"))) var chief: String
        @Option(name: .customLong("scrutineer"), help: ArgumentHelp(L("监票人；可多次给出", "scrutineer; repeatable"))) var scrutineers: [String] = []
        @Option(name: .customLong("teller"), help: ArgumentHelp(L("计票人（党员，非候选人）；可多次给出", "teller (a member, not a candidate); repeatable"))) var tellers: [String] = []
        @Option(name: .customLong("staff-teller"), help: ArgumentHelp(L("由工作人员担任的计票人，姓名:单位职务；可多次给出", "a teller from the meeting's staff, NAME:POSITION; repeatable")))
        var staffTellers: [String] = []

        func run(_ db: AppDatabase) throws {
            let staff = staffTellers.map { entry -> (name: String, position: String) in
                let parts = entry.split(separator: ":", maxSplits: 1).map(String.init)
                return (parts[0], parts.count > 1 ? parts[1] : "")
            }
            try db.appointOfficers(by: actor.resolved, election: target.election, chief: chief, scrutineers: scrutineers, tellers: tellers, staffTellers: staff)
            let all = tellers + staff.map(\.name)
            print(L("总监票人：\(chief)；监票人：\(scrutineers.joined(separator: "、"))；计票人：\(all.joined(separator: "、"))",
                    "chief scrutineer: \(chief); scrutineers: \(scrutineers.joined(separator: ", ")); tellers: \(all.joined(separator: ", "))"))
        }
    }

    struct CheckIn: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "check-in", abstract: L("签到：本人到会的有选举权党员（不得委托）", "check in members present in person (no proxies)"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: ElectionOption
        @Option(name: .customLong("member"), help: ArgumentHelp(L("党员：姓名、身份证号或#编号；可多次给出", "member: name, ID number or #number; repeatable"))) var members: [String] = []
        @Option(help: ArgumentHelp(L("从文件读取到会名单：每行一人，或带表头（姓名、身份证号、签到）的签到表（Excel 或 CSV）",
                                     "read the attendees from a file: one a line, or a sign-in table with a header (姓名, 身份证号, 签到), Excel or CSV"))) var file: String?
        @OptionGroup var sheet: SheetOption
        @Option(help: ArgumentHelp(L("会议：congress（党员大会）或 committee（新一届委员会第一次全体会议）", "body: congress, or committee (the new committee's first plenary)"))) var body: VotingBody = .congress

        func run(_ db: AppDatabase) throws {
            var names = members
            if let file {
                let table = try readTable(file, encoding: nil, sheet: sheet.sheet, headerWords: CheckInColumns.headerWords)
                do { names += try parseCheckInList(table.records).map(\.reference) } catch { throw rejected(error, table: table) }
            }
            let status = try db.checkIn(by: actor.resolved, election: target.election, body: body, members: names)
            printQuorum(status)
        }
    }

    struct Quorum: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "quorum", abstract: L("到会人数与法定人数", "attendance and quorum"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var target: ElectionOption
        @Option(help: ArgumentHelp(L("会议：congress 或 committee", "body: congress or committee"))) var body: VotingBody = .congress

        func run(_ db: AppDatabase) throws {
            let status = try db.quorum(election: target.election, body: body)
            if output.json { print(try renderJSON(status)) } else { printQuorum(status) }
        }
    }

    struct ProposeNominee: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "propose-nominee",
                                 abstract: L("另提人选：书记（副书记）候选人预备人选未当选委员，或该职务选举未选出时，由乡镇党委从当选委员中另提人选并报县委组织部，再行选举",
                                             "when the secretary (deputy) nominee was not elected to the committee, or the post's vote elected no one, the township proposes another from the elected committee, tells the county, and the vote is held again"))
        }

        enum PostArgument: String, ExpressibleByArgument, CaseIterable {
            case secretary, deputy
            var post: Post { self == .secretary ? .secretary : .deputySecretary }
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: ElectionOption
        @Option(help: ArgumentHelp(L("职务：secretary（书记）或 deputy（副书记）", "post: secretary or deputy"))) var post: PostArgument = .secretary
        @Option(help: ArgumentHelp(L("另提的人选（须为当选委员）", "the nominee proposed (one of the elected committee)"))) var member: String
        @Option(help: ArgumentHelp(L("理由（乡镇党委研究意见）", "the reason (the township committee's decision)"))) var reason: String
        @Option(help: ArgumentHelp(L("报告县委组织部的日期（默认今天）", "date the county was told (default today)"))) var countyToldOn: CivilDate?

        func run(_ db: AppDatabase) throws {
            try db.proposeNominee(by: actor.resolved, election: target.election, post: post.post, member: member, reason: reason,
                                  countyToldOn: countyToldOn ?? db.today)
            print(L("已记录：乡镇党委另提\(member)为\(post.post.localized)人选，并报县委组织部；请再次进行\(post.post.localized)选举（tuixuan round open --kind \(post.rawValue)）",
                    "recorded: the township proposes \(member) for \(post.post.localized) and has told the county; hold the vote again (tuixuan round open --kind \(post.rawValue))"))
        }
    }

    struct Next: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "next", abstract: L("大会进行到哪里、下一步做什么（休会、无效轮次、决胜、另行选举、另提人选）",
                                                               "where the congress stands and what comes next (adjourned, a void round, a run-off, a further round, a new nominee)"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var target: ElectionOption

        func run(_ db: AppDatabase) throws {
            guard let next = try db.congressNext(election: target.election) else { throw Refusal.methodNotAdopted }
            if output.json { print(try renderJSON(next)) } else { print(nextText(next)) }
        }
    }

    struct Adjourn: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "adjourn",
                                 abstract: L("休会：到会不足法定人数，或另行选举后仍未选满并报乡镇党委；另定日期复会，复会时重新签到（应到会人数不变）",
                                             "adjourn: no quorum, or seats still empty after the further rounds, reported to the township; the congress meets again on another date with a new check-in (the expected attendance stands)"))
        }

        enum ReasonArgument: String, ExpressibleByArgument, CaseIterable {
            case noQuorum = "no-quorum", seatsUnfilled = "seats-unfilled"
            var reason: AdjournmentReason { self == .noQuorum ? .noQuorum : .seatsUnfilled }
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: ElectionOption
        @Option(help: ArgumentHelp(L("原因：no-quorum（不足法定人数）或 seats-unfilled（名额未选满，报乡镇党委）", "reason: no-quorum, or seats-unfilled (reported to the township)"))) var reason: ReasonArgument
        @Option(help: ArgumentHelp(L("情况和决定（如：乡镇党委意见）", "what happened and what was decided (e.g. the township's view)"))) var note: String
        @Option(help: ArgumentHelp(L("休会日期（默认今天）", "date adjourned (default today)"))) var on: CivilDate?
        @Option(help: ArgumentHelp(L("复会日期", "date the congress meets again"))) var reconveneOn: CivilDate

        func run(_ db: AppDatabase) throws {
            let adjournment = try db.adjournCongress(by: actor.resolved, election: target.election, reason: reason.reason, note: note,
                                                     adjournedOn: on ?? db.today, reconveneOn: reconveneOn)
            print(adjournmentText(adjournment))
        }
    }

    struct ReduceSeats: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "reduce-seats",
                                 abstract: L("委员未选满时，经到会有选举权党员过半数同意，减少职数至已当选人数（不低于职数下限）",
                                             "with seats still empty, reduce them to those elected with the consent of more than half of those present (not below the minimum)"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: ElectionOption
        @Option(help: ArgumentHelp(L("同意减少职数的人数", "members who consented"))) var votesFor: Int
        @Option(help: ArgumentHelp(L("表决日期（默认今天）", "date decided (default today)"))) var on: CivilDate?

        func run(_ db: AppDatabase) throws {
            let seats = try db.reduceSeats(by: actor.resolved, election: target.election, votesFor: votesFor, decidedOn: on ?? db.today)
            print(L("经表决，委员职数减少为\(seats)名", "the seats are reduced to \(seats)"))
        }
    }

    struct Report: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "report", abstract: L("计票结果报告单：每一轮的应到、实到、发出、收回、有效、无效、得票和当选，及监票人、计票人", "the count report: each round's figures, votes and results, with the scrutineers and tellers"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var target: ElectionOption
        @Option(help: ArgumentHelp(L("格式：text、html、pdf、csv 或 xlsx", "format: text, html, pdf, csv or xlsx"))) var format: ReportFormat = .text
        @Option(help: ArgumentHelp(L("写入文件", "write to a file"))) var out: String?
        @OptionGroup var csv: CSVOptions

        enum ReportFormat: String, ExpressibleByArgument { case text, html, pdf, csv, xlsx }

        func validate() throws {
            if format == .pdf && out == nil { throw ValidationError(L("pdf 须用 --out 指定输出文件", "pdf needs --out")) }
            if format == .xlsx && out == nil { throw workbookNeedsOut() }
        }

        func run(_ db: AppDatabase) throws {
            let report = try db.countReport(election: target.election)
            if !output.json && (format == .csv || format == .xlsx) {
                try emitTables([countReportTable(report)], workbook: format == .xlsx, out: out, csv: csv)
                return
            }
            let text: String
            if output.json {
                text = try renderJSON(report)
            } else {
                switch format {
                case .text: text = countReportText(report)
                case .html: text = countReportHTML(report)
                case .pdf:
                    try renderPDF(html: countReportHTML(report), to: out!)
                    print(L("已写入 \(out!)", "written: \(out!)"))
                    return
                case .csv, .xlsx: text = ""
                }
            }
            if let out {
                try writeOutputFile(Data(text.utf8), to: out)
                print(L("已写入 \(out)", "written: \(out)"))
            } else {
                print(text)
            }
        }
    }
}

func printQuorum(_ status: QuorumStatus) {
    let rule = status.comparison == .moreThan ? L("超过", "more than") : L("不少于", "at least")
    print(L("\(status.body.localized)：应到\(status.expected)人，实到\(status.present)人，须\(rule)五分之四（至少\(status.needed)人）——\(status.quorate ? "符合法定人数，可以进行选举" : "未达法定人数")",
            "\(status.body): \(status.present) present of \(status.expected) expected; needs \(rule) four fifths (\(status.needed)) — \(status.quorate ? "quorate" : "not quorate")"))
}


