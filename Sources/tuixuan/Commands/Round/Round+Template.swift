import ArgumentParser
import Foundation
import TuixuanCore
import TuixuanStore

extension RoundCommand {
    struct Template: DatabaseCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "template", abstract: L("输出本轮的计票录入模板（CSV 或 Excel）", "print this round's counting sheet template (CSV or Excel)"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var target: ElectionOption
        @OptionGroup var which: RoundOption
        @OptionGroup var csv: CSVOptions
        @Option(help: ArgumentHelp(L("格式：csv 或 xlsx（Excel，须用 --out）", "format: csv or xlsx (Excel, needs --out)"))) var format: TableFormat = .csv
        @Option(help: ArgumentHelp(L("写入文件（默认输出到屏幕）", "write to a file (default: standard output)"))) var out: String?

        func validate() throws {
            if format == .xlsx && out == nil { throw workbookNeedsOut() }
        }

        func run(_ db: AppDatabase) throws {
            let round = try pickRound(db, target.election, which.round)
            try emitTables([countingTemplateTable(candidates: round.candidates, writeInSlots: round.seats, rows: round.present)],
                           workbook: format == .xlsx, out: out, csv: csv)
        }
    }
}
