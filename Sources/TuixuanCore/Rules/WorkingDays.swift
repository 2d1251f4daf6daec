import Foundation
import TuixuanSchema

/// 放假调休: the official calendar of holidays and adjusted workdays, year by year, as the State Council publishes it
/// each November for the next year (国务院办公厅关于部分节假日安排的通知). A working day (工作日) is a Monday to Friday
/// that is not a holiday, or a Saturday or Sunday declared a workday (上班). Deadlines counted in working days (the
/// grading's objections: "应在7个工作日内提供有关材料报区委组织部复核审定", 004 第一篇) are counted on it.
public struct OfficialCalendar: Sendable, Equatable {
    /// 类别: a day off (放假) or a weekend day worked in exchange (上班).
    public enum DayKind: String, Sendable, Codable, CaseIterable {
        case holiday = "放假"
        case adjustedWorkday = "上班"
    }

    /// One declared day, with the festival it belongs to (春节, 国庆节 …).
    public struct Day: Sendable, Equatable, Codable {
        public var date: CivilDate
        public var kind: DayKind
        public var name: String

        public init(date: CivilDate, kind: DayKind, name: String) {
            self.date = date
            self.kind = kind
            self.name = name
        }
    }

    /// The declared days, by date.
    public let days: [CivilDate: Day]
    /// The years whose arrangement is known: a date outside them cannot be said to be a working day or not.
    public let years: Set<Int>

    public init(days: [Day]) {
        self.days = Dictionary(days.map { ($0.date, $0) }, uniquingKeysWith: { _, last in last })
        self.years = Set(days.map(\.date.year))
    }

    /// The same calendar with `other`'s years added; a year in both is taken whole from `other` (a county's table
    /// replaces what was shipped for that year, never mixes with it).
    public func merging(_ other: OfficialCalendar) -> OfficialCalendar {
        OfficialCalendar(days: days.values.filter { !other.years.contains($0.date.year) } + Array(other.days.values))
    }

    /// Whether `date` is a working day (工作日): a weekday not declared 放假, or a weekend day declared 上班.
    public func isWorkingDay(_ date: CivilDate) throws(UnknownCalendarYear) -> Bool {
        guard years.contains(date.year) else { throw UnknownCalendarYear(year: date.year) }
        switch days[date]?.kind {
        case .holiday?: return false
        case .adjustedWorkday?: return true
        case nil: return !date.isWeekend
        }
    }

    /// The last day of a period of `count` working days after `start` (the day of notice itself not counted): what
    /// "在7个工作日内" allows runs to the end of that day. `count` is at least 1.
    public func addingWorkingDays(_ count: Int, to start: CivilDate) throws(UnknownCalendarYear) -> CivilDate {
        precondition(count >= 1, "a period of working days has at least one")
        var date = start, counted = 0
        while counted < count {
            date = date.adding(days: 1)
            if try isWorkingDay(date) { counted += 1 }
        }
        return date
    }

    /// The calendars shipped with the program, from Schema/calendars/YEAR.csv (each the State Council's notice for that year).
    public static let shipped: OfficialCalendar = {
        var days: [Day] = []
        for file in SchemaFiles.files(in: "calendars") where file.path.hasSuffix(".csv") {
            do {
                days += try parseOfficialCalendar(try parseCSV(file.text)).days.values
            } catch {
                preconditionFailure("Schema/\(file.path) does not read: \(error)")
            }
        }
        return OfficialCalendar(days: days)
    }()
}

/// A date in a year whose official calendar is not known.
public struct UnknownCalendarYear: Error, Sendable, Hashable, UserDescribable {
    public var year: Int

    public init(year: Int) { self.year = year }

    public func describe(_ language: Language) -> String {
        language == .zh
            ? "\(year)年的放假调休安排尚未录入，无法按工作日计算期限：请县委组织部导入该年的节假日安排表"
            : "the official holiday arrangement for \(year) is not known, so working days cannot be counted: the county imports that year's holiday table"
    }
}

extension CivilDate {
    /// 0 for Monday … 6 for Sunday.
    public var weekdayIndex: Int {
        let fromMonday = CivilDate(year: 2024, month: 1, day: 1)!.days(until: self)   // 2024-01-01 was a Monday
        return ((fromMonday % 7) + 7) % 7
    }

    /// A Saturday or a Sunday.
    public var isWeekend: Bool { weekdayIndex >= 5 }
}

/// Reads a holiday table (`日期,类别,名称`: a date, 放假 or 上班, the festival), the county's or the shipped one. Every
/// problem is reported by line; a date listed twice, or 上班 on a weekday (nothing to exchange), is refused.
public func parseOfficialCalendar(_ records: [CSVRecord]) throws(ImportRejected) -> OfficialCalendar {
    let specs = [
        ColumnSpec("date", headers: ["日期", "date"], required: true),
        ColumnSpec("kind", headers: ["类别", "放假或上班", "kind"], required: true),
        ColumnSpec("name", headers: ["名称", "节日", "name"], required: false),
    ]
    let (rows, headerIssues) = readTable(records, specs: specs)
    var issues = headerIssues
    var days: [OfficialCalendar.Day] = []
    var lineOf: [CivilDate: Int] = [:]
    for row in rows {
        guard let raw = row.value("date") else {
            if row.value("kind") != nil || row.value("name") != nil {
                issues.append(row.issue("date", "日期", LocalizedText(zh: "必填项为空", en: "required value is empty")))
            }
            continue
        }
        guard let date = CivilDate(parsing: raw) else {
            issues.append(row.issue("date", "日期", LocalizedText(zh: "不是有效日期", en: "not a valid date")))
            continue
        }
        let kindText = row.value("kind") ?? ""
        guard let kind = OfficialCalendar.DayKind.allCases.first(where: { $0.rawValue == kindText || "\($0)" == kindText }) else {
            issues.append(row.issue("kind", "类别", LocalizedText(zh: "应为“放假”或“上班”", en: "must be 放假 (day off) or 上班 (adjusted workday)")))
            continue
        }
        if kind == .adjustedWorkday && !date.isWeekend {
            issues.append(row.issue("kind", "类别", LocalizedText(zh: "\(date)不是周末，无须调休上班", en: "\(date) is a weekday: there is no weekend day to work in exchange")))
            continue
        }
        if let first = lineOf[date] {
            issues.append(row.issue("date", "日期", LocalizedText(zh: "与第\(first)行重复", en: "repeats line \(first)")))
            continue
        }
        lineOf[date] = row.line
        days.append(OfficialCalendar.Day(date: date, kind: kind, name: row.value("name") ?? ""))
    }
    guard issues.isEmpty else { throw ImportRejected(issues: issues) }
    guard !days.isEmpty else {
        throw ImportRejected(issues: [ImportIssue(line: 1, reason: LocalizedText(zh: "表中没有任何日期", en: "the table lists no date"))])
    }
    return OfficialCalendar(days: days)
}
