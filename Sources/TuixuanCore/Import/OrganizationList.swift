/// One organization read from an organization CSV.
public struct OrganizationRow: Sendable, Hashable {
    public var line: Int
    public var code: String
    public var name: String
    public var level: OrganizationLevel
    public var parentCode: String?
    public var previousCommitteeSize: Int?

    public init(line: Int, code: String, name: String, level: OrganizationLevel, parentCode: String?, previousCommitteeSize: Int?) {
        self.line = line
        self.code = code
        self.name = name
        self.level = level
        self.parentCode = parentCode
        self.previousCommitteeSize = previousCommitteeSize
    }
}

public enum OrganizationColumns {
    public static let specs: [ColumnSpec] = [
        ColumnSpec("code", headers: ["代码", "组织代码", "code"], required: true),
        ColumnSpec("name", headers: ["名称", "组织名称", "name"], required: true),
        ColumnSpec("level", headers: ["层级", "类型", "level"], required: true),
        ColumnSpec("parent_code", headers: ["上级代码", "上级组织代码", "parent_code"], required: false),
        ColumnSpec("previous_committee_size", headers: ["上届委员会职数", "上届职数", "previous_committee_size"], required: false),
    ]
}

/// An organization list as read: the rows that are well formed, the problems of the others, and every code the file
/// names with its line (a row with a problem elsewhere still names a parent for the rows below it).
public struct OrganizationList: Sendable {
    public var rows: [OrganizationRow]
    public var issues: [ImportIssue]
    public var codes: [String: Int]

    public init(rows: [OrganizationRow], issues: [ImportIssue] = [], codes: [String: Int] = [:]) {
        self.rows = rows
        self.issues = issues
        self.codes = codes
    }
}

/// Checks an organization list on its own (codes, names, levels, sizes, duplicates). Whether
/// each parent exists, and has the right level, is checked against the database by the store.
public func parseOrganizationList(_ records: [CSVRecord]) throws(ImportRejected) -> [OrganizationRow] {
    let list = readOrganizationList(records)
    guard list.issues.isEmpty else { throw ImportRejected(issues: list.issues) }
    return list.rows
}

/// The same, keeping the problems for the store to report together with its own, in one pass (issue 13).
public func readOrganizationList(_ records: [CSVRecord]) -> OrganizationList {
    let (rows, headerIssues) = readTable(records, specs: OrganizationColumns.specs)
    var issues = headerIssues
    var result: [OrganizationRow] = []
    var seenCodes: [String: Int] = [:]
    for row in rows {
        var rowIssues: [ImportIssue] = []
        let code = row.value("code")
        let name = row.value("name")
        let level = row.value("level").flatMap(OrganizationLevel.init(label:))
        if code == nil { rowIssues.append(row.issue("code", "代码", LocalizedText(zh: "必填项为空", en: "required value is empty"))) }
        if let code, !isValidOrganizationCode(code) {
            rowIssues.append(row.issue("code", "代码", LocalizedText(
                zh: "代码只能由字母、数字和“-”组成，不超过32位", en: "a code has only letters, digits and '-', at most 32")))
        }
        if name == nil { rowIssues.append(row.issue("name", "名称", LocalizedText(zh: "必填项为空", en: "required value is empty"))) }
        if let name, name.count > 100 { rowIssues.append(row.issue("name", "名称", LocalizedText(zh: "名称超过100个字", en: "longer than 100 characters"))) }
        if level == nil {
            rowIssues.append(row.issue("level", "层级", LocalizedText(zh: "应为：县、乡镇、村、社区", en: "must be 县, 乡镇, 村 or 社区 (county, township, village, community)")))
        }
        var size: Int?
        if let raw = row.value("previous_committee_size") {
            if let value = Int(raw), (1...15).contains(value) { size = value } else {
                rowIssues.append(row.issue("previous_committee_size", "上届委员会职数", LocalizedText(zh: "应为1至15的整数", en: "must be a whole number from 1 to 15")))
            }
            if let level, !level.holdsElections {
                rowIssues.append(row.issue("previous_committee_size", "上届委员会职数", LocalizedText(zh: "只有村、社区填写上届职数", en: "only villages and communities have a previous committee size")))
            }
        }
        let parent = row.value("parent_code")
        if let level, level == .county, parent != nil {
            rowIssues.append(row.issue("parent_code", "上级代码", LocalizedText(zh: "县没有上级组织", en: "a county has no parent")))
        }
        if let level, level != .county, parent == nil {
            rowIssues.append(row.issue("parent_code", "上级代码", LocalizedText(zh: "必须填写上级组织代码", en: "the parent's code is required")))
        }
        if let code, let first = seenCodes[code] {
            rowIssues.append(row.issue("code", "代码", LocalizedText(zh: "与第\(first)行代码重复", en: "same code as line \(first)")))
        } else if let code {
            seenCodes[code] = row.line
        }
        issues += rowIssues
        if rowIssues.isEmpty, let code, let name, let level {
            result.append(OrganizationRow(line: row.line, code: code, name: name, level: level, parentCode: parent, previousCommitteeSize: size))
        }
    }
    if rows.isEmpty && issues.isEmpty {
        issues.append(ImportIssue(line: 1, reason: LocalizedText(zh: "文件中没有组织", en: "the file lists no organization")))
    }
    return OrganizationList(rows: result, issues: issues.sorted { $0.line < $1.line }, codes: seenCodes)
}

/// 组织代码: letters, digits and '-', 1 to 32 characters.
public func isValidOrganizationCode(_ code: String) -> Bool {
    (1...32).contains(code.count) && code.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
}
