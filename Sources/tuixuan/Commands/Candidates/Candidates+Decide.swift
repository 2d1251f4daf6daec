import ArgumentParser
import Foundation
import TuixuanCore
import TuixuanStore

extension Candidates {
    struct Decide: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "decide",
                abstract: L("记录对人选的决定（按操作人员层级）", "record a decision about a nominee (at the operator's level)"),
                discussion: L("age：超龄现任人员继续提名，须乡镇党委研究和县领导小组审定；sanction：受处分影响期未满的人选，须乡镇党委研究和县领导小组同意（每乡镇不超过村总数的15%）；education：确认文化程度低于高中的提示。",
                              "age: an incumbent over the age limit continuing (township decision and county approval); sanction: a nominee inside a sanction's effect period (both, within the township's 15%); education: acknowledge the education warning."))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: ElectionOption
        @Option(help: ArgumentHelp(L("人选", "nominee"))) var member: String
        @Option(help: ArgumentHelp(L("决定：age、sanction、education", "decision: age, sanction or education"))) var kind: DecisionArgument
        @Option(help: ArgumentHelp(L("意见", "note"))) var note: String?

        func run(_ db: AppDatabase) throws {
            try db.decide(by: actor.resolved, election: target.election, member: member, kind: kind.value, note: note)
            print(L("已记录决定", "decision recorded"))
        }
    }
}
