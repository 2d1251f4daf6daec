import ArgumentParser
import Foundation
import TuixuanCore
import TuixuanSpreadsheet

/// `--sheet`: which sheet of an Excel workbook to read (the first when omitted).
struct SheetOption: ParsableArguments {
    @Option(help: ArgumentHelp(L("Excel 工作簿（.xlsx）中要读的工作表名称（默认第一张）", "the sheet of an Excel workbook (.xlsx) to read (the first when omitted)")))
    var sheet: String?
}

/// A table the user gave us: a CSV file, or one sheet of an Excel workbook, as records of text fields.
struct TableFile {
    var path: String
    var records: [CSVRecord]
    /// The CSV file's encoding; nil for a workbook.
    var encoding: TextEncoding?
    /// The sheet read, for a workbook.
    var sheet: String?

    /// How the file was read, for the import's summary (`utf-8`, `gb18030`, `Excel：花名册`).
    var readAs: String { sheet.map { L("Excel：\($0)", "Excel: \($0)") } ?? encoding?.rawValue ?? "" }
}

/// Whether `path` is an Excel workbook (or an old .xls / a password-protected workbook, which are refused by name).
func isWorkbook(_ path: String) -> Bool {
    Workbook.kind(ofFileAt: path) != nil || path.lowercased().hasSuffix(".xlsx") || path.lowercased().hasSuffix(".xls")
}

/// Reads a table file: an Excel workbook's sheet (`--sheet`, else the first), or a CSV file in its encoding.
func readTable(_ path: String, encoding: TextEncoding?, sheet: String?, headerWords: Set<String> = [], titleNeedsMerge: Bool = true) throws -> TableFile {
    var records: [CSVRecord] = []
    let read = try streamTable(path, encoding: encoding, sheet: sheet, headerWords: headerWords, titleNeedsMerge: titleNeedsMerge) { records.append($0) }
    return TableFile(path: path, records: records, encoding: read.encoding, sheet: read.sheet)
}

/// Streams a table file's records to `body` (see `streamCSV`; a workbook's sheet streams the same way).
func streamTable(_ path: String, encoding: TextEncoding?, sheet: String?, headerWords: Set<String> = [], titleNeedsMerge: Bool = true, progress: ((Int, Int) -> Void)? = nil,
                 _ body: (CSVRecord) throws -> Void) throws -> (encoding: TextEncoding?, sheet: String?) {
    guard FileManager.default.fileExists(atPath: path) else {
        throw UserFacingError(message: L("无法读取文件 \(path)", "cannot read the file \(path)"), status: ExitStatus.notFound)
    }
    // A pipe (`--file /dev/stdin`, `<(…)`) is read once, into a temporary file: the readers go over a file twice.
    let type = (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
    if type != .typeRegular, type != .typeDirectory {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("tuixuan-input-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: copy) }
        do {
            try Data(try readFileBytes(path)).write(to: copy)
        } catch {
            throw UserFacingError(message: L("无法读取文件 \(path)", "cannot read the file \(path)"), status: ExitStatus.notFound)
        }
        return try streamTable(copy.path, encoding: encoding, sheet: sheet, headerWords: headerWords, titleNeedsMerge: titleNeedsMerge, shownAs: path, progress: progress, body)
    }
    return try streamTable(path, encoding: encoding, sheet: sheet, headerWords: headerWords, titleNeedsMerge: titleNeedsMerge, shownAs: path, progress: progress, body)
}

private func streamTable(_ path: String, encoding: TextEncoding?, sheet: String?, headerWords: Set<String>, titleNeedsMerge: Bool, shownAs shown: String,
                         progress: ((Int, Int) -> Void)?, _ body: (CSVRecord) throws -> Void) throws -> (encoding: TextEncoding?, sheet: String?) {
    guard isWorkbook(path) else {
        if let sheet {
            throw UserFacingError(message: L("\(shown) 不是 Excel 工作簿，--sheet \(sheet) 无从读取", "\(shown) is not an Excel workbook, so --sheet \(sheet) has nothing to read"),
                                  status: ExitStatus.fileRejected)
        }
        return (try streamCSV(path, encoding: encoding, named: shown, progress: progress, body), nil)
    }
    do {
        let workbook = try Workbook(path: path)
        // A title above the header (红旗村党员花名册) is not the header: a first row with one value that is none of
        // `headerWords` is passed over — when it fills two cells or more (merged across the columns), or in any cell
        // where the importer knows its headers (`titleNeedsMerge` false). Anything else is the header: a one-column
        // sheet's single header, a merged header the importer knows.
        var headerWidth: Int?
        var cells = 0
        let name = sheet ?? workbook.defaultSheet
        return (nil, try workbook.rows(sheet: sheet) { record in
            cells += max(record.fields.count, headerWidth ?? 0)
            if cells > Workbook.cellLimit { throw WorkbookError(.tooManyCells(sheet: name, limit: Workbook.cellLimit)) }
            guard let width = headerWidth else {
                let filled = record.fields.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                if Set(filled).count == 1, !headerWords.contains(filled[0]), filled.count >= 2 || !titleNeedsMerge { return }
                headerWidth = record.fields.count
                return try body(record)
            }
            // Excel leaves out a row's empty cells at its end; a CSV row carries every column.
            var padded = record
            if padded.fields.count < width { padded.fields += Array(repeating: "", count: width - padded.fields.count) }
            try body(padded)
        })
    } catch let error as WorkbookError {
        throw UserFacingError(message: "\(shown)" + L("：", ": ") + error.localized, status: ExitStatus.fileRejected)
    }
}

/// Names the file in an import's rejection; in a workbook, each problem by its cell (`花名册!D17`), as Excel shows it.
func rejected(_ rejection: ImportRejected, table: TableFile) -> UserFacingError {
    guard table.sheet != nil else { return rejected(rejection, file: table.path) }
    let locate = table.locator()
    let head = L("导入被拒绝，共\(rejection.issues.count)处问题，数据库未作任何改动：", "import rejected with \(rejection.issues.count) problem(s); nothing was written:")
    let lines = rejection.issues.map { "  " + locate($0) }
    return UserFacingError(message: "\(table.path)" + L("：", ": ") + ([head] + lines).joined(separator: "\n"), status: ExitStatus.fileRejected)
}

extension TableFile {
    /// Describes problems (refusals and warnings alike) where the user finds them: by line in a CSV file, by cell in a
    /// workbook's sheet (`花名册!D17`), as Excel shows it.
    func locator() -> (ImportIssue) -> String {
        let language = uiLanguage
        guard let sheet else { return { $0.describe(language) } }
        // The column's letter: where its header stands in the header row (looked up once per column, however many problems).
        var headerColumns: [String: Int] = [:]
        for (index, field) in (records.first?.fields ?? []).enumerated() {
            let header = field.trimmingCharacters(in: .whitespaces)
            if headerColumns[field] == nil { headerColumns[field] = index }
            if headerColumns[header] == nil { headerColumns[header] = index }
        }
        return { issue in
            let column = issue.column.flatMap { headerColumns[$0] ?? headerColumns[$0.trimmingCharacters(in: .whitespaces)] }
            let place = column.map { "\(sheet)!\(SpreadsheetCell.letters(ofColumn: $0))\(issue.line)" } ?? "\(sheet)!" + L("第\(issue.line)行", "row \(issue.line)")
            var located = issue
            located.line = 0
            // The issue's own wording, with the cell in place of the line.
            let text = located.describe(language)
            let prefix = language == .zh ? "第0行" : "line 0"
            return place + (text.hasPrefix(prefix) ? String(text.dropFirst(prefix.count)) : L("：", ": ") + text)
        }
    }
}
