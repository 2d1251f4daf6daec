import ArgumentParser
import Foundation
import TuixuanCore
import TuixuanStore

/// 上届委员会: the exit audit (step 3) and the democratic evaluation (step 7) of each outgoing member.
struct Outgoing: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "outgoing",
            abstract: L("上届委员会成员：离任审计（第3步）和任期述职民主评议（第7步），逐人记录", "the outgoing committee: each member's exit audit (step 3) and evaluation (step 7)"),
            subcommands: [Audit.self, Handled.self, Review.self, Show.self])
    }

    struct Audit: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "audit",
                abstract: L("记录一名上届委员会成员的离任经济责任审计结果（第3步）", "record one outgoing member's exit audit (step 3)"),
                discussion: L("未发现问题的不写 --problems；发现问题的，处理后用 tuixuan outgoing handled 记录处理情况，第3步须在问题处理后方可完成。",
                              "Leave out --problems when the audit found none; where it found some, record how they were dealt with using tuixuan outgoing handled: step 3 closes only then."))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: ElectionOption
        @Option(help: ArgumentHelp(L("上届委员会成员", "the outgoing member"))) var member: String
        @Option(help: ArgumentHelp(L("审计单位，如 乡镇农经站", "who audited, e.g. the township's rural economy station"))) var auditor: String
        @Option(help: ArgumentHelp(L("审计发现的问题（未发现问题则不写）", "the problems found (leave out when none)"))) var problems: String?
        @Option(help: ArgumentHelp(L("审计日期（默认今天）", "date of the audit (default today)"))) var on: CivilDate?

        func run(_ db: AppDatabase) throws {
            try db.recordExitAudit(by: actor.resolved, election: target.election, member: member, on: on ?? db.today, auditor: auditor, problems: problems)
            print(problems == nil ? L("已记录\(member)的离任审计结果：未发现问题", "recorded \(member)'s exit audit: no problem found")
                : L("已记录\(member)的离任审计结果：发现问题，处理后请用 tuixuan outgoing handled 记录", "recorded \(member)'s exit audit: problems found; record how they are dealt with using tuixuan outgoing handled"))
        }
    }

    struct Handled: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "handled",
                abstract: L("记录离任审计发现问题的处理情况（第3步）", "record how the problems an exit audit found were dealt with (step 3)"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: ElectionOption
        @Option(help: ArgumentHelp(L("上届委员会成员", "the outgoing member"))) var member: String
        @Option(help: ArgumentHelp(L("处理情况", "how the problems were dealt with"))) var handling: String
        @Option(help: ArgumentHelp(L("处理日期（默认今天）", "date (default today)"))) var on: CivilDate?

        func run(_ db: AppDatabase) throws {
            try db.recordExitAuditHandling(by: actor.resolved, election: target.election, member: member, on: on ?? db.today, handling: handling)
            print(L("已记录\(member)离任审计问题的处理情况", "recorded how \(member)'s audit problems were dealt with"))
        }
    }

    struct Review: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "review",
                abstract: L("记录一名上届委员会成员述职后的民主评议结果（第7步）", "record one outgoing member's democratic evaluation (step 7)"),
                discussion: L("票数为党员大会和村民代表会议评议票的合计；满意率=（满意+基本满意）/总票数，随人选一并显示。",
                              "The counts add up the members' congress's and the villagers' representatives' verdicts; the satisfaction rate, (satisfied + basically satisfied) / all, is shown with the nominee."))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: ElectionOption
        @Option(help: ArgumentHelp(L("上届委员会成员", "the outgoing member"))) var member: String
        @Option(help: ArgumentHelp(L("满意票数", "satisfied"))) var satisfied: Int
        @Option(help: ArgumentHelp(L("基本满意票数", "basically satisfied"))) var basicallySatisfied: Int
        @Option(help: ArgumentHelp(L("不满意票数", "dissatisfied"))) var dissatisfied: Int
        @Option(help: ArgumentHelp(L("评议日期（默认今天）", "date of the evaluation (default today)"))) var on: CivilDate?

        func validate() throws {
            for (name, value) in [("--satisfied", satisfied), ("--basically-satisfied", basicallySatisfied), ("--dissatisfied", dissatisfied)] where value < 0 {
                throw ValidationError(L("\(name) 不能为负数：\(value)", "\(name) cannot be negative: \(value)"))
            }
        }

        func run(_ db: AppDatabase) throws {
            try db.recordTermReview(by: actor.resolved, election: target.election, member: member, on: on ?? db.today,
                                    satisfied: satisfied, basicallySatisfied: basicallySatisfied, dissatisfied: dissatisfied)
            let review = TermReview(reviewedOn: on ?? db.today, satisfied: satisfied, basicallySatisfied: basicallySatisfied, dissatisfied: dissatisfied)
            print(L("已记录\(member)的民主评议结果：满意率\(review.satisfactionPercent)%", "recorded \(member)'s evaluation: \(review.satisfactionPercent)% satisfied"))
        }
    }

    struct Show: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "show", abstract: L("上届委员会成员及其离任审计、民主评议结果", "the outgoing committee with each member's audit and evaluation"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var target: ElectionOption

        func run(_ db: AppDatabase) throws {
            let members = try db.outgoingCommittee(election: target.election)
            if output.json {
                print(try renderJSON(members.map(OutgoingMemberJSON.init)))
                return
            }
            guard !members.isEmpty else {
                print(L("尚未登记上届委员会成员（tuixuan candidates incumbents）", "the outgoing committee is not recorded (tuixuan candidates incumbents)"))
                return
            }
            var table = TextTable(headers: [L("姓名", "name"), L("职务", "post"), L("离任审计", "exit audit"), L("民主评议", "evaluation")])
            for member in members {
                table.add([member.name, member.post.localized, exitAuditText(member.exitAudit), termReviewText(member.termReview)])
            }
            print(table.render())
        }
    }
}

/// 离任审计 in a few words: not recorded, clear, or the problems and whether they are dealt with.
func exitAuditText(_ audit: ExitAudit?) -> String {
    guard let audit else { return L("未记录", "not recorded") }
    guard let problems = audit.problems else { return L("\(audit.auditedOn) \(audit.auditor)：未发现问题", "\(audit.auditedOn) \(audit.auditor): no problem found") }
    if let handling = audit.handling, let on = audit.handledOn {
        return L("\(audit.auditedOn) \(audit.auditor)：发现\(problems)；已处理（\(on)）：\(handling)", "\(audit.auditedOn) \(audit.auditor): found \(problems); dealt with (\(on)): \(handling)")
    }
    return L("\(audit.auditedOn) \(audit.auditor)：发现\(problems)；尚未处理", "\(audit.auditedOn) \(audit.auditor): found \(problems); not yet dealt with")
}

/// 民主评议 in a few words: the counts and the satisfaction rate.
func termReviewText(_ review: TermReview?) -> String {
    guard let review else { return L("未记录", "not recorded") }
    return L("满意\(review.satisfied)、基本满意\(review.basicallySatisfied)、不满意\(review.dissatisfied)，满意率\(review.satisfactionPercent)%",
             "\(review.satisfied) satisfied, \(review.basicallySatisfied) basically, \(review.dissatisfied) dissatisfied: \(review.satisfactionPercent)% satisfied")
}

/// `outgoing show --json`: one member of the outgoing committee.
struct OutgoingMemberJSON: Encodable {
    struct AuditJSON: Encodable {
        var auditedOn: String
        var auditor: String
        var problems: String?
        var handling: String?
        var handledOn: String?
        var settled: Bool

        init(_ audit: ExitAudit) {
            auditedOn = audit.auditedOn.description
            auditor = audit.auditor
            problems = audit.problems
            handling = audit.handling
            handledOn = audit.handledOn?.description
            settled = audit.isSettled
        }
    }

    struct ReviewJSON: Encodable {
        var reviewedOn: String
        var satisfied: Int
        var basicallySatisfied: Int
        var dissatisfied: Int
        var satisfactionPercent: Int
    }

    var memberId: Int64
    var name: String
    var post: String
    var exitAudit: AuditJSON?
    var termReview: ReviewJSON?

    init(_ member: OutgoingMemberReport) {
        memberId = member.memberID
        name = member.name
        post = member.post.rawValue
        exitAudit = member.exitAudit.map(AuditJSON.init)
        termReview = member.termReview.map(OutgoingMemberJSON.reviewJSON)
    }

    static func reviewJSON(_ review: TermReview) -> ReviewJSON {
        ReviewJSON(reviewedOn: review.reviewedOn.description, satisfied: review.satisfied, basicallySatisfied: review.basicallySatisfied,
                   dissatisfied: review.dissatisfied, satisfactionPercent: review.satisfactionPercent)
    }
}
