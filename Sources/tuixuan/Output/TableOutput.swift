import ArgumentParser
import Foundation
import TuixuanCore
import TuixuanSpreadsheet

/// `--no-bom`: CSV output starts with the UTF-8 byte order mark so that Excel on a Chinese Windows opens it as
/// UTF-8 instead of garbling it as GBK; scripts that read the bytes themselves can leave it out.
struct CSVOptions: ParsableArguments {
    @Flag(name: .customLong("no-bom"), help: ArgumentHelp(L("CSV 不加 UTF-8 BOM（供脚本读取；默认加上，Excel 才能正确打开）",
                                                            "CSV without the UTF-8 byte order mark (for scripts; by default it is there so Excel opens the file right)")))
    var noByteOrderMark = false
}

/// `--format` of a table the program gives back.
enum TableFormat: String, ExpressibleByArgument { case csv, xlsx }

/// The refusal when an Excel workbook is asked for without a file to write it to.
func workbookNeedsOut() -> ValidationError {
    ValidationError(L("xlsx 须用 --out 指定输出文件", "xlsx needs --out (a workbook is a file, not text for the screen)"))
}

/// Writes a table as CSV (to `out`, or to standard output) or, with `workbook`, as an Excel workbook of the tables (to `out`).
func emitTables(_ tables: [TableSheet], workbook: Bool, out: String?, csv: CSVOptions) throws {
    if workbook {
        guard let out else { throw UserFacingError(message: workbookNeedsOut().message, status: ExitStatus.refused) }
        try writeWorkbook(tables, to: out)
        print(L("已写入 \(out)", "written: \(out)"))
        return
    }
    let text = tables.map { $0.csv(byteOrderMark: !csv.noByteOrderMark) }.joined(separator: "\n")
    guard let out else {
        print(text, terminator: "")
        return
    }
    try writeOutputFile(Data(text.utf8), to: out)
    print(L("已写入 \(out)", "written: \(out)"))
}

/// Writes a workbook next to `path` and moves it into place, so a failed write never leaves half a file under the name.
func writeWorkbook(_ tables: [TableSheet], to path: String) throws {
    try checkOutputPath(path, overwrite: true)
    let target = URL(fileURLWithPath: path)
    let partial = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).partial")
    do {
        try WorkbookWriter.write(tables, to: partial)
        guard rename(partial.path, target.path) == 0 else { throw NSError(domain: NSPOSIXErrorDomain, code: Int(errno)) }
    } catch {
        try? FileManager.default.removeItem(at: partial)
        throw outputFailure(path, error)
    }
}
