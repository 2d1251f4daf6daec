import Foundation

/// 签到表: who checked in, as a file. Either a plain list, one member a line (a name, an ID number or #number), or a
/// table with a header: 姓名 and/or 身份证号, and optionally a 签到 column marking who came — a printed sign-in sheet
/// lists every member, and only those marked present count.
public enum CheckInColumns {
    public static let specs: [ColumnSpec] = [
        ColumnSpec("name", headers: ["姓名", "name"], required: false),
        ColumnSpec("id_number", headers: ["身份证号", "公民身份号码", "身份证号码", "id_number"], required: false),
        ColumnSpec("present", headers: ["签到", "到会", "签到情况", "是否到会", "present"], required: false),
        ColumnSpec("note", headers: ["备注", "序号", "note", "number"], required: false),
    ]

    /// Every header a sign-in table may carry (a row holding one of them is the header, even alone).
    public static var headerWords: Set<String> { Set(specs.flatMap { $0.headers + [$0.key] }) }
}

/// One attendee read from a check-in list: the member as written (ID number when the table has one, else the name) and its line.
public struct CheckInEntry: Sendable, Equatable {
    public var line: Int
    public var reference: String
}

/// Reads a check-in list (see `CheckInColumns`). A 签到 mark is 是, √, ✓, ○, 到, 已签到 or TRUE (a checkbox) for present, and empty, 否, ×, FALSE,
/// 缺席 or 未到 for absent; any other mark is refused by cell, so a misread sheet never checks anyone in. Nothing is
/// returned unless every row reads.
public func parseCheckInList(_ records: [CSVRecord]) throws(ImportRejected) -> [CheckInEntry] {
    let words = CheckInColumns.headerWords
    let nonEmpty = records.filter { $0.fields.contains { !$0.trimmingWhiteSpace(.cellBlank).isEmpty } }
    guard let first = nonEmpty.first else {
        throw ImportRejected(issues: [ImportIssue(line: 1, reason: LocalizedText(zh: "名单是空的：没有一个到会的人", en: "the list is empty: no one checked in"))])
    }
    // A plain list: no header, each line one member.
    guard first.fields.contains(where: { words.contains($0.trimmingWhiteSpace(.cellBlank)) }) else {
        return nonEmpty.map { CheckInEntry(line: $0.line, reference: $0.fields.joined(separator: ",").trimmingWhiteSpace(.cellBlank)) }
    }
    let (rows, headerIssues) = readTable(Array(nonEmpty), specs: CheckInColumns.specs)
    var issues = headerIssues
    let header = first.fields.map { $0.trimmingWhiteSpace(.cellBlank) }
    if !header.contains(where: { CheckInColumns.specs[0].headers.contains($0) || CheckInColumns.specs[1].headers.contains($0) }) {
        issues.append(ImportIssue(line: first.line, reason: LocalizedText(zh: "表头须有“姓名”或“身份证号”列", en: "the header needs a 姓名 (name) or 身份证号 (ID number) column")))
    }
    let hasPresence = header.contains { CheckInColumns.specs[2].headers.contains($0) }
    var entries: [CheckInEntry] = []
    for row in rows {
        guard let reference = row.value("id_number") ?? row.value("name") else {
            if row.value("present") != nil {
                issues.append(row.issue("name", "姓名", LocalizedText(zh: "有签到标记，却没有姓名或身份证号", en: "marked present but with no name or ID number")))
            }
            continue
        }
        if hasPresence {
            switch isPresentMark(row.value("present")) {
            case true?: break
            case false?: continue
            case nil:
                issues.append(row.issue("present", "签到", LocalizedText(
                    zh: "签到标记应为：是、√、○、到（到会），或空白、否、×、缺席（未到）", en: "a check-in mark is 是, √, ○ or 到 (present), or empty, 否, × or 缺席 (absent)")))
                continue
            }
        }
        entries.append(CheckInEntry(line: row.line, reference: reference))
    }
    guard issues.isEmpty else { throw ImportRejected(issues: issues) }
    guard !entries.isEmpty else {
        throw ImportRejected(issues: [ImportIssue(line: first.line, reason: LocalizedText(zh: "名单中没有一个标为到会的人", en: "no one in the list is marked present"))])
    }
    return entries
}

/// A 签到 cell: true present, false absent, nil unreadable. An Excel checkbox linked to its cell reads TRUE or FALSE.
func isPresentMark(_ mark: String?) -> Bool? {
    guard let mark else { return false }
    switch mark.lowercased() {
    case "是", "√", "✓", "✔", "○", "o", "y", "yes", "到", "已到", "已签到", "签到", "1", "true": return true
    case "否", "×", "x", "✗", "n", "no", "缺席", "未到", "请假", "0", "false": return false
    default: return nil
    }
}
