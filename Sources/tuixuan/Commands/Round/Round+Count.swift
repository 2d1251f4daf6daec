import ArgumentParser
import Foundation
import TuixuanCore
import TuixuanStore

extension RoundCommand {
    struct Count: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "count",
                abstract: L("一位计票人录入批次的计票（供与唱票记录核对；不是本轮结果）", "the tally of one teller's entry (to check against the chalkboard; not the round's result)"),
                discussion: L("本轮结果只按两批核对一致并经裁定后的选票计算（round close）。", "The round's result counts only the reconciled stack (round close)."))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var target: ElectionOption
        @OptionGroup var which: RoundOption
        @Option(help: ArgumentHelp(L("录入批次：A 或 B", "entry: A or B"))) var entry: EntrySide

        func run(_ db: AppDatabase) throws {
            let round = try pickRound(db, target.election, which.round)
            let count = try db.entryCount(election: target.election, round: round.number, entry: entry)
            if output.json {
                print(try renderJSON(count))
                return
            }
            print(L("第\(round.number)轮\(entry.rawValue)批：\(count.returned)张，有效\(count.valid)张，多选无效\(count.overvoted)张，废票\(count.spoiled)张，待裁定\(count.awaitingRuling.count)张",
                    "round \(round.number), entry \(entry.rawValue): \(count.returned) ballots, \(count.valid) valid, \(count.overvoted) overvoted, \(count.spoiled) spoiled, \(count.awaitingRuling.count) awaiting a ruling"))
            var table = TextTable(headers: [L("姓名", "name"), L("赞成", "yes"), L("不赞成", "no"), L("弃权", "abstain")])
            for candidate in count.candidates + count.writeIns {
                table.add([candidate.name, String(candidate.yes), String(candidate.no), String(candidate.abstain)])
            }
            print(table.render())
        }
    }
}
