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
            let rounds = try db.rounds(election: target.election)
            if output.json {
                print(try renderJSON(rounds))
                return
            }
            print(rounds.map(roundText).joined(separator: "\n\n"))
        }
    }
}
