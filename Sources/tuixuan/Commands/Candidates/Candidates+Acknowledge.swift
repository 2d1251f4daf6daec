import ArgumentParser
import Foundation
import TuixuanCore
import TuixuanStore

extension Candidates {
    struct Acknowledge: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "acknowledge", abstract: L("确认名单结构提示：没有35岁以下党员或没有女党员", "acknowledge a structure warning: no one under 35, or no woman"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: ElectionOption
        @Option(help: ArgumentHelp(L("名单阶段", "list stage"))) var stage: ListStage
        @Flag(help: ArgumentHelp(L("没有35岁以下党员", "no one under 35"))) var noYouth = false
        @Flag(help: ArgumentHelp(L("没有女党员", "no woman"))) var noWoman = false
        @Option(help: ArgumentHelp(L("理由", "reason"))) var reason: String

        func validate() throws {
            guard noYouth != noWoman else { throw ValidationError(L("请给出 --no-youth 或 --no-woman 之一", "give one of --no-youth or --no-woman")) }
        }

        func run(_ db: AppDatabase) throws {
            try db.acknowledgeStructure(by: actor.resolved, election: target.election, stage: stage, noYouth: noYouth, reason: reason)
            print(L("已确认", "acknowledged"))
        }
    }
}
