import ArgumentParser
import Foundation
import TuixuanCore
import TuixuanStore

extension RoundCommand {
    struct Open: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "open", abstract: L("开始一轮投票（须符合法定人数）：committee 委员、runoff 票数相等的决胜、further 另行选举、secretary 书记、deputy 副书记",
                                             "open a round (needs a quorum): committee, runoff, further, secretary, deputy"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: ElectionOption
        @Option(help: ArgumentHelp(L("轮次类别", "kind"))) var kind: RoundKind

        func run(_ db: AppDatabase) throws {
            let round = try db.openRound(by: actor.resolved, election: target.election, kind: kind)
            print(L("第\(round.number)轮投票已开始：应选\(round.seats)名，候选人（按选票顺序）：\(round.candidates.joined(separator: "、"))；应到\(round.expected)人，实到\(round.present)人",
                    "round \(round.number) open: \(round.seats) seat(s), candidates in ballot order: \(round.candidates.joined(separator: ", ")); \(round.present) present of \(round.expected)"))
        }
    }
}
