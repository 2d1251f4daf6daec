/// The figures a county's own plan sets for choosing candidates (seed 三、资格条件 and 四、职数配备).
/// They live with the procedure catalog, which is that plan, so an election is pinned to them too.
public struct LocalPlan: Sendable, Codable, Hashable {
    /// Committee seats allowed, by kind: village 3–5, community 5–9.
    public var committeeSeats: [String: SeatRange]
    /// Deputy secretaries, by kind: none for a village, one for a community.
    public var deputySecretaries: [String: Int]
    /// 新任村党组织委员会委员年龄不超过55岁
    public var maxAgeNewMember: Int
    /// 新任村党组织书记年龄不超过60岁
    public var maxAgeNewSecretary: Int
    /// 35岁以下: a committee should have at least one member of this age or younger. "以下" includes the
    /// number itself (as 民法典 第一千二百五十九条 reads 以上、以下: 包括本数), so 35 counts. (The catalogs' key
    /// keeps its first name, `youthAgeBelow`; registered catalogs never change.)
    public var youthAgeBelow: Int
    /// 受处分影响期未满的人选，所占比例不得超过村（社区）总数的15%
    public var sanctionCapPercent: Int
    /// 受处分影响期未满的（截至2018年9月30日）: the day on which a new nominee's sanction period is judged; nil in a
    /// plan that sets none: the congress date.
    public var sanctionCutoff: CivilDate?
    /// 公示天数 (default 5)
    public var publicityDays: Int
    /// 资格联审 departments (step 15).
    public var vettingDepartments: [VettingDepartment]
    /// 身体健康 (三(四) "新推选的…委员候选人一般应具备…身体健康"): whether a new nominee's health must be on record from the
    /// inspection list on. Absent in the plans of procedure versions before 5, which did not ask for it.
    public var healthRecordedAtInspection: Bool?

    /// Whether this plan asks for a new nominee's health on record from the inspection list on.
    public var requiresHealthRecord: Bool { healthRecordedAtInspection ?? false }

    public struct SeatRange: Sendable, Codable, Hashable {
        public var min: Int
        public var max: Int
    }

    public init(
        committeeSeats: [String: SeatRange], deputySecretaries: [String: Int], maxAgeNewMember: Int, maxAgeNewSecretary: Int,
        youthAgeBelow: Int, sanctionCapPercent: Int, sanctionCutoff: CivilDate? = nil, publicityDays: Int, vettingDepartments: [VettingDepartment],
        healthRecordedAtInspection: Bool? = nil
    ) {
        self.healthRecordedAtInspection = healthRecordedAtInspection
        self.sanctionCutoff = sanctionCutoff
        self.committeeSeats = committeeSeats
        self.deputySecretaries = deputySecretaries
        self.maxAgeNewMember = maxAgeNewMember
        self.maxAgeNewSecretary = maxAgeNewSecretary
        self.youthAgeBelow = youthAgeBelow
        self.sanctionCapPercent = sanctionCapPercent
        self.publicityDays = publicityDays
        self.vettingDepartments = vettingDepartments
    }

    /// The seed plan's figures (2018 county pilot plan).
    public static let seed2018 = LocalPlan(
        committeeSeats: ["village": SeatRange(min: 3, max: 5), "community": SeatRange(min: 5, max: 9)],
        deputySecretaries: ["village": 0, "community": 1],
        maxAgeNewMember: 55, maxAgeNewSecretary: 60, youthAgeBelow: 35, sanctionCapPercent: 15,
        sanctionCutoff: CivilDate(year: 2018, month: 9, day: 30), publicityDays: 5,
        vettingDepartments: VettingDepartment.seedList, healthRecordedAtInspection: true)
}

/// 资格联审部门 (step 15).
public struct VettingDepartment: Sendable, Codable, Hashable {
    public var id: String
    public var name: LocalizedText

    public init(id: String, name: LocalizedText) {
        self.id = id
        self.name = name
    }

    /// The words that mean every department at once (a clear answer from all of them).
    public static let allWords: Set<String> = ["all", "全部"]

    /// The seed's list (step 15): 纪委监委、法院、检察院、司法局、公安局、民政局、政法委、审计局、信访局、
    /// 安监局、环保局、卫计局、财政局、民宗局.
    public static let seedList: [VettingDepartment] = [
        ("discipline", "纪委监委", "discipline inspection and supervision commission"), ("court", "法院", "court"),
        ("procuratorate", "检察院", "procuratorate"), ("justice", "司法局", "justice bureau"), ("police", "公安局", "public security bureau"),
        ("civil_affairs", "民政局", "civil affairs bureau"), ("political_legal", "政法委", "political and legal affairs commission"),
        ("audit", "审计局", "audit bureau"), ("petitions", "信访局", "petitions bureau"), ("work_safety", "安监局", "work safety bureau"),
        ("environment", "环保局", "environmental protection bureau"), ("health", "卫计局", "health and family planning bureau"),
        ("finance", "财政局", "finance bureau"), ("ethnic_religious", "民宗局", "ethnic and religious affairs bureau"),
    ].map { VettingDepartment(id: $0.0, name: LocalizedText(zh: $0.1, en: $0.2)) }
}

/// 职数: the posts an election fills.
public struct Seats: Sendable, Codable, Hashable {
    /// 委员职数, the secretary and any deputy included.
    public var committee: Int
    /// 书记 (always one).
    public var secretary: Int
    /// 副书记 (one in a community).
    public var deputySecretary: Int

    public init(committee: Int, secretary: Int = 1, deputySecretary: Int = 0) {
        self.committee = committee
        self.secretary = secretary
        self.deputySecretary = deputySecretary
    }
}

/// Why a choice of seats breaks 四、职数配备.
public enum SeatProblem: Sendable, Hashable, UserDescribable {
    case outsideRange(level: OrganizationLevel, range: LocalPlan.SeatRange)
    case abovePreviousTerm(previous: Int)
    /// 一般为3名: a village committee above the usual figure without the township's stated reason.
    case aboveUsual(usual: Int)
    case secretaryCount
    case deputyCount(expected: Int)
    case notHeldHere(OrganizationLevel)

    public func describe(_ language: Language) -> String {
        let zh = language == .zh
        switch self {
        case .outsideRange(let level, let range):
            return zh ? "\(level.describe(.zh))党组织委员会委员职数应为\(range.min)至\(range.max)名"
                : "a \(level.describe(.en)) committee has \(range.min) to \(range.max) members"
        case .abovePreviousTerm(let previous):
            return zh ? "委员职数原则上不超过上届职数（\(previous)名），超过须有乡镇党委批准的记录"
                : "the committee may not exceed the previous term's \(previous) members without the township committee's recorded decision"
        case .aboveUsual(let usual):
            return zh ? "村党组织委员会委员职数一般为\(usual)名，多于\(usual)名须记下乡镇党委确定的理由"
                : "a village committee usually has \(usual) members; more needs the township committee's reason on record"
        case .secretaryCount:
            return zh ? "书记职数为1名" : "there is exactly one secretary"
        case .deputyCount(let expected):
            return zh ? "副书记职数应为\(expected)名" : "there must be \(expected) deputy secretary post(s)"
        case .notHeldHere(let level):
            return zh ? "\(level.describe(.zh))不进行村（社区）党组织换届" : "a \(level.describe(.en)) holds no such election"
        }
    }
}

/// 四、职数配备: seats within the kind's range, one secretary, a deputy in a community, and not
/// above the previous term's size unless an approval to exceed it is recorded; a village above the usual figure
/// (村党组织委员会委员职数3-5名，一般为3名 — the lower end of the plan's range) only with the township's recorded reason,
/// which `exceedingApproved` also stands for (one decision of the township covers both).
public func seatProblems(_ seats: Seats, level: OrganizationLevel, previousSize: Int?, exceedingApproved: Bool, plan: LocalPlan) -> [SeatProblem] {
    guard let range = plan.committeeSeats[level.rawValue] else { return [.notHeldHere(level)] }
    var problems: [SeatProblem] = []
    if !(range.min...range.max).contains(seats.committee) { problems.append(.outsideRange(level: level, range: range)) }
    if let previousSize, seats.committee > previousSize, !exceedingApproved {
        problems.append(.abovePreviousTerm(previous: previousSize))
    } else if level == .village, (range.min...range.max).contains(seats.committee), seats.committee > range.min, !exceedingApproved {
        problems.append(.aboveUsual(usual: range.min))
    }
    if seats.secretary != 1 { problems.append(.secretaryCount) }
    let deputies = plan.deputySecretaries[level.rawValue] ?? 0
    if seats.deputySecretary != deputies { problems.append(.deputyCount(expected: deputies)) }
    return problems
}
