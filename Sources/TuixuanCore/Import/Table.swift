import Foundation

/// A problem with one cell (or one row, or the header) of an imported file, in the user's terms:
/// which line, which column, what value, and why.
public struct ImportIssue: Sendable, Hashable, Codable, UserDescribable {
    /// Physical line in the file (1-based); the header is line of the header record.
    public var line: Int
    /// The column's header as written in the file (or the expected header, when missing).
    public var column: String?
    public var value: String?
    public var reason: LocalizedText

    public init(line: Int, column: String? = nil, value: String? = nil, reason: LocalizedText) {
        self.line = line
        self.column = column
        self.value = value
        self.reason = reason
    }

    public func describe(_ language: Language) -> String {
        var parts: [String] = [language == .zh ? "第\(line)行" : "line \(line)"]
        if let column { parts.append(language == .zh ? "“\(column)”列" : "column \"\(column)\"") }
        if let value { parts.append(language == .zh ? "值“\(value)”" : "value \"\(value)\"") }
        return parts.joined(separator: language == .zh ? "，" : ", ") + (language == .zh ? "：" : ": ") + reason.text(language)
    }
}

/// An import refused as a whole: every issue found, so the file can be fixed in one pass.
public struct ImportRejected: Error, Sendable, Equatable, UserDescribable {
    public var issues: [ImportIssue]

    public init(issues: [ImportIssue]) {
        self.issues = issues
    }

    public func describe(_ language: Language) -> String {
        let head = language == .zh
            ? "导入被拒绝，共\(issues.count)处问题，数据库未作任何改动："
            : "import rejected with \(issues.count) problem(s); nothing was written:"
        return ([head] + issues.map { "  " + $0.describe(language) }).joined(separator: "\n")
    }
}

/// A column an importer understands, with the headers it may appear under.
extension Array where Element == ColumnSpec {
    /// Every header these columns may appear under (to tell a sheet's header from a title above it).
    public var headerWords: Set<String> { Set(flatMap { $0.headers + [$0.key] }) }

    /// A column's name for the user, by its key: the first (Chinese) header, and the key in words ("birth date").
    public func label(of key: String) -> LocalizedText {
        LocalizedText(zh: first { $0.key == key }?.headers.first ?? key, en: key.replacingOccurrences(of: "_", with: " "))
    }
}

public struct ColumnSpec: Sendable {
    public var key: String
    public var headers: [String]
    public var required: Bool

    public init(_ key: String, headers: [String], required: Bool) {
        self.key = key
        self.headers = headers
        self.required = required
    }
}

/// Where each known column is in a file: shared by all its rows.
final class TableLayout: Sendable {
    let columns: [String: (index: Int, header: String)]

    init(columns: [String: (index: Int, header: String)]) {
        self.columns = columns
    }
}

/// One data row with its cells looked up by column key.
public struct TableRow: Sendable {
    public var line: Int
    fileprivate let layout: TableLayout
    fileprivate let values: [String]

    /// Whether the file has the column at all.
    public func hasColumn(_ key: String) -> Bool { layout.columns[key] != nil }

    /// The trimmed cell (full-width spaces too), or nil when the column is absent or the cell empty.
    public func value(_ key: String) -> String? {
        guard let column = layout.columns[key], column.index < values.count else { return nil }
        let trimmed = values[column.index].trimmingWhiteSpace(.cellBlankOrNewline)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// The header the column has in the file (for messages).
    public func header(_ key: String, default fallback: String) -> String { layout.columns[key]?.header ?? fallback }

    public func issue(_ key: String, _ fallbackHeader: String, _ reason: LocalizedText) -> ImportIssue {
        ImportIssue(line: line, column: header(key, default: fallbackHeader), value: value(key), reason: reason)
    }
}

/// Maps a CSV's header to the columns of `specs`, then yields its rows. Unknown, repeated or
/// missing required headers, and rows with more cells than headers, are issues.
public func readTable(_ records: [CSVRecord], specs: [ColumnSpec]) -> (rows: [TableRow], issues: [ImportIssue]) {
    guard let header = records.first else {
        return ([], [ImportIssue(line: 1, reason: LocalizedText(zh: "文件是空的，没有表头", en: "the file is empty: no header row"))])
    }
    var issues: [ImportIssue] = []
    var columns: [String: (index: Int, header: String)] = [:]
    var seen: [String: String] = [:]
    for (index, raw) in header.fields.enumerated() {
        let name = raw.trimmingWhiteSpace(.cellBlank)
        guard !name.isEmpty else { continue }
        guard let spec = specs.first(where: { $0.headers.contains(name) || $0.key == name }) else {
            let known = specs.map { $0.headers[0] }.joined(separator: "、")
            issues.append(ImportIssue(line: header.line, column: name, reason: LocalizedText(
                zh: "不认识的列名。可用的列：\(known)", en: "unknown column. Known columns: \(specs.map(\.key).joined(separator: ", "))")))
            continue
        }
        if let previous = seen[spec.key] {
            issues.append(ImportIssue(line: header.line, column: name, reason: LocalizedText(
                zh: "与“\(previous)”列重复", en: "repeats the column \"\(previous)\"")))
            continue
        }
        seen[spec.key] = name
        columns[spec.key] = (index, name)
    }
    for spec in specs where spec.required && seen[spec.key] == nil {
        issues.append(ImportIssue(line: header.line, column: spec.headers[0], reason: LocalizedText(
            zh: "缺少必填列", en: "required column is missing")))
    }
    let layout = TableLayout(columns: columns)
    var rows: [TableRow] = []
    rows.reserveCapacity(records.count)
    for record in records.dropFirst() {
        if record.fields.count > header.fields.count,
           record.fields[header.fields.count...].contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            issues.append(ImportIssue(line: record.line, reason: LocalizedText(
                zh: "本行有\(record.fields.count)个字段，多于表头的\(header.fields.count)列（可能含有未加引号的逗号）",
                en: "the row has \(record.fields.count) fields, more than the header's \(header.fields.count) (an unquoted comma?)")))
            continue
        }
        rows.append(TableRow(line: record.line, layout: layout, values: record.fields))
    }
    return (rows, issues)
}
