import ArgumentParser
import Foundation
import TuixuanCore
import TuixuanStore

struct RoundCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "round",
            abstract: L("投票轮次：开始、录入选票（两人分别录入）、核对、裁定、结束计票", "voting rounds: open, enter ballots (twice), reconcile, rule, close"),
            subcommands: [Open.self, Template.self, Enter.self, Undo.self, Count.self, Reconcile.self, Decide.self, Tally.self, Close.self, Show.self])
    }

    struct RoundOption: ParsableArguments {
        @Option(help: ArgumentHelp(L("轮次（默认最近一轮）", "round number (default: the latest)"))) var round: Int?
    }

}

func pickRound(_ db: AppDatabase, _ election: String, _ number: Int?) throws -> RoundView {
    let rounds = try db.rounds(election: election)
    guard let round = number.map({ n in rounds.first { $0.number == n } }) ?? rounds.last else {
        throw Refusal.roundUnknown(number)
    }
    return round
}
