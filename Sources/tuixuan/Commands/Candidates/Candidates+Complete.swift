import ArgumentParser
import Foundation
import TuixuanCore
import TuixuanStore

extension Candidates {
    /// 补足候选人: after a cancelled candidacy leaves the ballot below the margin.
    struct Complete: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "complete",
                abstract: L("取消候选人资格后选票差额不足时，按程序补足候选人（乡镇党委）", "complete the list when a cancelled candidacy leaves the ballot below the margin (township)"),
                discussion: L("补足的人选须已被推荐、经各部门资格联审（新人选单独联审）、符合资格条件、经考察身体健康；先提出并公示（方案规定的天数），公示期满、纪律承诺签订并公示后由乡镇党委批准，列入候选人预备人选和选票。只能在委员选举投票开始前办理，人数以补足差额为限。",
                              "Whoever completes the list was recommended, vetted by every department (a newcomer on his own), is eligible and found fit; he is proposed and published for the plan's days, then approved by the township once the publicity is over and his pledge signed and published: he joins the prospective list and the ballot. Only before the committee vote, and only as many as the margin lacks."),
                subcommands: [Propose.self, Approve.self, Withdraw.self, Show.self])
        }

        struct Propose: DatabaseCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(commandName: "propose", abstract: L("提出补足的人选并开始公示", "propose a person to complete the list and start the publicity"))
            }

            @OptionGroup var global: GlobalOptions
            @OptionGroup var actor: OperatorOptions
            @OptionGroup var target: ElectionOption
            @Option(help: ArgumentHelp(L("补足的人选", "the person"))) var member: String
            @Option(help: ArgumentHelp(L("原因（至少4个字）", "the reason (at least 4 letters)"))) var reason: String
            @Option(help: ArgumentHelp(L("公示开始日期（默认今天）", "first day of the publicity (default today)"))) var start: CivilDate?
            @Option(help: ArgumentHelp(L("公示地点或方式", "where it is published"))) var place: String

            func run(_ db: AppDatabase) throws {
                try db.proposeCompletion(by: actor.resolved, election: target.election, member: member, reason: reason, publicityStart: start ?? db.today, place: place)
                let proposed = try db.listCompletions(election: target.election).first { $0.name == member }
                print(L("已提出补足\(member)为候选人，公示至\(proposed?.publicity.end.description ?? "")；期满后用 tuixuan candidates complete approve 批准",
                        "proposed \(member) to complete the list; published until \(proposed?.publicity.end.description ?? ""); approve after it with tuixuan candidates complete approve"))
            }
        }

        struct Approve: DatabaseCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(commandName: "approve", abstract: L("公示期满后批准补足的人选（须已签订并公示纪律承诺）", "approve the person after the publicity (his pledge signed and published)"))
            }

            @OptionGroup var global: GlobalOptions
            @OptionGroup var actor: OperatorOptions
            @OptionGroup var target: ElectionOption
            @Option(help: ArgumentHelp(L("补足的人选", "the person"))) var member: String
            @Option(help: ArgumentHelp(L("纪律承诺签订日期", "date the pledge was signed"))) var pledgeSignedOn: CivilDate
            @Option(help: ArgumentHelp(L("纪律承诺公示日期", "date the pledge was published"))) var pledgePublishedOn: CivilDate

            func run(_ db: AppDatabase) throws {
                try db.approveCompletion(by: actor.resolved, election: target.election, member: member, pledgeSignedOn: pledgeSignedOn, pledgePublishedOn: pledgePublishedOn)
                print(L("已批准：\(member)列入候选人预备人选和选票", "approved: \(member) joins the prospective list and the ballot"))
            }
        }

        struct Withdraw: DatabaseCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(commandName: "withdraw", abstract: L("撤回尚未批准的补足人选（如公示期间查实不得情形），以便另提人选", "withdraw a proposal not yet approved (found barred during the publicity, say), so another can be proposed"))
            }

            @OptionGroup var global: GlobalOptions
            @OptionGroup var actor: OperatorOptions
            @OptionGroup var target: ElectionOption
            @Option(help: ArgumentHelp(L("补足的人选", "the person"))) var member: String
            @Option(help: ArgumentHelp(L("原因（至少4个字）", "the reason (at least 4 letters)"))) var reason: String

            func run(_ db: AppDatabase) throws {
                try db.withdrawCompletion(by: actor.resolved, election: target.election, member: member, reason: reason)
                print(L("已撤回补足\(member)为候选人的提议", "withdrew the proposal of \(member)"))
            }
        }

        struct Show: DatabaseCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(commandName: "show", abstract: L("补足的候选人及其公示、批准情况", "the completions, their publicity and approval"))
            }

            @OptionGroup var global: GlobalOptions
            @OptionGroup var output: OutputOptions
            @OptionGroup var target: ElectionOption

            func run(_ db: AppDatabase) throws {
                let completions = try db.listCompletions(election: target.election)
                if output.json {
                    print(try renderJSON(completions.map(CompletionJSON.init)))
                    return
                }
                guard !completions.isEmpty else {
                    print(L("没有补足的候选人", "no completion"))
                    return
                }
                var table = TextTable(headers: [L("姓名", "name"), L("原因", "reason"), L("公示", "publicity"), L("批准", "approved")])
                for c in completions {
                    table.add([c.name, c.reason, "\(c.publicity.start)–\(c.publicity.end) \(c.place)", c.approvedOn?.description ?? L("待批准", "pending")])
                }
                print(table.render())
            }
        }
    }
}

/// `candidates complete show --json`: one completion.
struct CompletionJSON: Encodable {
    var name: String
    var reason: String
    var publicityStart: String
    var publicityEnd: String
    var place: String
    var approvedOn: String?

    init(_ c: ListCompletion) {
        name = c.name
        reason = c.reason
        publicityStart = c.publicity.start.description
        publicityEnd = c.publicity.end.description
        place = c.place
        approvedOn = c.approvedOn?.description
    }
}
