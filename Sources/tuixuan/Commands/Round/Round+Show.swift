import ArgumentParser
import Foundation
import TuixuanCore
import TuixuanStore

extension RoundCommand {
    struct Show: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "show", abstract: L("列出各轮投票及结果", "list the rounds and their results"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var target: ElectionOption

        func run(_ db: AppDatabase) throws {
            let report = try db.countReport(election: target.election)
            if output.json {
                print(try renderJSON(report.rounds))
                return
            }
            print((report.rounds.map { roundText($0, reduced: report.seatReduction != nil, voided: report.voidedNames) } + report.seatReduction.map { [seatReductionText($0)] }.orEmpty)
                .joined(separator: "\n\n"))
        }
    }
}
