import ArgumentParser
import TuixuanCore
import TuixuanStore

struct ResultCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "result",
            abstract: L("选举结果的批复和审核（第27步），以及此后的谈心谈话（第29步）", "approval and review of the result (step 27), and the talks after it (step 29)"),
            subcommands: [Approve.self, Review.self, VoidElection.self, Talk.self, Talks.self])
    }

    struct Approve: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "approve", abstract: L("乡镇党委批复选举结果（批复后结果锁定）", "the township approves the result (then it is locked)"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: ElectionOption
        @Option(help: ArgumentHelp(L("批复意见", "note"))) var note: String?

        func run(_ db: AppDatabase) throws {
            try db.approveResult(by: actor.resolved, election: target.election, note: note)
            print(L("已批复选举结果", "the result is approved"))
        }
    }

    struct Review: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "review", abstract: L("县委组织部审核：reviewed（审核通过）或 returned（退回并说明理由）", "the county reviews: reviewed, or returned with a reason"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: ElectionOption
        @Option(help: ArgumentHelp(L("审核结论", "outcome"))) var outcome: Outcome
        @Option(help: ArgumentHelp(L("审核意见（退回时必填；通过时默认“审核通过”）", "reasons (required to return; \"审核通过\" by default when reviewed)"))) var reason: String?

        enum Outcome: String, WordedArgument, CaseIterable {
            case reviewed, returned
            var words: LocalizedText {
                self == .reviewed ? LocalizedText(zh: "审核通过", en: "reviewed") : LocalizedText(zh: "退回", en: "returned")
            }
            var synonyms: [String] { self == .reviewed ? ["通过"] : [] }
        }

        func run(_ db: AppDatabase) throws {
            let reason = self.reason ?? (outcome == .reviewed ? "审核通过" : "")
            try db.reviewResult(by: actor.resolved, election: target.election, reviewed: outcome == .reviewed, reason: reason)
            print(outcome == .reviewed ? L("已审核通过", "reviewed") : L("已退回：\(reason)", "returned: \(reason)"))
        }
    }
}

extension ResultCommand {
    struct Talk: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "talk",
                abstract: L("记录乡镇党委与一名落选或不再继续提名的同志的谈心谈话（第29步）", "record the township's talk with one person who lost or was not renominated (step 29)"),
                discussion: L("上届委员会成员离任的，须用 --treatment 写明符合条件的离任干部待遇落实情况（不符合条件的也写明）。",
                              "For an outgoing member leaving the committee, --treatment says what was settled about the departing cadre's treatment (say so too when none is due)."))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: ElectionOption
        @Option(help: ArgumentHelp(L("谈话对象", "the person"))) var member: String
        @Option(name: .customLong("by"), help: ArgumentHelp(L("代表乡镇党委谈话的人", "who talked for the township committee"))) var talkedBy: String
        @Option(help: ArgumentHelp(L("谈话内容和本人态度", "what was discussed and how the person took it"))) var note: String
        @Option(help: ArgumentHelp(L("离任干部待遇落实情况（离任的上届委员会成员）", "the departing cadre's treatment (outgoing members leaving)"))) var treatment: String?
        @Option(help: ArgumentHelp(L("谈话日期（默认今天）", "date of the talk (default today)"))) var on: CivilDate?

        func run(_ db: AppDatabase) throws {
            try db.recordTalk(by: actor.resolved, election: target.election, member: member, on: on ?? db.today, talkedBy: talkedBy, note: note, treatment: treatment)
            print(L("已记录与\(member)的谈心谈话", "recorded the talk with \(member)"))
        }
    }

    struct Talks: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "talks", abstract: L("须谈心谈话的同志（落选和不再继续提名的）及谈话记录", "those to talk with (who lost or were left out) and the talks recorded"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var target: ElectionOption

        func run(_ db: AppDatabase) throws {
            let entries = try db.counselling(election: target.election)
            if output.json {
                print(try renderJSON(entries.map(CounsellingJSON.init)))
                return
            }
            guard !entries.isEmpty else {
                print(L("选举结果批复后才列出须谈心谈话的同志；或者没有落选和不再继续提名的同志", "those to talk with are listed once the result is approved; or nobody lost or was left out"))
                return
            }
            var table = TextTable(headers: [L("姓名", "name"), L("离任", "leaving"), L("谈话", "talk"), L("离任待遇", "treatment")])
            for entry in entries {
                let talk = entry.talk.map { L("\($0.talkedOn) \($0.talkedBy)：\($0.note)", "\($0.talkedOn) \($0.talkedBy): \($0.note)") } ?? L("未记录", "not recorded")
                table.add([entry.name, entry.leavingCommittee ? L("是", "yes") : "", talk, entry.talk?.treatment ?? ""])
            }
            print(table.render())
        }
    }
}

/// `result talks --json`: one person to talk with, and the talk when recorded.
struct CounsellingJSON: Encodable {
    struct TalkJSON: Encodable {
        var talkedOn: String
        var talkedBy: String
        var note: String
        var treatment: String?
    }

    var memberId: Int64
    var name: String
    var leavingCommittee: Bool
    var talk: TalkJSON?

    init(_ entry: CounsellingEntry) {
        memberId = entry.memberID
        name = entry.name
        leavingCommittee = entry.leavingCommittee
        talk = entry.talk.map { TalkJSON(talkedOn: $0.talkedOn.description, talkedBy: $0.talkedBy, note: $0.note, treatment: $0.treatment) }
    }
}
