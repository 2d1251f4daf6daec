import ArgumentParser
import Foundation
import TuixuanCore
import TuixuanStore

extension RoundCommand {
    struct Template: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "template", abstract: L("输出本轮的计票录入模板（CSV）", "print this round's counting sheet template (CSV)"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var target: ElectionOption
        @OptionGroup var which: RoundOption

        func run(_ db: AppDatabase) throws {
            let round = try pickRound(db, target.election, which.round)
            print(ballotTemplateCSV(candidates: round.candidates, writeInSlots: round.seats, rows: round.present), terminator: "")
        }
    }
}
