import ArgumentParser
import Foundation
import TuixuanCore
import TuixuanStore

extension RoundCommand {
    struct Undo: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "undo", abstract: L("撤销本批最后录入的一张票", "undo the last ballot of an entry"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: ElectionOption
        @OptionGroup var which: RoundOption
        @Option(help: ArgumentHelp(L("录入批次 A 或 B", "entry A or B"))) var entry: EntrySide

        func run(_ db: AppDatabase) throws {
            let left = try db.undoTypedBallot(by: actor.resolved, election: target.election, round: which.round, entry: entry)
            print(L("已撤销，\(entry.rawValue)批现有\(left)张", "undone: entry \(entry.rawValue) has \(left)"))
        }
    }
}
