import Foundation

/// 等级: the four grades of the annual grading (004 第一篇 三、(一) "确定为“好”、“较好”、“一般”、“较差”四个等级").
public enum OrganizationGrade: String, Sendable, Codable, CaseIterable, Comparable, UserDescribable {
    case good = "good"
    case fairlyGood = "fairly_good"
    case average = "average"
    case poor = "poor"

    /// The grade as written on the forms (好, 较好, 一般, 较差) or its code.
    public init?(word: String) {
        let trimmed = word.trimmingCharacters(in: .whitespaces)
        guard let grade = OrganizationGrade.allCases.first(where: { $0.rawValue == trimmed || $0.describe(.zh) == trimmed || $0.describe(.en) == trimmed.lowercased() })
        else { return nil }
        self = grade
    }

    /// Better grades first: 好 < 较好 < 一般 < 较差 in this order.
    public static func < (lhs: OrganizationGrade, rhs: OrganizationGrade) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    public func describe(_ language: Language) -> String {
        switch (self, language) {
        case (.good, .zh): "好"
        case (.fairlyGood, .zh): "较好"
        case (.average, .zh): "一般"
        case (.poor, .zh): "较差"
        case (.good, .en): "good"
        case (.fairlyGood, .en): "fairly good"
        case (.average, .en): "average"
        case (.poor, .en): "poor"
        }
    }
}

/// 评价内容: one of the five areas the township scores (第一篇 三、(一) "以“领导班子好、党员队伍好、工作机制好、工作业绩好、群众反映好”
/// 等五个方面作为主要评价内容"), with the most it scores in the version's 评分标准.
public struct GradingArea: Sendable, Codable, Hashable {
    public var key: String
    public var title: LocalizedText
    /// The most the area scores, in whole points; the areas' maxima add up to 100.
    public var maximum: Int
}

/// A version's figures for the annual grading: the areas and their maxima, where each grade begins, the cap on 好, and
/// the periods (第一篇 三、(一), 四、2).
public struct GradingPlan: Sendable, Codable, Hashable {
    public var areas: [GradingArea]
    /// The lowest score, in whole points, of 好 ("90分以上为“好”"), 较好 ("80-89分"), 一般 ("60-79分"); below the last, 较差.
    public var goodFrom: Int
    public var fairlyGoodFrom: Int
    public var averageFrom: Int
    /// 好 at most this percent of the organizations under one 党(工)委 ("原则上评为“好”等级的党组织一般不能超过20%").
    public var goodCapPercent: Int
    /// 公示期 of the township's initial grades ("公示期为3天"), in days.
    public var publicityDays: Int
    /// The period for an objection to the county's result ("应在7个工作日内提供有关材料"), in working days.
    public var objectionWorkingDays: Int
    /// 排名靠后 (第五篇 不宜继续担任书记 (4) "连续2年工作绩效考核在本乡镇排名靠后"): the bottom share of a township's scores, in
    /// percent. The seed gives no figure; the version sets it (absent: no ranking is flagged).
    public var lowRankPercent: Int?

    /// Everything wrong with the figures, for the catalog's check.
    public func problems() -> [String] {
        var problems: [String] = []
        if areas.map(\.maximum).reduce(0, +) != 100 { problems.append("grading.areas: the maxima add up to \(areas.map(\.maximum).reduce(0, +)), not 100") }
        if Set(areas.map(\.key)).count != areas.count { problems.append("grading.areas: keys must be unique") }
        if areas.contains(where: { $0.maximum < 1 }) { problems.append("grading.areas: every maximum is at least 1") }
        if !(0 < averageFrom && averageFrom < fairlyGoodFrom && fairlyGoodFrom < goodFrom && goodFrom <= 100) {
            problems.append("grading: the grades must begin at 0 < averageFrom < fairlyGoodFrom < goodFrom ≤ 100")
        }
        if !(1...100).contains(goodCapPercent) { problems.append("grading.goodCapPercent must be 1 to 100") }
        if !(1...30).contains(publicityDays) { problems.append("grading.publicityDays must be 1 to 30") }
        if !(1...60).contains(objectionWorkingDays) { problems.append("grading.objectionWorkingDays must be 1 to 60") }
        if let low = lowRankPercent, !(1...50).contains(low) { problems.append("grading.lowRankPercent must be 1 to 50") }
        return problems
    }
}

/// 分值: a score in tenths of a point (89.5 is 895), so no score passes through a floating-point value.
public struct GradingScore: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var tenths: Int

    public init(tenths: Int) { self.tenths = tenths }

    /// A score as written: whole points or one decimal (`89`, `89.5`); nil for anything else.
    public init?(text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(separator: ".", omittingEmptySubsequences: false)
        // Digits only (no sign: "-0.5" is no score), at most three of them before the point (no score is above 100).
        guard (1...2).contains(parts.count), (1...3).contains(parts[0].count), parts[0].allSatisfy({ $0.isASCII && $0.isNumber }),
              let whole = Int(parts[0]) else { return nil }
        var tenths = whole * 10
        if parts.count == 2 {
            guard parts[1].count == 1, let digit = Int(parts[1]), parts[1].allSatisfy(\.isASCII) else { return nil }
            tenths += digit
        }
        self.tenths = tenths
    }

    public static func < (lhs: GradingScore, rhs: GradingScore) -> Bool { lhs.tenths < rhs.tenths }

    public var description: String { tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)" }
}

/// The grade a score gives (第一篇 三、(一) "90分以上为“好”，80-89分为“较好”，60-79分为“一般”，60分以下为“较差”").
///
/// Rounding: none. The seed writes its bands in whole points and leaves the half points between them (89.5) unsaid;
/// a score is kept to the tenth as the township gives it, and a grade is reached only by reaching its lowest score:
/// 89.5 is 较好, 90 is 好, 79.9 is 一般, 59.9 is 较差. Rounding 89.5 up would grant 好 to a score the text's "90分以上"
/// does not reach.
public func initialGrade(score: GradingScore, plan: GradingPlan) -> OrganizationGrade {
    if score.tenths >= plan.goodFrom * 10 { return .good }
    if score.tenths >= plan.fairlyGoodFrom * 10 { return .fairlyGood }
    if score.tenths >= plan.averageFrom * 10 { return .average }
    return .poor
}

/// Whether one more 好 keeps the grades under one 党(工)委 within the cap (第一篇 四、2 "原则上评为“好”等级的党组织一般不能超过20%，
/// 年底复核评定时方可适当扩大“好”等级党组织比例"): at most `goodCapPercent` of the organizations it grades, exactly the percent
/// allowed; the December re-grading is not capped. Returns the most 好 allowed when `good` exceeds it, else nil.
public func goodShareExceeded(good: Int, graded: Int, plan: GradingPlan, yearEnd: Bool) -> Int? {
    guard !yearEnd else { return nil }
    let allowed = graded * plan.goodCapPercent / 100
    return good > allowed ? allowed : nil
}

/// 软弱涣散: "其中“较差”等级的党组织统一认定为软弱涣散基层党组织" (第一篇 三、(一)).
public func isWeakAndLax(grade: OrganizationGrade) -> Bool { grade == .poor }

/// The last day an objection to the county's result may be filed: 7 working days after the organization was told
/// (第一篇 三、(一)3(2) "对评价结果如有异议，应在7个工作日内提供有关材料报区委组织部复核审定"), on the official calendar.
public func objectionDeadline(notifiedOn: CivilDate, plan: GradingPlan, calendar: OfficialCalendar) throws(UnknownCalendarYear) -> CivilDate {
    try calendar.addingWorkingDays(plan.objectionWorkingDays, to: notifiedOn)
}

/// 排名靠后 (第五篇 三 不宜继续担任书记 (4) "工作业绩不优，连续2年工作绩效考核在本乡镇排名靠后"): whether `score` is among the
/// bottom `percent` of the township's scores of a year — fewer of them lower than it than the bottom's size, which is
/// `percent` of the scores rounded up and at least one; tied scores share a place. A township of one ranks no one, nor
/// one whose scores are all the same.
public func rankedNearBottom(score: GradingScore, among scores: [GradingScore], percent: Int) -> Bool {
    // Behind someone: where every score is the same, nobody ranks behind.
    guard scores.count >= 2, scores.contains(where: { $0 > score }) else { return false }
    let bottom = max(1, (scores.count * percent + 99) / 100)
    return scores.filter { $0 < score }.count < bottom
}

/// The two consecutive years, latest first pair, in which the organization ranked near the bottom ("连续2年"); nil when no
/// two consecutive years both did.
public func lowRankedTwoYearsRunning(_ nearBottom: [Int: Bool]) -> [Int]? {
    for year in nearBottom.keys.sorted(by: >) where nearBottom[year] == true && nearBottom[year - 1] == true {
        return [year - 1, year]
    }
    return nil
}

/// 测评票: one anonymous rating ballot of the rating meeting (第一篇 三、(一)1(2) "采取无记名测评方式评定党组织等级"): a grade, or
/// a ballot that gives none (无效, 弃权).
public enum RatingMark: String, Sendable, Codable, CaseIterable, Hashable {
    case good, fairlyGood = "fairly_good", average, poor, invalid

    /// 好, 较好, 一般, 较差 or 无效/弃权, as written on the sheet.
    public init?(word: String) {
        switch word.trimmingCharacters(in: .whitespaces) {
        case "好", "good": self = .good
        case "较好", "fairly_good": self = .fairlyGood
        case "一般", "average": self = .average
        case "较差", "poor": self = .poor
        case "无效", "弃权", "invalid": self = .invalid
        default: return nil
        }
    }

    public var word: String {
        switch self {
        case .good: "好"
        case .fairlyGood: "较好"
        case .average: "一般"
        case .poor: "较差"
        case .invalid: "无效"
        }
    }
}

/// A rating sheet: a table with a 测评等级 column (序号 and 备注 allowed beside it), one ballot a row, in the order of the
/// stack. Every row must read — a blank cell is refused, never taken for an invalid ballot — or nothing is returned.
public func parseRatingSheet(_ records: [CSVRecord]) throws(ImportRejected) -> [RatingMark] {
    func blank(_ record: CSVRecord) -> Bool { !record.fields.contains { !$0.trimmingCharacters(in: .whitespaces).isEmpty } }
    let nonEmpty = records.filter { !blank($0) }
    let headers = ["测评等级", "测评结果", "等级", "rating"]
    let headerRow = nonEmpty.first
    // The most specific header when several stand (测评等级 before 等级).
    let chosen = headers.lazy.compactMap { wanted in headerRow?.fields.firstIndex { $0.trimmingCharacters(in: .whitespaces) == wanted } }.first
    guard let header = headerRow, let column = chosen else {
        throw ImportRejected(issues: [ImportIssue(line: nonEmpty.first?.line ?? 1, column: "测评等级", reason: LocalizedText(
            zh: "没有“测评等级”列：表头须有“测评等级”，每行一张测评票", en: "no 测评等级 column: the header names it, one ballot a row"))])
    }
    var marks: [RatingMark] = []
    var issues: [ImportIssue] = []
    // A blank line between ballots is a ballot not read, never nothing: only blank lines after the last ballot are passed over.
    // (The readers pass over empty lines and rows, so a gap in the line numbers is where one was.)
    for (previous, next) in zip(nonEmpty, nonEmpty.dropFirst()) where next.line > previous.line + 1 {
        issues.append(ImportIssue(line: previous.line + 1, column: header.fields[column], value: "", reason: LocalizedText(
            zh: "空行：每行一张测评票，空白的票写“无效”（跨行的单元格请改为一行）", en: "a blank line: one ballot a row, a blank ballot written 无效 (a cell spanning lines: make it one line)")))
    }
    if nonEmpty.count - 1 > TermReview.maximumCount {
        throw ImportRejected(issues: [ImportIssue(line: header.line, reason: LocalizedText(
            zh: "测评票超过\(TermReview.maximumCount)张，不是一次测评会的票", en: "more than \(TermReview.maximumCount) ballots: no rating meeting's"))])
    }
    for record in nonEmpty.dropFirst() {
        let value = column < record.fields.count ? record.fields[column].trimmingCharacters(in: .whitespaces) : ""
        if let mark = RatingMark(word: value) {
            marks.append(mark)
        } else {
            issues.append(ImportIssue(line: record.line, column: header.fields[column], value: value, reason: LocalizedText(
                zh: "测评等级应为：好、较好、一般、较差，或无效（弃权）", en: "a rating is 好, 较好, 一般, 较差, or 无效 (void)")))
        }
    }
    if marks.isEmpty && issues.isEmpty {
        issues.append(ImportIssue(line: header.line, reason: LocalizedText(zh: "测评表中没有测评票", en: "the sheet holds no ballot")))
    }
    guard issues.isEmpty else { throw ImportRejected(issues: issues) }
    return marks
}

/// Two tellers' entries of the same stack of rating ballots, aligned as the congress aligns its two entries (`alignedPositions`):
/// nil when they agree, else every place that differs, by its number in each entry — a ballot read differently, or a ballot
/// one entry has and the other has not (skipped by one teller or entered twice by the other), located rather than counted.
public func ratingEntriesDiffer(_ a: [RatingMark], _ b: [RatingMark]) -> LocalizedText? {
    var places: [(zh: String, en: String)] = []
    for place in alignedPositions(a, b) {
        switch (place.a, place.b) {
        case (let i?, let j?) where a[i] != b[j]:
            let at = i == j ? "第\(i + 1)张" : "A第\(i + 1)张/B第\(j + 1)张", atEn = i == j ? "no. \(i + 1)" : "A no. \(i + 1)/B no. \(j + 1)"
            places.append(("\(at)：A录\(a[i].word)，B录\(b[j].word)", "\(atEn): A \(a[i].word), B \(b[j].word)"))
        case (let i?, nil):
            places.append(("A第\(i + 1)张（\(a[i].word)）B没有：B漏录或A多录", "A no. \(i + 1) (\(a[i].word)) not in B: skipped by B or entered twice by A"))
        case (nil, let j?):
            places.append(("B第\(j + 1)张（\(b[j].word)）A没有：A漏录或B多录", "B no. \(j + 1) (\(b[j].word)) not in A: skipped by A or entered twice by B"))
        default:
            continue
        }
    }
    guard !places.isEmpty else { return nil }
    let more = places.count > 10 ? "…" : ""
    let count = a.count == b.count ? "" : "（A录入\(a.count)张，B录入\(b.count)张）"
    let countEn = a.count == b.count ? "" : " (A has \(a.count) ballots, B \(b.count))"
    return LocalizedText(zh: "两次录入有\(places.count)处不一致\(count)：\(places.prefix(10).map(\.zh).joined(separator: "；"))\(more)。请核对原票后重新录入",
                         en: "the entries differ in \(places.count) place(s)\(countEn): \(places.prefix(10).map(\.en).joined(separator: "; "))\(more); check the ballots and enter again")
}
