import ArgumentParser
import TuixuanCore
import TuixuanStore

/// The options of both revocations (seed 第五篇 六、2).
struct RevocationOptions: ParsableArguments {
    @Option(help: ArgumentHelp(L("人选（姓名、身份证号或 #编号）", "the person (name, ID number or #number)"))) var member: String
    @Option(help: ArgumentHelp(L("理由（乡镇党委研究意见，须以查实的不得情形为依据）", "the reason (the township's decision, resting on a confirmed bar)"))) var reason: String
    @Option(help: ArgumentHelp(L("报告县委组织部的日期（默认今天）", "date the county was told (default today)"))) var countyToldOn: CivilDate?
}

extension Candidates {
    struct Cancel: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "cancel",
                                 abstract: L("取消候选人资格：名单批复后查实不得情形（如贿选）的候选人，由乡镇党委取消资格并报县委组织部",
                                             "cancel a candidacy: after the list's approval, the township cancels a candidate with a confirmed bar (vote buying, say) and tells the county"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: ElectionOption
        @OptionGroup var revocation: RevocationOptions

        func run(_ db: AppDatabase) throws {
            try db.cancelCandidacy(by: actor.resolved, election: target.election, member: revocation.member, reason: revocation.reason,
                                   countyToldOn: revocation.countyToldOn ?? db.today)
            print(L("已取消\(revocation.member)的候选人资格，并报县委组织部；其不再列入选票和另行选举",
                    "\(revocation.member)'s candidacy is cancelled and the county told; they leave the ballot and every further round"))
        }
    }
}

extension ResultCommand {
    struct VoidElection: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "void",
                                 abstract: L("宣布当选无效：当选委员查实不得情形（如贿选）的，由乡镇党委宣布其当选无效并报县委组织部；空出的名额另行选举",
                                             "declare an election void: for an elected member with a confirmed bar (vote buying, say), the township declares it void and tells the county; the seat goes to a further round"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: ElectionOption
        @OptionGroup var revocation: RevocationOptions

        func run(_ db: AppDatabase) throws {
            try db.voidElection(by: actor.resolved, election: target.election, member: revocation.member, reason: revocation.reason,
                                countyToldOn: revocation.countyToldOn ?? db.today)
            print(L("已宣布\(revocation.member)当选无效，并报县委组织部；空出的名额须另行选举（tuixuan congress next）",
                    "\(revocation.member)'s election is declared void and the county told; the empty seat goes to a further round (tuixuan congress next)"))
        }
    }
}
