import ArgumentParser
import Foundation
import TuixuanCore
import TuixuanStore

extension Candidates {
    struct Sanction: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "sanction", abstract: L("记录人选受处分影响期未满", "record a nominee inside a sanction's effect period"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: ElectionOption
        @Option(help: ArgumentHelp(L("人选", "nominee"))) var member: String
        @Option(help: ArgumentHelp(L("影响期截止日期", "end of the effect period"))) var until: CivilDate
        @Option(help: ArgumentHelp(L("处分情况", "the sanction"))) var detail: String

        func run(_ db: AppDatabase) throws {
            try db.recordSanction(by: actor.resolved, election: target.election, member: member, until: until, detail: detail)
            print(L("已记录：\(member)受处分影响期至\(until)", "recorded: \(member) inside a sanction's effect until \(until)"))
        }
    }
}
