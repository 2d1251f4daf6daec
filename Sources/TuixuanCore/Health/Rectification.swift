/// The steps of a rectification the program's code acts on.
public enum RectificationStepKey: String, Sendable, Codable, CaseIterable {
    /// 派驻工作组 (第一篇 三、(二)4 "由上级党组织派驻工作组进驻"): the working group, and any 书记 or 第一书记 sent in.
    case workingGroup = "working_group"
    /// 查摆问题、建立台账 (第四篇 四、(一)).
    case problemLedger = "problem_ledger"
    /// 明确整改措施 ("逐个明确整改目标和措施，确定整改计划和时限").
    case measures
    /// 整顿提高 (四、(二)): the measures carried out.
    case rectifying
    /// 党员代表和村民代表测评 (四、(三) "对整改完成情况等方面进行测评，对代表们不满意的事项进行限期整改").
    case assessment
    /// 检查验收 ("工作组驻点整顿直至党支部彻底转化并验收通过再撤离").
    case acceptance
}

extension Procedure {
    /// The rectification step with this key; every rectification catalog that passed `problems()` has each once.
    public func step(_ key: RectificationStepKey) -> StepDefinition { actedOnStep(key.rawValue) }
}

/// 问题来源: where a problem on the ledger came from (第四篇 四、(一) "自查…走访群众过程中收集到的…召开座谈会，征求意见"; the
/// grading's own findings).
public enum ProblemSource: String, Sendable, Codable, CaseIterable, UserDescribable {
    case selfCheck = "self_check"
    case visits
    case forum
    case grading
    case higherCheck = "higher_check"

    public func describe(_ language: Language) -> String {
        switch (self, language) {
        case (.selfCheck, .zh): "自查"
        case (.visits, .zh): "走访"
        case (.forum, .zh): "座谈会"
        case (.grading, .zh): "分类定级"
        case (.higherCheck, .zh): "上级督查"
        case (.selfCheck, .en): "self-check"
        case (.visits, .en): "visits"
        case (.forum, .en): "forum"
        case (.grading, .en): "grading"
        case (.higherCheck, .en): "higher check"
        }
    }
}

/// Who is sent in: the working group's leader and members, and a 书记 or 第一书记 (第一篇 三、(二)4 "对选不出合适党组织书记的，
/// 可从上级部门中选派…选派优秀党员干部兼任第一书记").
public enum TeamRole: String, Sendable, Codable, CaseIterable, UserDescribable {
    case leader
    case member
    case secretary
    case firstSecretary = "first_secretary"

    public func describe(_ language: Language) -> String {
        switch (self, language) {
        case (.leader, .zh): "工作组组长"
        case (.member, .zh): "工作组成员"
        case (.secretary, .zh): "选派书记"
        case (.firstSecretary, .zh): "第一书记"
        case (.leader, .en): "group leader"
        case (.member, .en): "group member"
        case (.secretary, .en): "secretary sent in"
        case (.firstSecretary, .en): "first secretary"
        }
    }
}

/// Where one measure stands: its latest deadline, and whether it is done.
public struct MeasureState: Sendable, Hashable, Codable {
    public var id: Int64
    public var problemID: Int64
    public var due: CivilDate
    public var done: Bool
    /// Not accepted at the representatives' assessment: set again with a new deadline.
    public var reopened: Bool

    public init(id: Int64, problemID: Int64, due: CivilDate, done: Bool, reopened: Bool) {
        self.id = id
        self.problemID = problemID
        self.due = due
        self.done = done
        self.reopened = reopened
    }

    /// Past its deadline and not done (the overview lists it).
    public func isOverdue(on today: CivilDate) -> Bool { !done && due < today }
}

/// 满意度: the representatives' assessment of the rectification.
public struct SatisfactionCount: Sendable, Hashable, Codable {
    public var satisfied: Int
    public var basicallySatisfied: Int
    public var dissatisfied: Int

    public init(satisfied: Int, basicallySatisfied: Int, dissatisfied: Int) {
        self.satisfied = satisfied
        self.basicallySatisfied = basicallySatisfied
        self.dissatisfied = dissatisfied
    }

    public var total: Int { satisfied + basicallySatisfied + dissatisfied }

    /// Each count between 0 and the most people any meeting holds (as for the term review's evaluation), so no sum overflows.
    public var countsArePlausible: Bool {
        [satisfied, basicallySatisfied, dissatisfied].allSatisfy { (0...TermReview.maximumCount).contains($0) }
    }

    /// 满意率: satisfied and basically satisfied over all, in percent rounded down (a figure shown, never a threshold the seed sets).
    public var satisfactionPercent: Int { total == 0 ? 0 : (satisfied + basicallySatisfied) * 100 / total }
}

/// The rectification an election's step 2 rests on: whether it was accepted, and who was sent in.
public struct RectificationOnFile: Sendable, Hashable, Codable {
    public var year: Int
    public var accepted: Bool
    public var sentIn: [String]
    public var acceptedOn: CivilDate?

    public init(year: Int, accepted: Bool, sentIn: [String], acceptedOn: CivilDate? = nil) {
        self.year = year
        self.accepted = accepted
        self.sentIn = sentIn
        self.acceptedOn = acceptedOn
    }
}

/// Everything the engine and the rectification's conditions look at for one organization's rectification.
public struct RectificationFacts: Sendable, Hashable {
    public var outcomes: [Int: StepOutcome] = [:]
    public var approvals: [ApprovalFact] = []
    public var factDates: [Int: FactDate] = [:]
    public var today: CivilDate
    /// The working group and those sent in.
    public var team: [TeamRole: Int] = [:]
    public var problems = 0
    /// Problems without a measure.
    public var problemsWithoutMeasure: [Int64] = []
    public var measures: [MeasureState] = []
    public var assessment: SatisfactionCount?

    public init(today: CivilDate) { self.today = today }

    public var openMeasures: [MeasureState] { measures.filter { !$0.done } }
}

extension RectificationFacts: ProcedureFacts {
    public static func condition(named name: String) -> Condition<RectificationFacts>? { rectificationConditions[name] }
    public static func remedy(for name: String) -> String? { rectificationRemedies[name] }
}

let rectificationRemedies: [String: String] = [
    "rectification.groupSent": "tuixuan rectification team",
    "rectification.problemsListed": "tuixuan rectification problem",
    "rectification.everyProblemHasMeasure": "tuixuan rectification measure",
    "rectification.measuresDone": "tuixuan rectification progress",
    "rectification.assessed": "tuixuan rectification assess",
]

/// The rectification's named conditions (004 第四篇 四; 第一篇 三、(二)4; 第二篇 六).
let rectificationConditions: [String: Condition<RectificationFacts>] = Dictionary(uniqueKeysWithValues: [
    // 第一篇 三、(二)4 "由上级党组织派驻工作组进驻"
    Condition<RectificationFacts>(name: "rectification.groupSent", title: LocalizedText(zh: "已派驻工作组", en: "working group sent"), check: { facts in
        (facts.team[.leader] ?? 0) == 0 ? LocalizedText(zh: "尚未登记派驻工作组的组长", en: "no working group leader recorded") : nil
    }),
    // 第四篇 四、(一) "梳理，分类归纳，建立台帐"
    Condition<RectificationFacts>(name: "rectification.problemsListed", title: LocalizedText(zh: "已建立问题台账", en: "problem ledger kept"), check: { facts in
        facts.problems == 0 ? LocalizedText(zh: "问题台账还没有任何问题", en: "the problem ledger is empty") : nil
    }),
    // 第一篇 三、(二)4 "逐个明确整改目标和措施，确定整改计划和时限"
    Condition<RectificationFacts>(name: "rectification.everyProblemHasMeasure", title: LocalizedText(zh: "每个问题都有整改措施", en: "a measure for every problem"), check: { facts in
        facts.problemsWithoutMeasure.isEmpty ? nil : LocalizedText(
            zh: "问题 \(facts.problemsWithoutMeasure.map { "#\($0)" }.joined(separator: "、")) 尚无整改措施、责任人和时限",
            en: "problem(s) \(facts.problemsWithoutMeasure.map { "#\($0)" }.joined(separator: ", ")) have no measure, person responsible and deadline")
    }),
    Condition<RectificationFacts>(name: "rectification.measuresDone", title: LocalizedText(zh: "整改措施均已完成", en: "every measure done"), check: { facts in
        let open = facts.openMeasures
        guard !open.isEmpty else { return nil }
        let overdue = open.filter { $0.isOverdue(on: facts.today) }
        return LocalizedText(
            zh: "还有\(open.count)项整改措施未完成\(overdue.isEmpty ? "" : "（其中\(overdue.count)项已逾期）")",
            en: "\(open.count) measure(s) not done\(overdue.isEmpty ? "" : " (\(overdue.count) overdue)")")
    }),
    // 第四篇 四、(三) "召开社区党员代表和村民代表会议，对整改完成情况等方面进行测评"
    Condition<RectificationFacts>(name: "rectification.assessed", title: LocalizedText(zh: "已测评", en: "assessed"), check: { facts in
        facts.assessment == nil ? LocalizedText(zh: "尚未记录党员代表和村民代表的测评", en: "the representatives' assessment is not recorded") : nil
    }),
].map { ($0.name, $0) })
