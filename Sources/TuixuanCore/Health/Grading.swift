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
