import ArgumentParser
import TuixuanCore
import TuixuanStore

struct ResultCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "result",
            abstract: L("选举结果的批复和审核（第27步）", "approval and review of the result (step 27)"),
            subcommands: [Approve.self, Review.self, VoidElection.self])
    }

    struct Approve: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "approve", abstract: L("乡镇党委批复选举结果（批复后结果锁定）", "the township approves the result (then it is locked)"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: ElectionOption
        @Option(help: ArgumentHelp(L("批复意见", "note"))) var note: String?

        func run(_ db: AppDatabase) throws {
            try db.approveResult(by: actor.resolved, election: target.election, note: note)
            print(L("已批复选举结果", "the result is approved"))
        }
    }

    struct Review: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "review", abstract: L("县委组织部审核：reviewed（审核通过）或 returned（退回并说明理由）", "the county reviews: reviewed, or returned with a reason"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: ElectionOption
        @Option(help: ArgumentHelp(L("审核结论", "outcome"))) var outcome: Outcome
        @Option(help: ArgumentHelp(L("审核意见", "reasons"))) var reason: String

        enum Outcome: String, ExpressibleByArgument { case reviewed, returned }

        func run(_ db: AppDatabase) throws {
            try db.reviewResult(by: actor.resolved, election: target.election, reviewed: outcome == .reviewed, reason: reason)
            print(outcome == .reviewed ? L("已审核通过", "reviewed") : L("已退回：\(reason)", "returned: \(reason)"))
        }
    }
}
