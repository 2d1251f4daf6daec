import ArgumentParser
import Foundation
import TuixuanCore
import TuixuanStore

extension Candidates {
    struct ListCommand: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "list",
                abstract: L("确定某阶段名单：initial（初步人选）、inspection（考察名单）、prospective（候选人预备人选）", "set a stage's list: initial, inspection or prospective"),
                discussion: L("名单在该阶段对应步骤完成后冻结。差额、资格和结构要求由 candidates show 列出，并在办理步骤时检查。",
                              "A list freezes when its step is done. Margin, eligibility and structure are shown by candidates show and checked at the steps."))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: ElectionOption
        @Option(help: ArgumentHelp(L("名单阶段", "list stage"))) var stage: ListStage
        @Option(name: .customLong("member"), help: ArgumentHelp(Candidates.memberPostsHelp)) var members: [MemberPosts]

        func run(_ db: AppDatabase) throws {
            try db.setList(by: actor.resolved, election: target.election, stage: stage, entries: members.map(\.entry))
            print(L("已确定\(stage.localized)\(members.count)人", "\(stage.localized): \(members.count) set"))
        }
    }
}
