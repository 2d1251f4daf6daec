import Foundation
import TuixuanCore
import TuixuanSpreadsheet
import TuixuanStore

// The tables the program gives back as CSV or Excel (`--format csv|xlsx`): each built once here, so both formats carry
// the same columns, and Excel gets ID numbers as text, dates as dates and counts as numbers.

/// 党员名册: the blank roll template, or a roll's rows, in the import's own columns.
func memberRollTable(csv: String? = nil) throws -> TableSheet {
    let kinds: [String: TableColumnKind] = ["出生日期": .date, "入党日期": .date, "留党察看开始日期": .date, "留党察看截止日期": .date]
    let widths = ["身份证号": 22, "联系电话": 14, "处分情况": 16]
    return try TableSheet(name: L("党员名册", "roll"), csv: csv ?? MemberRollColumns.templateHeader + "\n", kinds: kinds, widths: widths)
}

/// 组织表: an organization list in the import's own columns (codes stay text: 440305001 is a code, not a number).
func organizationTable(csv: String) throws -> TableSheet {
    try TableSheet(name: L("组织", "organizations"), csv: csv, kinds: ["上届委员会职数": .number], widths: ["名称": 24, "代码": 16, "上级代码": 16])
}

/// The counting template tellers fill in, one row per ballot in the order of the counted stack:
/// ○/O/Y yes, ×/X/N no, empty to abstain; each write-in as a name and a mark; 空白票 (a ballot with
/// no mark at all) and 废票 (spoiled) as 是. Unused rows are left empty at the end. Marks are text; the 票序 a number.
func countingTemplateTable(candidates: [String], writeInSlots: Int, rows: Int) -> TableSheet {
    let header = BallotSheet.header(candidates: candidates, writeInSlots: writeInSlots)
    let columns = header.enumerated().map { TableColumn($1, $0 == 0 ? .number : .text, width: $0 == 0 ? 6 : nil) }
    let blank = Array(repeating: "", count: header.count - 1)
    return TableSheet(name: L("计票录入", "counting sheet"), columns: columns, rows: (0..<rows).map { ["\($0 + 1)"] + blank })
}

/// 资格联审 matrix: a row per nominee, a column per department with its answer in words, and where the nominee stands.
func vettingTable(_ matrix: VettingMatrix) -> TableSheet {
    let columns = [TableColumn(L("人选", "nominee"), width: 10)] + matrix.departments.map { TableColumn(uiLanguage == .zh ? $0.name.zh : $0.id, width: 16) }
        + [TableColumn(L("联审结论", "standing"), width: 12)]
    return TableSheet(name: L("资格联审", "vetting"), columns: columns, rows: matrix.rows.map { row in
        let answers = matrix.departments.map { row.answers[$0.id] }
        let cells = answers.map { answer -> String in
            guard let answer else { return L("未回复", "not answered") }
            return answer.clear ? L("无问题", "clear") : L("有问题", "finding") + (answer.detail.map { L("：", ": ") + $0 } ?? "")
        }
        let standing = answers.contains { $0.map { !$0.clear } ?? false } ? L("有问题", "finding")
            : answers.contains { $0 == nil } ? L("待回复", "awaiting answers") : L("均无问题", "all clear")
        return [row.name] + cells + [standing]
    })
}
