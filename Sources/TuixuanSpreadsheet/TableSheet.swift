import Foundation
import TuixuanCore

/// What a column holds, so each output format writes it right: text stays text (an ID number, a phone number with
/// a leading zero), numbers are numbers Excel can sum, dates are dates Excel can sort.
public enum TableColumnKind: Sendable, Equatable {
    case text, number, date
}

/// One column of a table the program gives back: its title, kind and width in characters (a CJK character counts two).
public struct TableColumn: Sendable, Equatable {
    public var title: String
    public var kind: TableColumnKind
    public var width: Int

    public init(_ title: String, _ kind: TableColumnKind = .text, width: Int? = nil) {
        self.title = title
        self.kind = kind
        self.width = width ?? max(8, TableColumn.displayWidth(title) + 2)
    }

    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 ? 2 : 1) }
    }
}

/// A table the program gives back (a template to fill in, a report to file): written as CSV or as an Excel sheet from
/// the same rows, so the two never drift apart.
public struct TableSheet: Sendable {
    /// The sheet's name in a workbook (Excel allows 31 characters and none of `[]:*?/\`).
    public var name: String
    public var columns: [TableColumn]
    /// Each row's cells as text; a cell that does not read as its column's kind is written as text.
    public var rows: [[String]]

    public init(name: String, columns: [TableColumn], rows: [[String]] = []) {
        self.name = name
        self.columns = columns
        self.rows = rows
    }

    /// The UTF-8 byte order mark Excel needs to open a CSV file as UTF-8 (without it, Excel on a Chinese Windows reads GBK).
    public static let byteOrderMark = "\u{FEFF}"

    /// The table as CSV: the header and every row, each field quoted where it must be; with the byte order mark first unless `byteOrderMark` is false.
    public func csv(byteOrderMark: Bool) -> String {
        var lines = [columns.map { csvQuoted($0.title) }.joined(separator: ",")]
        lines.reserveCapacity(rows.count + 1)
        for row in rows { lines.append(row.map(csvQuoted).joined(separator: ",")) }
        return (byteOrderMark ? TableSheet.byteOrderMark : "") + lines.joined(separator: "\n") + "\n"
    }

    /// The table as an Excel sheet: the header frozen, widths set, text columns formatted as text and date columns as dates
    /// (so what is typed into an empty cell keeps its kind too).
    public var workbookSheet: WorkbookSheet {
        var cells: [[WorkbookCell]] = [columns.map { .text($0.title) }]
        cells.reserveCapacity(rows.count + 1)
        for row in rows {
            cells.append(row.enumerated().map { index, value in
                TableSheet.cell(value, kind: index < columns.count ? columns[index].kind : .text)
            } + Array(repeating: .blank(.text), count: max(0, columns.count - row.count)))
        }
        let widths = columns.enumerated().map { index, column in
            min(60, max(column.width, rows.lazy.prefix(500).map { index < $0.count ? TableColumn.displayWidth($0[index]) + 2 : 0 }.max() ?? 0))
        }
        let styles = columns.map { TableSheet.style(of: $0.kind) }
        return WorkbookSheet(name: TableSheet.sheetName(name), rows: cells, widths: widths, columnStyles: styles)
    }

    /// One value as a typed cell: a number only when it is plainly one (digits, an optional sign and decimals, no leading
    /// zero), a date only when it reads as one; anything else stays text, exactly as given.
    static func cell(_ value: String, kind: TableColumnKind) -> WorkbookCell {
        if value.isEmpty { return .blank(style(of: kind)) }
        switch kind {
        case .text: return .text(value)
        case .number:
            return isPlainNumber(value) ? .number(value) : .text(value)
        case .date:
            return CivilDate(parsing: value).map(WorkbookCell.date) ?? .text(value)
        }
    }

    static func style(of kind: TableColumnKind) -> WorkbookColumnStyle {
        switch kind {
        case .text: .text
        case .number: .general
        case .date: .date
        }
    }

    static func isPlainNumber(_ value: String) -> Bool {
        var digits = Substring(value)
        if digits.first == "-" { digits = digits.dropFirst() }
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return false }
        // A leading zero ("007") is an identifier, not a number; at most 15 significant digits survive Excel exactly.
        if parts[0].count > 1 && parts[0].first == "0" { return false }
        return parts.joined().count <= 15
    }

    static func sheetName(_ name: String) -> String {
        let cleaned = String(name.map { "[]:*?/\\".contains($0) ? "_" : $0 }.prefix(31))
        return cleaned.isEmpty ? "Sheet1" : cleaned
    }
}

extension WorkbookWriter {
    /// Writes tables as one workbook, a sheet each.
    public static func write(_ tables: [TableSheet], to url: URL) throws {
        try write(tables.map(\.workbookSheet), to: url)
    }
}

extension TableSheet {
    /// A CSV text as a table: the first record is the header; `kinds` gives a column's kind by its title (text otherwise).
    public init(name: String, csv: String, kinds: [String: TableColumnKind], widths: [String: Int] = [:]) throws {
        let records = try parseCSV(csv.hasPrefix(TableSheet.byteOrderMark) ? String(csv.dropFirst()) : csv)
        let header = records.first?.fields ?? []
        self.init(name: name, columns: header.map { TableColumn($0, kinds[$0] ?? .text, width: widths[$0]) },
                  rows: records.dropFirst().map(\.fields))
    }
}
