import ArgumentParser
import Foundation
import TuixuanCore
import TuixuanStore

extension RoundCommand {
    struct Close: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "close", abstract: L("总监票人宣布：发出、收回选票张数；收回多于发出则本轮无效，否则计票并确定结果", "the chief scrutineer declares ballots issued and returned; more returned voids the round, else it is counted"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: ElectionOption
        @OptionGroup var which: RoundOption
        @Option(help: ArgumentHelp(L("发出选票张数", "ballots issued"))) var issued: Int
        @Option(help: ArgumentHelp(L("收回选票张数", "ballots returned"))) var returned: Int

        func run(_ db: AppDatabase) throws {
            let round = try db.closeRound(by: actor.resolved, election: target.election, round: which.round, issued: issued, returned: returned)
            print(roundText(round))
        }
    }
}
