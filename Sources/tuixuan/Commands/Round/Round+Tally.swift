import ArgumentParser
import Foundation
import TuixuanCore
import TuixuanStore

extension RoundCommand {
    struct Tally: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "tally",
                abstract: L("录入手工计票结果（总监票人）：CSV 列为 姓名,赞成,不赞成,弃权,另选", "enter a hand count (chief scrutineer): CSV columns 姓名,赞成,不赞成,弃权,另选"),
                discussion: L("候选人按选票顺序各占一行；另选他人的行在“另选”列填“是”，只填赞成票。各人赞成、不赞成、弃权之和须等于有效票。",
                              "One row per candidate in ballot order; write-ins with 是 under 另选 and their yes votes only. Each candidate's figures must add up to the valid ballots."))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var actor: OperatorOptions
        @OptionGroup var target: ElectionOption
        @OptionGroup var which: RoundOption
        @Argument(help: ArgumentHelp(L("手工计票结果（CSV 或 Excel 工作簿）", "the hand count (CSV or Excel workbook)"))) var file: String
        @OptionGroup var sheet: SheetOption
        @Option(help: ArgumentHelp(L("收回选票张数", "ballots returned"))) var returned: Int
        @Option(help: ArgumentHelp(L("多选无效票张数", "overvoted ballots"))) var overvoted = 0
        @Option(help: ArgumentHelp(L("废票张数", "spoiled ballots"))) var spoiled = 0

        func run(_ db: AppDatabase) throws {
            let table = try readTable(file, encoding: nil, sheet: sheet.sheet)
            let count: RoundCount
            do { count = try readHandCount(table.records, returned: returned, overvoted: overvoted, spoiled: spoiled) } catch { throw rejected(error, table: table) }
            try db.recordTallySheet(by: actor.resolved, election: target.election, round: which.round, count: count)
            print(L("已录入手工计票结果：收回\(returned)张，有效\(count.valid)张；请用 round close 宣布结果", "hand count entered: \(returned) returned, \(count.valid) valid; declare it with round close"))
        }
    }
}
