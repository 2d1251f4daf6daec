/// The steps of a grading the program's code acts on, by their key in the catalog (as `StepKey` for the election).
public enum GradingStepKey: String, Sendable, Codable, CaseIterable {
    /// 召开测评会 (第一篇 三、(一)1(2)): the anonymous rating ballots, entered twice.
    case ratingMeeting = "rating_meeting"
    /// 党组织自查自评 (第一篇 三、(一)1(3)): the branch committee's own grade, voted.
    case selfGrade = "self_grade"
    /// 基层党(工)委初审初评 (2): the township's score and initial grade.
    case townshipReview = "township_review"
    /// 公示 (2 "公示期为3天"): the initial grade published.
    case publicity
    /// 区委组织部综合考评 (3(1)): the county's result, made known to the township.
    case countyReview = "county_review"
    /// 异议复核 (3(2)): objections within the working days allowed, and the county's decisions.
    case objections
    /// 确定等级: the grade of the year, from the county's result and any objection upheld.
    case finalGrade = "final_grade"
    /// 年底复核 (三、(三)1–2): the December re-grading of those that rose or fell.
    case regrading
}

extension Procedure {
    /// The grading step with this key; every grading catalog that passed `problems()` has each once.
    public func step(_ key: GradingStepKey) -> StepDefinition { actedOnStep(key.rawValue) }
}

/// 定级环节: which body's grade a recorded grade is.
public enum GradingStage: String, Sendable, Codable, CaseIterable, UserDescribable {
    /// 自查自评: the branch committee's own, voted.
    case selfAssessed = "self"
    /// 初审初评: the township's, from its score.
    case initial
    /// 综合考评: the county's result.
    case county
    /// 年底复核: the December re-grading.
    case regrade

    /// The step during which the stage's grade is recorded (while the step is open).
    public var step: GradingStepKey {
        switch self {
        case .selfAssessed: .selfGrade
        case .initial: .townshipReview
        case .county: .countyReview
        case .regrade: .regrading
        }
    }

    public func describe(_ language: Language) -> String {
        switch (self, language) {
        case (.selfAssessed, .zh): "自评等级"
        case (.initial, .zh): "初评等级"
        case (.county, .zh): "综合考评等级"
        case (.regrade, .zh): "年底复核等级"
        case (.selfAssessed, .en): "self-assessed grade"
        case (.initial, .en): "initial grade"
        case (.county, .en): "county's grade"
        case (.regrade, .en): "year-end grade"
        }
    }
}

/// A grade on file: its stage's latest.
public struct RecordedGrade: Sendable, Hashable, Codable {
    public var grade: OrganizationGrade
    /// The township's score (initial and year-end grades).
    public var score: GradingScore?
    public var decidedOn: CivilDate

    public init(grade: OrganizationGrade, score: GradingScore? = nil, decidedOn: CivilDate) {
        self.grade = grade
        self.score = score
        self.decidedOn = decidedOn
    }
}

/// The grade of a year an organization carries into its election (step 1): its latest grading with a grade of the year.
public struct YearGrade: Sendable, Hashable, Codable {
    public var year: Int
    public var grade: OrganizationGrade
    /// The day the grade was made known (the county's result, an objection's decision, or the year-end re-grading).
    public var decidedOn: CivilDate?
    /// Final: the grading's final step is done (before it, the county's result still open to objection).
    public var final: Bool

    public init(year: Int, grade: OrganizationGrade, decidedOn: CivilDate? = nil, final: Bool = true) {
        self.year = year
        self.grade = grade
        self.decidedOn = decidedOn
        self.final = final
    }
}

/// Everything the engine and the grading's conditions look at for one organization's grading of one year.
public struct GradingFacts: Sendable, Hashable {
    public var outcomes: [Int: StepOutcome] = [:]
    public var approvals: [ApprovalFact] = []
    public var factDates: [Int: FactDate] = [:]
    public var plan: GradingPlan
    public var today: CivilDate
    /// Each stage's latest grade.
    public var grades: [GradingStage: RecordedGrade] = [:]
    /// The initial grades 好 under the same 党(工)委 this year, this organization's included, and how many organizations
    /// it grades: for the 20% cap.
    public var goodUnderTownship = 0
    public var gradedUnderTownship = 0
    /// The day the county's result was made known (its step's date); nil until then.
    public var notifiedOn: CivilDate?
    /// The last day for an objection, or the year whose calendar is not known.
    public var objectionDeadline: Result<CivilDate, UnknownCalendarYear>?
    /// Objections filed and not yet decided.
    public var undecidedObjections = 0
    /// The grade the latest upheld objection set, if any.
    public var upheldGrade: OrganizationGrade?
    /// The rating meeting's ballots as each teller entered them (the latest entry of each), and whether one person entered both.
    public var ratingsA: [RatingMark]?
    public var ratingsB: [RatingMark]?
    public var ratingsBySamePerson = false

    public init(plan: GradingPlan, today: CivilDate) {
        self.plan = plan
        self.today = today
    }

    /// The grade of the year before any re-grading: the county's result, or what an upheld objection set.
    public var resultGrade: OrganizationGrade? { upheldGrade ?? grades[.county]?.grade }
}

extension GradingFacts: ProcedureFacts {
    public static func condition(named name: String) -> Condition<GradingFacts>? { gradingConditions[name] }
    public static func remedy(for name: String) -> String? { gradingRemedies[name] }
}

/// The command that clears each grading condition.
let gradingRemedies: [String: String] = [
    "grading.selfGradeRecorded": "tuixuan grading grade --stage self",
    "grading.ratingsReconciled": "tuixuan grading ratings",
    "grading.initialGradeRecorded": "tuixuan grading score",
    "grading.goodWithinCap": "tuixuan grading score",
    "grading.countyGradeRecorded": "tuixuan grading grade --stage county",
    "grading.objectionsDecided": "tuixuan grading objection decide",
    "grading.regradeRecorded": "tuixuan grading score --year-end",
]

/// The grading's named conditions (004 第一篇 三、(一)–(三), 四、2).
let gradingConditions: [String: Condition<GradingFacts>] = Dictionary(uniqueKeysWithValues: [
    // (2) "采取无记名测评方式评定党组织等级": the ballots entered twice, by two people, alike.
    Condition<GradingFacts>(name: "grading.ratingsReconciled", title: LocalizedText(zh: "测评票两次录入一致", en: "rating ballots entered twice alike"), check: { facts in
        guard let a = facts.ratingsA, let b = facts.ratingsB else {
            return LocalizedText(zh: "测评票尚未由两人分别录入（还缺\(facts.ratingsA == nil ? "A" : "B")）", en: "the rating ballots are not yet entered twice (entry \(facts.ratingsA == nil ? "A" : "B") missing)")
        }
        if facts.ratingsBySamePerson { return LocalizedText(zh: "两次录入须由不同的人完成", en: "the two entries must be made by different people") }
        return ratingEntriesDiffer(a, b)
    }),
    // (3) "提出等级初步认定意见…经表决通过后报上级党(工)委审核评定"
    Condition<GradingFacts>(name: "grading.selfGradeRecorded", title: LocalizedText(zh: "已表决自评等级", en: "self-assessed grade voted"), check: { facts in
        facts.grades[.selfAssessed] == nil ? LocalizedText(zh: "支委会尚未表决通过自评等级", en: "the branch committee has not voted its own grade") : nil
    }),
    // 2 "派人对各基层党组织进行量化考核…形成各基层党组织等级初评意见"
    Condition<GradingFacts>(name: "grading.initialGradeRecorded", title: LocalizedText(zh: "已量化考核并初评", en: "scored and initially graded"), check: { facts in
        facts.grades[.initial] == nil ? LocalizedText(zh: "党(工)委尚未记录量化考核分数和初评等级", en: "the township has not recorded its score and initial grade") : nil
    }),
    // 四、2 "原则上评为“好”等级的党组织一般不能超过20%"
    Condition<GradingFacts>(name: "grading.goodWithinCap", title: LocalizedText(zh: "“好”等级不超过比例", en: "good grades within the cap"), check: { facts in
        guard facts.grades[.initial]?.grade == .good,
              let allowed = goodShareExceeded(good: facts.goodUnderTownship, graded: facts.gradedUnderTownship, plan: facts.plan, yearEnd: false) else { return nil }
        return LocalizedText(
            zh: "本党(工)委初评为“好”的已有\(facts.goodUnderTownship)个，超过所辖\(facts.gradedUnderTownship)个党组织的\(facts.plan.goodCapPercent)%（至多\(allowed)个）",
            en: "\(facts.goodUnderTownship) organizations under this township are initially graded good, above \(facts.plan.goodCapPercent)% of its \(facts.gradedUnderTownship) (at most \(allowed))")
    }),
    // 3(1) "形成评价结果并通报基层党(工)委"
    Condition<GradingFacts>(name: "grading.countyGradeRecorded", title: LocalizedText(zh: "已形成综合考评结果", en: "county's result recorded"), check: { facts in
        facts.grades[.county] == nil ? LocalizedText(zh: "县（区）委组织部尚未记录综合考评等级", en: "the county has not recorded its grade") : nil
    }),
    // 3(2) "对评价结果如有异议，应在7个工作日内提供有关材料报区委组织部复核审定"
    Condition<GradingFacts>(name: "grading.objectionPeriodOver", title: LocalizedText(zh: "异议期已过", en: "objection period over"), check: { facts in
        switch facts.objectionDeadline {
        case nil:
            return LocalizedText(zh: "综合考评结果尚未通报", en: "the county's result has not been made known")
        case .failure(let unknown)?:
            return LocalizedText(zh: unknown.describe(.zh) + "，无法计算异议期（tuixuan calendar import）",
                                 en: unknown.describe(.en) + ": the objection period cannot be counted (tuixuan calendar import)")
        case .success(let last)?:
            return facts.today > last ? nil : LocalizedText(
                zh: "异议期（\(facts.plan.objectionWorkingDays)个工作日）至\(last)止，尚未届满",
                en: "the objection period (\(facts.plan.objectionWorkingDays) working days) runs to \(last)")
        }
    }),
    Condition<GradingFacts>(name: "grading.objectionsDecided", title: LocalizedText(zh: "异议均已复核", en: "objections decided"), check: { facts in
        facts.undecidedObjections == 0 ? nil : LocalizedText(
            zh: "还有\(facts.undecidedObjections)件异议未复核审定", en: "\(facts.undecidedObjections) objection(s) not yet decided")
    }),
    // 三、(三)1 "对实现提档升级目标或需要降级处理的基层党组织…进行量化考核和重新评级"
    Condition<GradingFacts>(name: "grading.regradeRecorded", title: LocalizedText(zh: "已重新评级", en: "re-graded"), check: { facts in
        facts.grades[.regrade] == nil ? LocalizedText(zh: "尚未记录复核的量化考核分数和等级；无须复核的，说明理由后跳过本步骤", en: "no year-end score and grade recorded; if none is needed, skip this step with a reason") : nil
    }),
].map { ($0.name, $0) })
